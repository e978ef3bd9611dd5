package org.opendars.applications;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** What happened to an application, in the applicant's words, in the order it happened. */
@Entity
@Table(name = "timeline_entry")
public class TimelineEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String event;

    @Column(nullable = false)
    public Instant at;

    public String detail;

    static TimelineEntry of(String event, String detail) {
        TimelineEntry entry = new TimelineEntry();
        entry.event = event;
        entry.at = Instant.now();
        entry.detail = detail;
        return entry;
    }
}
