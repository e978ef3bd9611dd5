package org.opendars.applications;

import org.opendars.kit.problem.IllegalTransitionException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An organisation's request for data, and the applicant's view of how far it has got. Commands move it through its
 * life and refuse illegal moves; notes record what the custodian's other services report, which arrive
 * asynchronously and so never fail: a late or out-of-order report is kept on the timeline without moving the status.
 */
@Entity
@Table(name = "application")
public class Application extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String reference;

    @Column(name = "organisation_id", nullable = false)
    public String organisationId;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String purpose;

    @Enumerated(EnumType.STRING)
    @Column(name = "product_type", nullable = false)
    public ProductType productType;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "legal_basis", nullable = false)
    public LegalBasis legalBasis;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<RequestedDataset> datasets;

    @Column(name = "cohort_size", nullable = false)
    public int cohortSize;

    /** The cohort's reference in linkage-service, which alone holds its members' identifiers. */
    @Column(name = "cohort_id")
    public UUID cohortId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ApplicationStatus status;

    /** The application's own version: a new one for every submitted change (amendments come later). */
    @Column(nullable = false)
    public int version;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    @Column(name = "idempotency_fingerprint")
    public String idempotencyFingerprint;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @JoinColumn(name = "application_id", nullable = false)
    @OrderBy("id")
    public List<TimelineEntry> timeline = new ArrayList<>();

    /** Optimistic lock, exposed as the ETag. */
    @Version
    @Column(name = "row_version", nullable = false)
    public long rowVersion;

    static Application draft(String organisationId, String createdBy, String reference, String title, String purpose,
            ProductType productType, LegalBasis legalBasis, List<RequestedDataset> datasets, UUID cohortId) {
        Application application = new Application();
        application.id = UUID.randomUUID();
        application.reference = reference;
        application.organisationId = organisationId;
        application.createdBy = createdBy;
        application.title = title;
        application.purpose = purpose;
        application.productType = productType;
        application.legalBasis = legalBasis;
        application.datasets = List.copyOf(datasets);
        application.cohortId = cohortId;
        application.status = ApplicationStatus.DRAFT;
        application.version = 1;
        application.createdAt = Instant.now();
        return application;
    }

    public static Optional<Application> byIdempotencyKey(String organisationId, String key) {
        return find("organisationId = ?1 and idempotencyKey = ?2", organisationId, key).firstResultOptional();
    }

    public static List<Application> ofOrganisation(String organisationId, int page, int size) {
        return find("organisationId = ?1 order by createdAt desc", organisationId).page(page, size).list();
    }

    public static List<Application> everyone(int page, int size) {
        return find("order by createdAt desc").page(page, size).list();
    }

    /** A bespoke product goes to assessment only with its cohort registered, so its size is known and true. */
    void submit(String by, Optional<CohortSummary> cohort) {
        require(status == ApplicationStatus.DRAFT, "only a draft can be submitted");
        if (cohortId != null) {
            CohortSummary registered = cohort.orElseThrow(() -> new IllegalTransitionException("cohort " + cohortId
                    + " is not registered yet: linkage-service announces an upload within seconds; submit again"));
            cohortSize = registered.members;
        }
        status = ApplicationStatus.SUBMITTED;
        note("submitted", "submitted by " + by);
    }

    void withdraw(String by) {
        // At any stage: after approval, withdrawal ends the agreement, and with it every delivery already made.
        require(!status.isFinal(), "an application that was " + status + " cannot be withdrawn");
        status = ApplicationStatus.WITHDRAWN;
        note("withdrawn", "withdrawn by " + by);
    }

    void noteApproved(String agreementReference) {
        advanceTo(ApplicationStatus.APPROVED);
        noteOnce("approved", "data sharing agreement " + agreementReference);
    }

    /** The agreement ended: the application is closed, unless it had already ended another way. */
    void noteAgreementEnded(String why) {
        noteOnce("agreement-ended", why);
        if (!status.isFinal()) {
            status = ApplicationStatus.CLOSED;
        }
    }

    void noteRejected(String reason) {
        advanceTo(ApplicationStatus.REJECTED);
        noteOnce("rejected", reason);
    }

    void noteLinked(String summary) {
        advanceTo(ApplicationStatus.LINKED);
        noteOnce("linked", summary);
    }

    void noteLinkageFailed(String reason) {
        advanceTo(ApplicationStatus.LINKAGE_FAILED);
        noteOnce("linkage-failed", reason);
    }

    void noteExtractReady(String summary) {
        advanceTo(ApplicationStatus.EXTRACT_READY);
        noteOnce("extract-ready", summary);
    }

    void noteExtractFailed(String reason) {
        advanceTo(ApplicationStatus.EXTRACT_FAILED);
        noteOnce("extract-failed", reason);
    }

    void note(String event, String detail) {
        timeline.add(TimelineEntry.of(event, detail));
    }

    /**
     * A downstream report is the same fact however often it arrives (a re-sent event carries a new event id), so
     * an entry with the same event and detail is not added twice.
     */
    void noteOnce(String event, String detail) {
        boolean known = timeline.stream().anyMatch(entry -> entry.event.equals(event)
                && java.util.Objects.equals(entry.detail, detail));
        if (!known) {
            note(event, detail);
        }
    }

    /** Events from different topics can arrive in any order: only ever move forward, never out of a final state. */
    private void advanceTo(ApplicationStatus to) {
        if (!status.isFinal() && status.isBefore(to)) {
            status = to;
        }
    }

    private static void require(boolean allowed, String rule) {
        if (!allowed) {
            throw new IllegalTransitionException(rule);
        }
    }
}
