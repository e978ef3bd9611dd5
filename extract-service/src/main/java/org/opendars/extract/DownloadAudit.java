package org.opendars.extract;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A read of record-level data: kept for the custodian's audit. */
@Entity
@Table(name = "download_audit")
public class DownloadAudit extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "extract_id", nullable = false)
    public UUID extractId;

    @Column(name = "user_name", nullable = false)
    public String userName;

    @Column(name = "organisation_id")
    public String organisationId;

    @Column(name = "remote_address")
    public String remoteAddress;

    @Column(name = "downloaded_at", nullable = false)
    public Instant downloadedAt;

    static DownloadAudit of(UUID extractId, String user, String organisationId, String remoteAddress) {
        DownloadAudit audit = new DownloadAudit();
        audit.extractId = extractId;
        audit.userName = user;
        audit.organisationId = organisationId;
        audit.remoteAddress = remoteAddress;
        audit.downloadedAt = Instant.now();
        return audit;
    }

    public static long countFor(UUID extractId) {
        return count("extractId", extractId);
    }
}
