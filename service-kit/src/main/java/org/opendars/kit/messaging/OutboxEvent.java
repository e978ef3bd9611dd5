package org.opendars.kit.messaging;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An event waiting to be published, written in the same transaction as the state change it reports. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id", nullable = false, unique = true)
    public UUID eventId;

    @Column(nullable = false)
    public String topic;

    @Column(name = "aggregate_id", nullable = false)
    public String aggregateId;

    @Column(nullable = false)
    public String type;

    @Column(nullable = false)
    public String payload;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    /** Failed publications of this row; the relay retries it with backoff and reports it on its metrics. */
    @Column(name = "failed_attempts", nullable = false)
    public int failedAttempts;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    static OutboxEvent of(UUID eventId, String topic, String aggregateId, String payload) {
        OutboxEvent event = new OutboxEvent();
        event.eventId = eventId;
        event.topic = topic;
        event.aggregateId = aggregateId;
        event.type = "org.opendars." + topic;
        event.payload = payload;
        event.occurredAt = Instant.now();
        return event;
    }
}
