package org.opendars.kit.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.opendars.testing.KafkaTestResource;
import org.opendars.testing.OidcTestResource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(OidcTestResource.class)
class OutboxRelayTest {

    @Inject
    OutboxRelay relay;

    private static UUID stored(Instant sentAt) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            OutboxEvent event = OutboxEvent.of(id, "application-submitted", UUID.randomUUID().toString(), "{}");
            event.sentAt = sentAt;
            event.persist();
        });
        return id;
    }

    private static boolean present(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("eventId", eventId) > 0);
    }

    @Test
    void forgetsSentEventsOnlyOnceTheyAreOlderThanTheRetention() {
        UUID old = stored(Instant.now().minus(Duration.ofDays(8)));
        UUID recent = stored(Instant.now().minus(Duration.ofDays(1)));
        relay.forgetSent();
        assertThat(present(old)).isFalse();
        assertThat(present(recent)).isTrue();
    }

    private static UUID unsent(String aggregate, String payload) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> OutboxEvent.of(id, "kit-relay", aggregate, payload).persist());
        return id;
    }

    private static OutboxEvent row(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>find("eventId", eventId).firstResult());
    }

    @Test
    void holdsBackOnlyTheAggregateOfARowTheBrokerRefusesAndRetriesItWithBackoff() {
        String refused = "refused-" + UUID.randomUUID();
        String other = "other-" + UUID.randomUUID();
        // Larger than the producer's max.request.size: refused for good by the client, as a broker would refuse it.
        UUID tooLarge = unsent(refused, "{\"x\": \"" + "x".repeat(2_000_000) + "\"}");
        UUID behind = unsent(refused, "{}");
        UUID elsewhere = unsent(other, "{}");
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> row(elsewhere).sentAt != null && row(tooLarge).failedAttempts > 0);
        OutboxEvent failing = row(tooLarge);
        assertThat(failing.sentAt).isNull();
        assertThat(failing.lastError).contains("RecordTooLarge");
        assertThat(failing.nextAttemptAt).isAfter(Instant.now().minusSeconds(1));
        assertThat(row(behind).sentAt).as("a later row of the refused aggregate").isNull();
    }
}
