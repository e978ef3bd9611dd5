package org.opendars.kit.messaging;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An incoming event whose effect is committed; its primary key stops a second effect even across replicas. */
@Entity
@Table(name = "processed_event")
public class ProcessedEvent extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public String eventId;

    @Column(nullable = false)
    public String topic;

    @Column(name = "processed_at", nullable = false)
    public Instant processedAt;

    static boolean seen(String eventId) {
        return findById(eventId) != null;
    }

    static void record(String eventId, String topic) {
        ProcessedEvent processed = new ProcessedEvent();
        processed.eventId = eventId;
        processed.topic = topic;
        processed.processedAt = Instant.now();
        processed.persist();
    }
}
