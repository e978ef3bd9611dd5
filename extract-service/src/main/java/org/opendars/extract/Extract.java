package org.opendars.extract;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One delivery to one organisation, built from one linkage run (never two extracts from the same run). Claimed by
 * one replica at a time; a claim that goes quiet is taken over; repeated failure gives up.
 */
@Entity
@Table(name = "extract_job")
public class Extract extends PanacheEntityBase {

    public static final int MAX_ATTEMPTS = 3;
    public static final Duration CLAIM_TIMEOUT = Duration.ofMinutes(2);

    @Id
    public UUID id;

    @Column(name = "application_id", nullable = false)
    public UUID applicationId;

    @Column(name = "organisation_id", nullable = false)
    public String organisationId;

    @Column(name = "linkage_run_id", nullable = false, unique = true)
    public UUID linkageRunId;

    @Column(name = "results_ref", nullable = false)
    public String resultsRef;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ExtractStatus status;

    @Column(nullable = false)
    public long rows;

    public String sha256;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "failure_reason")
    public String failureReason;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "claimed_at")
    public Instant claimedAt;

    @Column(name = "ready_at")
    public Instant readyAt;

    @Version
    @Column(name = "row_version", nullable = false)
    public long rowVersion;

    static Extract pending(UUID applicationId, String organisationId, UUID linkageRunId, String resultsRef) {
        Extract extract = new Extract();
        extract.id = UUID.randomUUID();
        extract.applicationId = applicationId;
        extract.organisationId = organisationId;
        extract.linkageRunId = linkageRunId;
        extract.resultsRef = resultsRef;
        extract.status = ExtractStatus.PENDING;
        extract.createdAt = Instant.now();
        return extract;
    }

    public static boolean existsFor(UUID linkageRunId) {
        return count("linkageRunId", linkageRunId) > 0;
    }

    public static List<Extract> ofApplication(UUID applicationId) {
        return list("applicationId = ?1 order by createdAt", applicationId);
    }

    boolean claimable(Instant now) {
        return status == ExtractStatus.PENDING
                || (status == ExtractStatus.BUILDING && claimedAt != null && claimedAt.plus(CLAIM_TIMEOUT).isBefore(now));
    }

    void claim() {
        if (status == ExtractStatus.READY || status == ExtractStatus.FAILED) {
            throw new IllegalTransitionException("extract " + id + " is already " + status);
        }
        status = ExtractStatus.BUILDING;
        claimedAt = Instant.now();
        attempts++;
    }

    void ready(long rowCount, String digest, String file) {
        if (status != ExtractStatus.BUILDING) {
            throw new IllegalTransitionException("extract " + id + " is not being built");
        }
        rows = rowCount;
        sha256 = digest;
        fileName = file;
        status = ExtractStatus.READY;
        readyAt = Instant.now();
    }

    /** Returns true when this failure is final. */
    boolean attemptFailed(String reason) {
        failureReason = reason;
        if (attempts >= MAX_ATTEMPTS) {
            status = ExtractStatus.FAILED;
            return true;
        }
        status = ExtractStatus.PENDING;
        return false;
    }

    public boolean isReady() {
        return status == ExtractStatus.READY;
    }
}
