package org.opendars.kit.api;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One audited call: a state change, or a read of record-level data. */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false)
    public String actor;

    @Column(name = "organisation_id")
    public String organisationId;

    @Column(nullable = false)
    public String method;

    @Column(nullable = false)
    public String path;

    @Column(nullable = false)
    public int status;

    @Column(name = "remote_address")
    public String remoteAddress;

    /** Paths can carry anything a caller typed: kept storable (no NUL) and bounded. */
    static String clip(String text, int max) {
        String storable = text.replace('\0', '\uFFFD');
        return storable.length() > max ? storable.substring(0, max) : storable;
    }

    public static List<AuditEvent> latest(int limit) {
        return find("order by id desc").page(0, limit).list();
    }
}
