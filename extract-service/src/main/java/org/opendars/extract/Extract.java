package org.opendars.extract;

import org.opendars.kit.problem.IllegalTransitionException;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.opendars.kit.jobs.JobSettings;
import org.opendars.kit.jobs.JobTable;
import org.opendars.kit.jobs.Lease;
import org.opendars.kit.jobs.LeasedJob;

/**
 * One delivery to one organisation, built from one linkage run (never two extracts from the same run). Leased by
 * one replica at a time; a lease that lapses is taken over; only the holder of the current lease may finish or fail
 * it, and a build whose attempts are spent fails for good. The file itself is kept encrypted in this service's
 * schema, so any replica can serve it.
 */
@Entity
@Table(name = "extract_job")
public class Extract extends LeasedJob {

    /** Waits for the approval too: the approval and the linkage result come on different topics. */
    public static final JobTable JOBS = new JobTable("extract_job", ExtractStatus.PENDING.name(),
            ExtractStatus.BUILDING.name(),
            "exists (select 1 from approved_product p where p.application_id = j.application_id)"
                    + " and not exists (select 1 from withheld_application w where w.application_id = j.application_id)");

    @Id
    public UUID id;

    @Column(name = "application_id", nullable = false)
    public UUID applicationId;

    @Column(name = "organisation_id", nullable = false)
    public String organisationId;

    /** The linkage run whose results it is built from; null for a tabulation, which counts content alone. */
    @Column(name = "linkage_run_id", unique = true)
    public UUID linkageRunId;

    @Column(name = "results_ref")
    public String resultsRef;

    /** How many result rows the linkage run reported: what the build's progress counts against. */
    @Column(name = "result_rows", nullable = false)
    public long resultRows;

    /** The organisation's pseudonymisation key version the results were made with (after a rotation, see the mapping). */
    @Column(name = "pseudonym_key_version")
    public Integer pseudonymKeyVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ExtractStatus status;

    @Column(nullable = false)
    public long rows;

    public String sha256;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "ready_at")
    public Instant readyAt;

    /** Size of the file in bytes; its encrypted chunks are in {@code extract_chunk}. */
    @Column(name = "size_bytes")
    public Long sizeBytes;

    /** The extract's own data key, sealed with the service's master key. */
    /** Plain-text bytes per stored chunk, as written; later settings do not change how this file is read. */
    @Column(name = "chunk_size")
    public Integer chunkSize;

    @Column(name = "sealed_key")
    public byte[] sealedKey;

    @Column(name = "master_key_id")
    public String masterKeyId;

    @Column(name = "purged_at")
    public Instant purgedAt;

    @Column(name = "purged_by")
    public String purgedBy;

    @Column(name = "product_type")
    public String productType;

    @Column(name = "application_version")
    public Integer applicationVersion;

    /** Which delivery of the product this is; a standard extract has one per release it takes. */
    @Column(nullable = false)
    public int delivery = 1;

    /** The release whose linkage made this delivery of a standard extract: its financial year is delivered. */
    @Column(name = "trigger_dataset")
    public String triggerDataset;

    @Column(name = "trigger_release")
    public String triggerRelease;

    @Column(name = "trigger_file_version")
    public Integer triggerFileVersion;

    /** The person index version the linkage run read; each record of the delivery carries it. */
    @Column(name = "person_index_version")
    public Integer personIndexVersion;

    /** Whether linkage applied the National Data Opt-out to the run, how many people it removed, or why not. */
    @Column(name = "opt_outs_applied")
    public Boolean optOutsApplied;

    @Column(name = "opted_out")
    public Long optedOut;

    @Column(name = "opt_out_exemption")
    public String optOutExemption;

    /** The delivery's files: where each lies in the stored package, its rows and its SHA-256. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<DeliveryPackage.Placed> files;

    @JdbcTypeCode(SqlTypes.JSON)
    public Manifest manifest;

    @Version
    @Column(name = "row_version", nullable = false)
    public long rowVersion;

    static Extract pending(UUID applicationId, String organisationId, UUID linkageRunId, String resultsRef,
            long resultRows) {
        Extract extract = new Extract();
        extract.id = UUID.randomUUID();
        extract.applicationId = applicationId;
        extract.organisationId = organisationId;
        extract.linkageRunId = linkageRunId;
        extract.resultsRef = resultsRef;
        extract.resultRows = resultRows;
        extract.status = ExtractStatus.PENDING;
        extract.createdAt = Instant.now();
        return extract;
    }

    /** A tabulation of the application version: counted from the content, no linkage needed. */
    static Extract tabulation(UUID applicationId, int applicationVersion, String organisationId) {
        Extract extract = pending(applicationId, organisationId, null, null, 0);
        extract.productType = "TABULATION";
        extract.applicationVersion = applicationVersion;
        return extract;
    }

    static boolean tabulationExists(UUID applicationId, int applicationVersion) {
        return count("applicationId = ?1 and applicationVersion = ?2 and productType = 'TABULATION'", applicationId,
                applicationVersion) > 0;
    }

    public static boolean existsFor(UUID linkageRunId) {
        return count("linkageRunId", linkageRunId) > 0;
    }

    public static List<Extract> ofApplication(UUID applicationId) {
        return list("applicationId = ?1 order by createdAt", applicationId);
    }

    void ready(Lease lease, ExtractStore.Stored stored) {
        requireLease(lease);
        if (status != ExtractStatus.BUILDING) {
            throw new IllegalTransitionException("extract " + id + " is not being built");
        }
        rows = stored.rows();
        sha256 = stored.sha256();
        fileName = id + ".zip";
        files = stored.files();
        manifest = stored.manifest();
        sizeBytes = stored.sizeBytes();
        chunkSize = stored.chunkSize();
        sealedKey = stored.sealedKey();
        masterKeyId = stored.masterKeyId();
        percentDone = 100;
        status = ExtractStatus.READY;
        readyAt = Instant.now();
        releaseLease();
    }

    /** Fails the build now, whatever attempts are left. */
    void failForGood(Lease lease, String reason) {
        endForGood(lease, reason);
        status = ExtractStatus.FAILED;
    }

    /** Returns true when this failure is final. */
    boolean attemptFailed(Lease lease, String reason, JobSettings settings) {
        boolean last = endFailedAttempt(lease, reason, settings);
        status = last ? ExtractStatus.FAILED : ExtractStatus.PENDING;
        return last;
    }

    /** The bytes go, the record of what was delivered (rows, digest, who purged it and when) stays. */
    void purge(String user) {
        if (status != ExtractStatus.READY) {
            throw new IllegalTransitionException("only a ready extract can be purged; this one is " + status);
        }
        status = ExtractStatus.PURGED;
        purgedAt = Instant.now();
        purgedBy = user;
        sealedKey = null;
    }

    /**
     * Stops the extract whatever it was doing: a waiting one is never built, a worker's lease is void (its result
     * cannot commit), a ready one's key goes with its bytes. Returns true when it had bytes to delete.
     */
    boolean withhold(String reason) {
        boolean hadBytes = status == ExtractStatus.READY;
        if (status == ExtractStatus.PENDING || status == ExtractStatus.BUILDING || hadBytes) {
            status = ExtractStatus.WITHHELD;
            failureReason = reason;
            sealedKey = null;
            releaseLease();
        }
        return hadBytes;
    }

    /** Its bytes were purged or withheld for good; the record of it stays. */
    public boolean isGone() {
        return status == ExtractStatus.PURGED || status == ExtractStatus.WITHHELD;
    }

    /** Why a gone extract can no longer be downloaded, for the recipient. */
    public String goneBecause() {
        if (status == ExtractStatus.PURGED) {
            return "extract " + id + " was purged on " + purgedAt + "; its record is kept, its data is not";
        }
        String why = failureReason == null ? "withheld" : failureReason.strip().replaceAll("[.]+$", "");
        return "extract " + id + " is no longer available: " + why + ". Its data was purged and its record is kept";
    }

    public java.util.Optional<DeliveryPackage.Placed> file(String name) {
        return files == null ? java.util.Optional.empty()
                : files.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    public boolean isReady() {
        return status == ExtractStatus.READY;
    }
}
