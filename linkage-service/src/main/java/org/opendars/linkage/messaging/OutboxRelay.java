package org.opendars.linkage.messaging;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

/**
 * Publishes outbox rows in id order. Only the replica holding the advisory lock relays, so events of one
 * application never overtake each other even with several replicas; a crash after sending and before marking
 * re-sends the batch, which consumers ignore by event id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final int BATCH = 500;

    private final EntityManager entityManager;
    private final Producer<String, CloudEvent> producer;
    private final URI source;
    private final long lockId;
    private final MeterRegistry metrics;
    private final Duration retention;

    OutboxRelay(EntityManager entityManager, Producer<String, CloudEvent> producer, MeterRegistry metrics,
            @ConfigProperty(name = "dars.outbox.source") URI source,
            @ConfigProperty(name = "dars.outbox.lock-id") long lockId,
            @ConfigProperty(name = "dars.outbox.retention", defaultValue = "P7D") Duration retention) {
        this.entityManager = entityManager;
        this.producer = producer;
        this.metrics = metrics;
        this.source = source;
        this.lockId = lockId;
        this.retention = retention;
    }

    @Scheduled(every = "${dars.outbox.interval:0.2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void relay() throws InterruptedException, ExecutionException, TimeoutException {
        if (!holdsRelayLock()) {
            return;
        }
        List<OutboxEvent> batch = OutboxEvent.unsent(BATCH);
        if (batch.isEmpty()) {
            return;
        }
        List<Future<RecordMetadata>> acks = batch.stream().map(e -> producer.send(toRecord(e))).toList();
        for (Future<RecordMetadata> ack : acks) {
            ack.get(30, TimeUnit.SECONDS);
        }
        batch.forEach(OutboxEvent::markSent);
        metrics.counter("dars.events.published").increment(batch.size());
        Log.debugf("published %d events", batch.size());
    }

    /** Sent rows are kept a while for operators to inspect, then dropped so the table stays small. */
    @Scheduled(every = "${dars.outbox.purge-interval:1h}", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void forgetSent() {
        long purged = OutboxEvent.delete("sentAt < ?1", Instant.now().minus(retention));
        if (purged > 0) {
            Log.infof("forgot %d sent events older than %s", purged, retention);
        }
    }

    private boolean holdsRelayLock() {
        return (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(:id)")
                .setParameter("id", lockId)
                .getSingleResult();
    }

    private ProducerRecord<String, CloudEvent> toRecord(OutboxEvent event) {
        CloudEvent cloudEvent = CloudEventBuilder.v1()
                .withId(event.eventId.toString())
                .withType(event.type)
                .withSource(source)
                .withSubject(event.aggregateId)
                .withTime(event.occurredAt.atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withData(event.payload.getBytes(StandardCharsets.UTF_8))
                .build();
        return new ProducerRecord<>(event.topic, event.aggregateId, cloudEvent);
    }
}
