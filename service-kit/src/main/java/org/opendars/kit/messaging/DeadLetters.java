package org.opendars.kit.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.opendars.kit.problem.IllegalTransitionException;
import org.opendars.kit.problem.UnprocessableException;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Keeps the records this service's consumers gave up on, each once (by topic, partition and offset, so a record
 * redelivered after a crash is not kept twice), and replays one to the consumer that failed it.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Duration MAX_PAUSE = Duration.ofSeconds(10);

    private final EntityManager entityManager;
    private final Instance<EventHandler<?>> handlers;
    private final MeterRegistry metrics;
    private final Inbox inbox;

    DeadLetters(EntityManager entityManager, @Any Instance<EventHandler<?>> handlers, MeterRegistry metrics,
            Inbox inbox) {
        this.entityManager = entityManager;
        this.handlers = handlers;
        this.metrics = metrics;
        this.inbox = inbox;
    }

    /**
     * Stores the record whatever its bytes. While the database is away it waits and tries again, so the record is
     * never acknowledged without being kept.
     */
    void store(ConsumerRecord<String, byte[]> record, Throwable failure, int attempts) {
        String reason = Failures.describe(failure);
        Duration pause = Duration.ofMillis(200);
        for (int tries = 1;; tries++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> insert(record, reason, attempts));
                metrics.counter("dars.events.dead-lettered", "topic", record.topic()).increment();
                Log.warnf("dead letter from %s [%d@%d]: %s", record.topic(), record.partition(), record.offset(),
                        reason);
                return;
            } catch (RuntimeException e) {
                if (!Failures.isTransient(e) && tries >= 3) {
                    metrics.counter("dars.events.dead-letter-failures", "topic", record.topic()).increment();
                    Log.errorf(e, "could not keep the dead letter from %s [%d@%d]; it is skipped",
                            record.topic(), record.partition(), record.offset());
                    return;
                }
                try {
                    Thread.sleep(pause.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("stopping before a dead letter was kept", interrupted);
                }
                pause = pause.multipliedBy(2).compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    private void insert(ConsumerRecord<String, byte[]> record, String reason, int attempts) {
        Header id = record.headers().lastHeader("ce_id");
        String eventId = id == null || id.value() == null ? null
                : DeadLetter.readable(new String(id.value(), StandardCharsets.UTF_8));
        entityManager.createNativeQuery("""
                insert into dead_letter (topic, record_partition, record_offset, event_id, record_key, payload,
                                         headers, reason, attempts, received_at)
                values (:topic, :partition, :offset, :eventId, :key, :payload, :headers, :reason, :attempts, now())
                on conflict (topic, record_partition, record_offset) do nothing""")
                .setParameter("topic", record.topic())
                .setParameter("partition", record.partition())
                .setParameter("offset", record.offset())
                .setParameter("eventId", eventId == null ? null : eventId.substring(0, Math.min(200, eventId.length())))
                .setParameter("key", record.key() == null ? null : record.key().getBytes(StandardCharsets.UTF_8))
                .setParameter("payload", record.value())
                .setParameter("headers", DeadLetter.encodeHeaders(record.headers()))
                .setParameter("reason", reason)
                .setParameter("attempts", attempts)
                .executeUpdate();
    }

    /**
     * Hands the letter to the consumer of its topic in this service, now. If the consumer still fails, nothing is
     * kept of the attempt and the letter stays pending with the new reason in the answer.
     */
    @Transactional
    public Optional<DeadLetter> replay(long id) {
        DeadLetter letter = entityManager.find(DeadLetter.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (letter == null) {
            return Optional.empty();
        }
        if (letter.replayedAt != null) {
            throw new IllegalTransitionException("dead letter " + id + " was already replayed");
        }
        EventHandler<?> handler = handlers.stream().filter(h -> h.topic().equals(letter.topic)).findFirst()
                .orElseThrow(() -> new IllegalTransitionException("no consumer of " + letter.topic + " in this service"));
        try {
            inbox.applyOnce(handler, letter.toRecord());
        } catch (RuntimeException e) {
            throw new UnprocessableException("the record still fails: " + Failures.describe(e));
        }
        letter.markReplayed();
        return Optional.of(letter);
    }
}
