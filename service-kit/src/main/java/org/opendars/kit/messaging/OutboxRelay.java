package org.opendars.kit.messaging;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.agroal.api.AgroalDataSource;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;

/**
 * Publishes outbox rows in id order per aggregate. Only the replica holding the advisory lock relays, so events
 * about one aggregate never overtake each other even with several replicas. The broker is called outside any
 * database transaction: rows are read, sent, then marked in short autocommit statements on the lock's own
 * connection. A crash after sending and before marking re-sends, which consumers ignore by event id. A row the
 * broker refuses is retried with backoff and holds back only later rows about the same aggregate, never the whole
 * stream.
 */
@ApplicationScoped
public class OutboxRelay {

    /**
     * The oldest unsent row of each aggregate, unless an earlier row of that aggregate is waiting out a failure:
     * one row per aggregate per batch, so a row the broker refuses can never be overtaken by a later one of the same
     * aggregate sent in the same batch.
     */
    private static final String NEXT_BATCH = """
            select id, event_id, topic, aggregate_id, type, payload, occurred_at from (
                select distinct on (aggregate_id) id, event_id, topic, aggregate_id, type, payload, occurred_at,
                       failed_attempts, next_attempt_at
                  from outbox_event
                 where sent_at is null
                 order by aggregate_id, id) firsts
             where next_attempt_at is null or next_attempt_at <= now()
             order by id limit ?""";

    private final AgroalDataSource dataSource;
    private final Producer<String, CloudEvent> producer;
    private final OutboxSettings settings;
    private final URI source;
    private final long lockId;
    private final Counter published;
    private final MeterRegistry metrics;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong failing = new AtomicLong();
    private final AtomicLong oldestSeconds = new AtomicLong();
    private static final long MEASURE_EVERY_NANOS = 5_000_000_000L;
    private volatile long lastMeasured;

    OutboxRelay(AgroalDataSource dataSource, @Identifier("outbox-relay") Producer<String, CloudEvent> producer,
            MeterRegistry metrics, OutboxSettings settings,
            @ConfigProperty(name = "quarkus.application.name") String application) {
        this.dataSource = dataSource;
        this.producer = producer;
        this.settings = settings;
        this.metrics = metrics;
        this.source = URI.create(settings.source().orElse("/" + application));
        this.lockId = settings.lockId().orElse(lockIdOf(application));
        this.published = metrics.counter("dars.events.published");
        metrics.gauge("dars.outbox.pending", pending);
        metrics.gauge("dars.outbox.failing", failing);
        metrics.gauge("dars.outbox.oldest.seconds", oldestSeconds);
    }

    /** Stable per application name, and far from the lock ids the jobs use. */
    static long lockIdOf(String application) {
        return 0x0D_A2_5000_0000L + (application.hashCode() & 0xFFFF_FFFFL);
    }

    @Scheduled(every = "${dars.outbox.interval:0.2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void relay() {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            if (!tryLock(connection)) {
                return;
            }
            try {
                int relayed = 0;
                for (int batch; (batch = relayBatch(connection)) > 0;) {
                    // more may be waiting (the next row of each aggregate just sent): keep going while this
                    // replica holds the lock
                    relayed += batch;
                }
                // The lag gauges need no refresh on every idle tick: after work, or every few seconds.
                if (relayed > 0 || System.nanoTime() - lastMeasured > MEASURE_EVERY_NANOS) {
                    measure(connection);
                    lastMeasured = System.nanoTime();
                }
            } finally {
                unlock(connection);
            }
        } catch (SQLException e) {
            Log.warnf("outbox relay cannot reach the database: %s", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Returns how many rows it tried; sent rows are marked, refused ones scheduled for another try. */
    int relayBatch(Connection connection) throws SQLException, InterruptedException {
        List<Row> batch = nextBatch(connection);
        if (batch.isEmpty()) {
            return 0;
        }
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        for (Row row : batch) {
            acks.add(send(row));
        }
        List<Long> sent = new ArrayList<>(batch.size());
        long deadline = System.nanoTime() + settings.sendTimeout().toNanos();
        for (int i = 0; i < batch.size(); i++) {
            Row row = batch.get(i);
            try {
                acks.get(i).get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                sent.add(row.id);
            } catch (ExecutionException | TimeoutException e) {
                Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
                failed(connection, row, cause);
            }
        }
        markSent(connection, sent);
        published.increment(sent.size());
        return batch.size();
    }

    private Future<RecordMetadata> send(Row row) {
        try {
            return producer.send(toRecord(row));
        } catch (RuntimeException e) {
            return java.util.concurrent.CompletableFuture.failedFuture(e);
        }
    }

    private List<Row> nextBatch(Connection connection) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(NEXT_BATCH)) {
            select.setInt(1, settings.batchSize());
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(new Row(result.getLong(1), result.getObject(2, UUID.class), result.getString(3),
                            result.getString(4), result.getString(5), result.getString(6), result.getTimestamp(7)));
                }
            }
        }
        return rows;
    }

    private static void markSent(Connection connection, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "update outbox_event set sent_at = now(), next_attempt_at = null where id = any(?)")) {
            Array array = connection.createArrayOf("bigint", ids.toArray());
            update.setArray(1, array);
            update.executeUpdate();
        }
    }

    private void failed(Connection connection, Row row, Throwable cause) throws SQLException {
        metrics.counter("dars.outbox.publish.failures", "topic", row.topic).increment();
        String error = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        Log.warnf("event %s on %s not published: %s", row.eventId, row.topic, error);
        try (PreparedStatement update = connection.prepareStatement("""
                update outbox_event set failed_attempts = failed_attempts + 1, last_error = ?,
                       next_attempt_at = now() + least(interval '1 second' * power(2, least(failed_attempts, 16)),
                                                       ? * interval '1 second')
                 where id = ?""")) {
            update.setString(1, error.length() > 1000 ? error.substring(0, 1000) : error);
            update.setLong(2, Math.max(1, settings.maxBackoff().toSeconds()));
            update.setLong(3, row.id);
            update.executeUpdate();
        }
    }

    private void measure(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                select count(*), count(*) filter (where failed_attempts > 0),
                       coalesce(extract(epoch from now() - min(occurred_at)), 0)
                  from outbox_event where sent_at is null""");
                ResultSet result = query.executeQuery()) {
            result.next();
            pending.set(result.getLong(1));
            failing.set(result.getLong(2));
            oldestSeconds.set(result.getLong(3));
        }
    }

    /** Sent rows are kept a while for operators to inspect, then dropped so the table stays small. */
    @Scheduled(every = "${dars.outbox.purge-interval:1h}", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void forgetSent() {
        Duration retention = settings.retention();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "delete from outbox_event where sent_at < now() - ? * interval '1 second'")) {
            delete.setLong(1, retention.toSeconds());
            int purged = delete.executeUpdate();
            if (purged > 0) {
                Log.infof("forgot %d sent events older than %s", purged, retention);
            }
        } catch (SQLException e) {
            Log.warnf("outbox purge skipped: %s", e.getMessage());
        }
    }

    private boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            lock.setLong(1, lockId);
            try (ResultSet result = lock.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private void unlock(Connection connection) throws SQLException {
        try (PreparedStatement unlock = connection.prepareStatement("select pg_advisory_unlock(?)")) {
            unlock.setLong(1, lockId);
            unlock.execute();
        }
    }

    private ProducerRecord<String, CloudEvent> toRecord(Row row) {
        CloudEvent cloudEvent = CloudEventBuilder.v1()
                .withId(row.eventId.toString())
                .withType(row.type)
                .withSource(source)
                .withSubject(row.aggregateId)
                .withTime(row.occurredAt.toInstant().atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withData(row.payload.getBytes(StandardCharsets.UTF_8))
                .build();
        return new ProducerRecord<>(row.topic, row.aggregateId, cloudEvent);
    }

    private record Row(long id, UUID eventId, String topic, String aggregateId, String type, String payload,
            Timestamp occurredAt) {
    }
}
