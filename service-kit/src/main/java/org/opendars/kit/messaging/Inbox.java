package org.opendars.kit.messaging;

import java.io.IOException;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Applies an incoming CloudEvent at most once: the effect and the processed-event row commit together. A failure
 * that may pass is retried with growing pauses for a configured time (so a database restart sends nothing to the
 * dead letters); one that never will (not a CloudEvent, a body that does not read as the type, an unknown
 * aggregate) is dead-lettered at once. Nothing leaves this method as an exception, so one bad record can never
 * stop the channel or fail the service's health.
 */
@ApplicationScoped
public class Inbox {

    private static final int MAX_EVENT_ID = 100;

    private final ObjectMapper json;
    private final MeterRegistry metrics;
    private final EntityManager entityManager;
    private final DeadLetters deadLetters;
    private final InboxSettings settings;

    Inbox(ObjectMapper json, MeterRegistry metrics, EntityManager entityManager, DeadLetters deadLetters,
            InboxSettings settings) {
        this.json = json;
        this.metrics = metrics;
        this.entityManager = entityManager;
        this.deadLetters = deadLetters;
        this.settings = settings;
    }

    void receive(EventHandler<?> handler, ConsumerRecord<String, byte[]> record) {
        long started = System.nanoTime();
        Duration pause = settings.firstBackoff();
        for (int attempt = 1;; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> applyOnce(handler, record));
                return;
            } catch (RuntimeException failure) {
                boolean retry = Failures.isTransient(failure)
                        && System.nanoTime() - started < settings.retryFor().toNanos();
                if (!retry) {
                    if (Failures.causedBy(failure, UntrustedEventException.class)) {
                        // A claim the consumer knows to be false is an attack or a broken producer: someone must look.
                        metrics.counter("dars.events.untrusted", "topic", record.topic()).increment();
                        Log.errorf("ALERT: untrusted event on %s [%d@%d] refused and kept as a dead letter: %s",
                                record.topic(), record.partition(), record.offset(), failure.getMessage());
                    }
                    deadLetters.store(record, failure, attempt);
                    return;
                }
                metrics.counter("dars.events.retries", "topic", record.topic()).increment();
                Log.warnf("event on %s [%d@%d] failed, retrying in %s: %s", record.topic(), record.partition(),
                        record.offset(), pause, Failures.describe(failure));
                sleep(pause);
                pause = pause.multipliedBy(2).compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff()
                        : pause.multipliedBy(2);
            }
        }
    }


    /** Runs the handler's effect unless this event id was applied already; joins the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    <T> void applyOnce(EventHandler<T> handler, ConsumerRecord<String, byte[]> record) {
        CloudEvent event = KafkaMessageFactory.createReader(record).toEvent();
        String id = event.getId();
        if (id == null || id.isBlank() || id.length() > MAX_EVENT_ID || id.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("the record's event id is missing or not a plain identifier");
        }
        String expectedSource = Topics.sourceOf(handler.type());
        if (event.getSource() == null || !expectedSource.equals(event.getSource().toString())) {
            throw new UntrustedEventException("the event's source " + event.getSource() + " is not the topic's owner "
                    + expectedSource);
        }
        T body = read(event, handler.type());
        // Claiming the id first makes a concurrent redelivery wait for this transaction, then see it as done.
        int claimed = entityManager.createNativeQuery("insert into processed_event (event_id, topic, processed_at)"
                + " values (:id, :topic, now()) on conflict (event_id) do nothing")
                .setParameter("id", id).setParameter("topic", record.topic()).executeUpdate();
        if (claimed == 0) {
            Log.infof("ignoring redelivered event %s on %s", id, record.topic());
            metrics.counter("dars.events.duplicates", "topic", record.topic()).increment();
            return;
        }
        handler.handle(body);
        metrics.counter("dars.events.consumed", "topic", record.topic()).increment();
    }

    private <T> T read(CloudEvent event, Class<T> type) {
        if (event.getData() == null) {
            throw new IllegalArgumentException("the event has no body");
        }
        try {
            return json.readValue(event.getData().toBytes(), type);
        } catch (IOException e) {
            throw new IllegalArgumentException("the body is not a valid " + type.getSimpleName() + ": "
                    + Failures.firstLine(e.getMessage()), e);
        }
    }

    /** Interrupted only when the service stops: the record stays unacknowledged and comes again after restart. */
    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("stopping while a record waits for a retry", e);
        }
    }
}
