package org.opendars.approvals;

import org.opendars.kit.problem.IllegalTransitionException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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

    /** NEW, AMENDMENT, RENEWAL or EXTENSION: what the version asks for. */
    @Column(nullable = false)
    public String kind;

    /** How many times this version was submitted: one, and one more for each resubmission after a return. */
    @Column(nullable = false)
    public int submissions;

    /** The form as last submitted: what the checks read and the agreement is drawn from. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public ApplicationForm form;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Submission facts;

    /** How many times the case officer returned this version for information. */
    @Column(nullable = false)
    public int returns;

    /** The periods the case spent with the applicant: the service-level clock does not run in them. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Hold> holds = new ArrayList<>();

    /** Findings the approver accepted despite the checks, each with its reason. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Override> overrides = new ArrayList<>();

    /** Why the advisory panel must consider the case before it is approved; empty when it need not. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "panel_reasons", nullable = false)
    public List<String> panelReasons = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public Quote quote;

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

    /** A period with the applicant: from the day of return to the day of resubmission (open while returned). */
    public record Hold(LocalDate from, LocalDate to, List<String> questions, String by) {
    }

    public record Override(CheckRule check, String reason, String by, Instant at) {
    }

    /** What the custodian makes of a submission before a person looks: the checks, the panel's need, the quote. */
    record Findings(List<Check> checks, List<String> panelReasons, Quote quote) {
    }

    static AssessmentCase open(UUID applicationId, int version, String kind, String reference, String organisationId,
            ApplicationForm form, Submission facts, int cohortSize, UUID cohortId, String submittedBy,
            Findings findings) {
        AssessmentCase assessment = new AssessmentCase();
        assessment.id = UUID.randomUUID();
        assessment.applicationId = applicationId;
        assessment.applicationVersion = version;
        assessment.kind = kind == null ? "NEW" : kind;
        assessment.reference = reference;
        assessment.organisationId = organisationId;
        assessment.submittedBy = submittedBy;
        assessment.cohortId = cohortId;
        assessment.submissions = 1;
        assessment.take(form, facts, cohortSize, findings);
        assessment.status = CaseStatus.OPEN;
        assessment.openedAt = Instant.now();
        return assessment;
    }

    private void take(ApplicationForm submitted, Submission known, int size, Findings findings) {
        form = submitted;
        facts = known == null ? Submission.none() : known;
        title = submitted.title() == null ? "" : submitted.title();
        purpose = submitted.purpose() == null || submitted.purpose().objective() == null ? ""
                : submitted.purpose().objective();
        productType = submitted.productType() == null ? "" : submitted.productType();
        legalBasis = LegalBasis.of(submitted.legalBasis());
        datasets = RequestedDataset.of(submitted);
        cohortSize = size;
        checks = List.copyOf(findings.checks());
        panelReasons = new ArrayList<>(findings.panelReasons());
        quote = findings.quote();
    }

    public static Optional<AssessmentCase> forVersion(UUID applicationId, int version) {
        return find("applicationId = ?1 and applicationVersion = ?2", applicationId, version).firstResultOptional();
    }

    public static List<AssessmentCase> ofApplication(UUID applicationId) {
        return list("applicationId = ?1 order by openedAt", applicationId);
    }

    public static List<AssessmentCase> undecided() {
        return list("status in ?1", List.of(CaseStatus.OPEN, CaseStatus.RETURNED, CaseStatus.REVIEWED));
    }

    public static List<AssessmentCase> recent() {
        return find("order by openedAt desc").page(0, 200).list();
    }

    /**
     * The case officer's questions send the application back to the applicant; the clock stops until it returns.
     * A recommendation made before is void: the answers may change it.
     */
    void returnForInformation(String officer, List<String> questions, LocalDate today) {
        require(status == CaseStatus.OPEN || status == CaseStatus.REVIEWED,
                "only a case under review can be returned, not one that is " + status);
        require(!officer.equals(submittedBy), "the person who submitted the application may not assess it");
        returns++;
        holds = new ArrayList<>(holds);
        holds.add(new Hold(today, null, List.copyOf(questions), officer));
        recommendation = null;
        reviewer = null;
        reviewNotes = null;
        reviewedAt = null;
        status = CaseStatus.RETURNED;
    }

    /** The applicant's resubmission: the same case resumes with the form as it now is, checked again. */
    boolean resume(int submission, ApplicationForm submitted, Submission known, int size, Findings findings,
            LocalDate today) {
        if (status != CaseStatus.RETURNED || submission <= submissions) {
            return false;
        }
        submissions = submission;
        take(submitted, known, size, findings);
        holds = new ArrayList<>(holds);
        Hold open = holds.get(holds.size() - 1);
        holds.set(holds.size() - 1, new Hold(open.from(), today.isBefore(open.from()) ? open.from() : today,
                open.questions(), open.by()));
        status = CaseStatus.OPEN;
        return true;
    }

    boolean needsPanel() {
        return !panelReasons.isEmpty();
    }

    /** The custodian's clock on this case, read on {@code today} (London dates). */
    public ServiceClock.Reading clock(WorkingCalendar calendar, int targetWorkingDays, LocalDate today) {
        List<ServiceClock.Pause> pauses = holds.stream()
                .map(h -> new ServiceClock.Pause(h.from(), Optional.ofNullable(h.to()))).toList();
        Optional<LocalDate> stopped = Optional.ofNullable(decidedAt).map(ServiceClock::londonDate);
        LocalDate received = ServiceClock.londonDate(openedAt);
        return new ServiceClock(received, pauses, stopped, targetWorkingDays, calendar).read(today);
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

    /**
     * The decision. An approval needs every finding short of a pass overridden with a reason, and, where the panel
     * must consider the case, its support; a rejection needs neither.
     */
    void decide(String approver, Verdict verdict, String reason, List<Override> accepted, PanelRecommendation panel) {
        require(status == CaseStatus.REVIEWED, "a case is decided only after a case officer's review");
        require(!approver.equals(reviewer), "the approver must not be the case officer who reviewed the case");
        require(!approver.equals(submittedBy), "the person who submitted the application may not decide it");
        if (verdict == Verdict.APPROVE) {
            java.util.Set<CheckRule> overridden = accepted.stream().map(Override::check)
                    .collect(java.util.stream.Collectors.toSet());
            for (Override override : accepted) {
                boolean unpassed = checks.stream().anyMatch(c -> c.rule() == override.check() && !c.passed());
                if (!unpassed) {
                    throw new org.opendars.kit.problem.InvalidRequestException("overrides", override.check()
                            + " passed: there is nothing to override");
                }
            }
            List<String> blocking = checks.stream().filter(c -> !c.passed() && !overridden.contains(c.rule()))
                    .map(c -> c.rule() + " (" + c.outcome() + ": " + c.evidence() + ")").toList();
            require(blocking.isEmpty(), "approval is blocked by the automated checks until each is overridden with"
                    + " a reason: " + String.join("; ", blocking));
            if (needsPanel()) {
                require(panel != null, "the advisory panel must consider this case first ("
                        + String.join("; ", panelReasons) + ")");
                require(panel == PanelRecommendation.SUPPORTED || panel == PanelRecommendation.SUPPORTED_WITH_CONDITIONS,
                        "the advisory panel's recommendation is " + panel + ": approval needs its support");
            }
            overrides = new ArrayList<>(accepted);
        }
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
        if (status == CaseStatus.OPEN || status == CaseStatus.REVIEWED || status == CaseStatus.RETURNED) {
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
