package org.opendars.kit.messaging;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.opendars.testing.KafkaTestResource;
import org.opendars.testing.OidcTestResource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Relay throughput: how fast a backlog of outbox rows reaches the broker. Not part of the test run (the name does
 * not end in Test); run it with {@code ./dars test -pl service-kit -am -Dtest=OutboxRelayBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -Ddars.benchmark.events=50000} and read the printed figure.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(OidcTestResource.class)
class OutboxRelayBenchmark {

    @Inject
    EntityManager entityManager;

    @Test
    void publishesABacklog() throws InterruptedException {
        int events = Integer.getInteger("dars.benchmark.events", 20_000);
        String payload = "{\"applicationId\": \"" + UUID.randomUUID() + "\", \"note\": \"" + "x".repeat(300) + "\"}";
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                insert into outbox_event (event_id, topic, aggregate_id, type, payload, occurred_at)
                select gen_random_uuid(), 'kit-benchmark', 'aggregate-' || (i % 1000), 'org.opendars.kit-benchmark',
                       :payload, now()
                  from generate_series(1, :events) i""")
                .setParameter("payload", payload).setParameter("events", events).executeUpdate());
        long started = System.nanoTime();
        long unsent = events;
        while (unsent > 0 && System.nanoTime() - started < Duration.ofMinutes(5).toNanos()) {
            Thread.sleep(50);
            unsent = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                    .createNativeQuery("select count(*) from outbox_event where sent_at is null").getSingleResult())
                    .longValue());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("%nrelay benchmark: %d events in %.2f s = %.0f events/s (%d left unsent)%n", events,
                seconds, events / seconds, unsent);
    }
}
