package org.opendars.linkage;

import org.opendars.kit.problem.IllegalTransitionException;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.opendars.kit.jobs.JobSettings;
import org.opendars.kit.jobs.JobTable;
import org.opendars.kit.jobs.Lease;
import org.opendars.kit.jobs.LeasedJob;

import org.opendars.linkage.engine.quality.QualityReport;

/**
 * Linkage of one approved application's cohort to the person index. A run is leased by one replica at a time; a
 * lease that lapses (the replica died) is taken over, and a run whose attempts are spent fails for good. Only the
 * holder of the current lease may complete or fail it.
 */
@Entity
@Table(name = "linkage_run")
public class LinkageRun extends LeasedJob {

    public static final String CUSTODIAN = "CUSTODIAN";
    public static final JobTable JOBS = new JobTable("linkage_run", RunStatus.PENDING.name(), RunStatus.RUNNING.name());

    @Id
    public UUID id;

    /** Null for an uploaded cohort. */
    @Column(name = "application_id")
    public UUID applicationId;

    @Column(name = "application_version", nullable = false)
    public int applicationVersion;

    @Column(name = "organisation_id", nullable = false)
    public String organisationId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<ApprovedDataset> datasets;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RunSource source;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    @Column(name = "idempotency_fingerprint")
    public String idempotencyFingerprint;

    @Column(name = "dataset_code")
    public String datasetCode;

    @Column(name = "release_id")
    public String releaseId;

    /** A release's file version: a correction of the same release comes as the next one and is linked again. */
    @Column(name = "file_version")
    public Integer fileVersion;

    /** What linking a release did to the person index: persons it founded and persons it found to be one. */
    @Column(name = "persons_added", nullable = false)
    public int personsAdded;

    @Column(name = "persons_merged", nullable = false)
    public int personsMerged;

    /** The person index version the run linked against (for a release, the version its changes made). */
    @Column(name = "person_index_version")
    public Integer personIndexVersion;

    /** The product the run is linked for: it decides what the results hold. Null for uploads and releases. */
    @Column(name = "product_type")
    public String productType;

    /** Which delivery of the application version this is: a standard extract has one per release it takes. */
    @Column(nullable = false)
    public int delivery = 1;

    /** The release whose linkage made this delivery of a standard extract; null for the first. */
    @Column(name = "trigger_dataset")
    public String triggerDataset;

    @Column(name = "trigger_release")
    public String triggerRelease;

    @Column(name = "trigger_file_version")
    public Integer triggerFileVersion;

    /** The agreement's common-law basis, which decides whether the National Data Opt-out applies. */
    @Column(name = "common_law_basis")
    public String commonLawBasis;

    @Column(name = "opt_outs_applied")
    public Boolean optOutsApplied;

    @Column(name = "opted_out")
    public Integer optedOut;

    @Column(name = "opt_out_exemption")
    public String optOutExemption;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RunStatus status;

    @Column(name = "cohort_size", nullable = false)
    public int cohortSize;

    /** The applicant's cohort (in this service's cohort table) an application run links. */
    @Column(name = "cohort_id")
    public UUID cohortId;

    /** Set when the approved product is built around a cohort: such a run without one fails, never links nothing. */
    @Column(name = "needs_cohort", nullable = false)
    public boolean needsCohort;

    /** The organisation's key version its pseudonyms are made with, fixed at completion so a rotation changes none. */
    @Column(name = "pseudonym_key_version")
    public Integer pseudonymKeyVersion;

    @Column(nullable = false)
    public int matched;

    @Column(nullable = false)
    public int unmatched;

    @Column(nullable = false)
    public int ambiguous;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "matches_by_rank", nullable = false)
    public Map<String, Integer> matchesByRank;

    /** Values present but unusable for matching, per field: reported, never silently matched. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "validation_issues", nullable = false)
    public Map<String, Integer> validationIssues;

    @JdbcTypeCode(SqlTypes.JSON)
    public QualityReport quality;

    /** Index version of the model that linked the run's rank P records; null when the probabilistic stage did not run. */
    @Column(name = "model_index_version")
    public Integer modelIndexVersion;

    @Column(name = "result_rows", nullable = false)
    public long resultRows;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    public long rowVersion;

    static LinkageRun pending(UUID applicationId, int version, String organisationId, List<ApprovedDataset> datasets,
            UUID cohortId, boolean needsCohort) {
        LinkageRun run = new LinkageRun();
        run.id = UUID.randomUUID();
        run.applicationId = applicationId;
        run.applicationVersion = version;
        run.organisationId = organisationId;
        run.datasets = List.copyOf(datasets);
        run.cohortId = cohortId;
        run.needsCohort = needsCohort;
        run.source = RunSource.APPLICATION;
        run.status = RunStatus.PENDING;
        run.matchesByRank = new TreeMap<>();
        run.validationIssues = new TreeMap<>();
        run.createdAt = Instant.now();
        return run;
    }

    static LinkageRun uploaded(String organisationId, String createdBy) {
        LinkageRun run = pending(null, 0, organisationId, List.of(), null, false);
        run.source = RunSource.UPLOAD;
        run.createdBy = createdBy;
        return run;
    }

    /** The custodian's own run: release identifiers belong to no applicant organisation. */
    static LinkageRun release(String datasetCode, String releaseId, int fileVersion, String createdBy) {
        LinkageRun run = uploaded(CUSTODIAN, createdBy);
        run.source = RunSource.RELEASE;
        run.datasetCode = datasetCode;
        run.releaseId = releaseId;
        run.fileVersion = fileVersion;
        return run;
    }

    /** The subscription's delivery for the release just linked. */
    static LinkageRun delivery(Subscription subscription, int delivery, LinkageRun release) {
        LinkageRun run = pending(subscription.applicationId, subscription.applicationVersion,
                subscription.organisationId, subscription.datasets, null, false);
        run.productType = "STANDARD_EXTRACT";
        run.delivery = delivery;
        run.triggerDataset = release.datasetCode;
        run.triggerRelease = release.releaseId;
        run.triggerFileVersion = release.fileVersion;
        run.commonLawBasis = subscription.commonLawBasis;
        run.decideOptOuts();
        return run;
    }

    static int lastDelivery(UUID applicationId, int applicationVersion) {
        return LinkageRun.<LinkageRun>list("applicationId = ?1 and applicationVersion = ?2", applicationId,
                applicationVersion).stream().mapToInt(r -> r.delivery).max().orElse(0);
    }

    static boolean triggeredBy(Subscription subscription, LinkageRun release) {
        return count("applicationId = ?1 and applicationVersion = ?2 and triggerDataset = ?3 and triggerRelease = ?4"
                + " and triggerFileVersion = ?5", subscription.applicationId, subscription.applicationVersion,
                release.datasetCode, release.releaseId, release.fileVersion) > 0;
    }

    /** Patient status and tracking reports on every member of the cohort, traced or not. */
    public boolean reportsEveryMember() {
        return "PATIENT_STATUS_TRACKING".equals(productType);
    }

    /** The runs of a release's file versions, the newest first. */
    public static List<LinkageRun> ofRelease(String datasetCode, String releaseId) {
        return list("datasetCode = ?1 and releaseId = ?2 order by fileVersion desc", datasetCode, releaseId);
    }

    /**
     * Whether the National Data Opt-out applies to what this run delivers: not where the agreement rests on consent
     * or the data is anonymised; everywhere else, including agreements that did not record their basis.
     */
    void decideOptOuts() {
        if ("CONSENT".equals(commonLawBasis)) {
            optOutsApplied = false;
            optOutExemption = "consent is the legal basis: the opt-out does not apply";
        } else if ("NOT_NEEDED_ANONYMISED".equals(commonLawBasis)) {
            optOutsApplied = false;
            optOutExemption = "anonymised data: the opt-out does not apply";
        } else {
            optOutsApplied = true;
            optOutExemption = null;
        }
    }

    public static Optional<LinkageRun> byIdempotencyKey(String organisationId, String key) {
        return find("organisationId = ?1 and idempotencyKey = ?2", organisationId, key).firstResultOptional();
    }

    public static List<LinkageRun> uploadedFor(String organisationId) {
        return list("source = ?1 and organisationId = ?2 order by createdAt desc", RunSource.UPLOAD, organisationId);
    }

    public static Optional<LinkageRun> forVersion(UUID applicationId, int version) {
        return find("applicationId = ?1 and applicationVersion = ?2", applicationId, version).firstResultOptional();
    }

    public static List<LinkageRun> ofApplication(UUID applicationId) {
        return list("applicationId = ?1 order by createdAt", applicationId);
    }

    public boolean hasCohort() {
        return cohortId != null;
    }

    /** Uploaded cohorts and releases arrive as files: nothing to pull, nothing to tell the application chain. */
    public boolean isUpload() {
        return source == RunSource.UPLOAD || source == RunSource.RELEASE;
    }

    public boolean isRelease() {
        return source == RunSource.RELEASE;
    }

    public List<String> datasetCodes() {
        return datasets.stream().map(ApprovedDataset::code).toList();
    }

    void progress(int percent) {
        percentDone = Math.max(percentDone, Math.min(percent, 99));
    }

    void complete(Lease lease, LinkCounts counts, long rows) {
        requireLease(lease);
        if (status != RunStatus.RUNNING) {
            throw new IllegalTransitionException("run " + id + " is not running");
        }
        cohortSize = counts.cohortSize();
        matched = counts.matched();
        unmatched = counts.unmatched();
        ambiguous = counts.ambiguous();
        matchesByRank = new TreeMap<>(counts.byRank());
        validationIssues = new TreeMap<>(counts.issuesByField());
        resultRows = rows;
        percentDone = 100;
        status = RunStatus.COMPLETED;
        finishedAt = Instant.now();
        releaseLease();
    }

    /**
     * Stops a run not yet finished: a waiting one is never claimed, a worker's lease is void so its result cannot
     * commit. Returns true when there was something to stop.
     */
    boolean cancel(String reason) {
        if (status != RunStatus.PENDING && status != RunStatus.RUNNING) {
            return false;
        }
        status = RunStatus.CANCELLED;
        failureReason = reason;
        finishedAt = Instant.now();
        releaseLease();
        return true;
    }

    /** Fails the run now, whatever attempts are left. */
    void failForGood(Lease lease, String reason) {
        endForGood(lease, reason);
        status = RunStatus.FAILED;
        finishedAt = Instant.now();
    }

    /** A failed attempt waits and is retried until the attempts are spent. Returns true when the failure is final. */
    boolean attemptFailed(Lease lease, String reason, JobSettings settings) {
        boolean last = endFailedAttempt(lease, reason, settings);
        if (last) {
            status = RunStatus.FAILED;
            finishedAt = Instant.now();
        } else {
            status = RunStatus.PENDING;
        }
        return last;
    }
}
