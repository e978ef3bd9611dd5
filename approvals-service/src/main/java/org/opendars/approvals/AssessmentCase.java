package org.opendars.approvals;

import org.opendars.kit.problem.IllegalTransitionException;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
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

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The custodian's assessment of one version of an application: automated checks, a case officer's review, and a
 * decision by an approver who is never the reviewing officer (four eyes).
 */
@Entity
@Table(name = "assessment_case")
public class AssessmentCase extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "application_id", nullable = false)
    public UUID applicationId;

    @Column(name = "application_version", nullable = false)
    public int applicationVersion;

    @Column(nullable = false)
    public String reference;

    @Column(name = "organisation_id", nullable = false)
    public String organisationId;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String purpose;

    @Column(name = "product_type", nullable = false)
    public String productType;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "legal_basis", nullable = false)
    public LegalBasis legalBasis;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<RequestedDataset> datasets;

    @Column(name = "cohort_size", nullable = false)
    public int cohortSize;

    /** The application's cohort in linkage-service, named again in the decision so linkage can bind or delete it. */
    @Column(name = "cohort_id")
    public UUID cohortId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Check> checks;

    /** Who submitted this version: they may not review, decide or countersign it. */
    @Column(name = "submitted_by")
    public String submittedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseStatus status;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    public String reviewer;

    @Enumerated(EnumType.STRING)
    public Verdict recommendation;

    @Column(name = "review_notes")
    public String reviewNotes;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "agreement_reference")
    public String agreementReference;

    @Version
    @Column(name = "row_version", nullable = false)
    public long rowVersion;

    static AssessmentCase open(UUID applicationId, int version, String reference, String organisationId, String title,
            String purpose, String productType, LegalBasis legalBasis, List<RequestedDataset> datasets, int cohortSize,
            UUID cohortId, String submittedBy) {
        AssessmentCase assessment = new AssessmentCase();
        assessment.id = UUID.randomUUID();
        assessment.applicationId = applicationId;
        assessment.applicationVersion = version;
        assessment.reference = reference;
        assessment.organisationId = organisationId;
        assessment.title = title;
        assessment.purpose = purpose;
        assessment.productType = productType;
        assessment.legalBasis = legalBasis;
        assessment.datasets = List.copyOf(datasets);
        assessment.cohortSize = cohortSize;
        assessment.cohortId = cohortId;
        assessment.submittedBy = submittedBy;
        assessment.checks = Check.of(legalBasis, datasets, productType, cohortSize);
        assessment.status = CaseStatus.OPEN;
        assessment.openedAt = Instant.now();
        return assessment;
    }

    public static Optional<AssessmentCase> forVersion(UUID applicationId, int version) {
        return find("applicationId = ?1 and applicationVersion = ?2", applicationId, version).firstResultOptional();
    }

    public static List<AssessmentCase> ofApplication(UUID applicationId) {
        return list("applicationId = ?1 order by openedAt", applicationId);
    }

    public static List<AssessmentCase> recent() {
        return find("order by openedAt desc").page(0, 200).list();
    }

    void review(String officer, Verdict verdict, String notes) {
        require(status == CaseStatus.OPEN, "only an open case can be reviewed");
        require(!officer.equals(submittedBy), "the person who submitted the application may not review it");
        reviewer = officer;
        recommendation = verdict;
        reviewNotes = notes;
        reviewedAt = Instant.now();
        status = CaseStatus.REVIEWED;
    }

    void decide(String approver, Verdict verdict, String reason) {
        require(status == CaseStatus.REVIEWED, "a case is decided only after a case officer's review");
        require(!approver.equals(reviewer), "the approver must not be the case officer who reviewed the case");
        require(!approver.equals(submittedBy), "the person who submitted the application may not decide it");
        decidedBy = approver;
        decisionReason = reason;
        decidedAt = Instant.now();
        if (verdict == Verdict.APPROVE) {
            status = CaseStatus.APPROVED;
        } else {
            status = CaseStatus.REJECTED;
        }
    }

    /** The agreement the approval issued, named on the case and in the approval event. */
    void issued(Agreement agreement) {
        agreementReference = agreement.reference;
    }

    /** The applicant withdrew: an undecided case closes; a decided one keeps its decision. */
    boolean withdraw() {
        if (status == CaseStatus.OPEN || status == CaseStatus.REVIEWED) {
            status = CaseStatus.WITHDRAWN;
            return true;
        }
        return false;
    }

    private static void require(boolean allowed, String rule) {
        if (!allowed) {
            throw new IllegalTransitionException(rule);
        }
    }
}
