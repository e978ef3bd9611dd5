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

    /** The form's title and product, kept beside it for listings; null while a draft has none. */
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "product_type")
    public ProductType productType;

    /** The form of the current version: the draft being edited, or what was last submitted. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public ApplicationForm form;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ApplicationKind kind;

    /** The latest version an agreement was issued for; an amendment under way does not change it until approved. */
    @Column(name = "approved_version")
    public Integer approvedVersion;

    /** Where the approved application stood when a new version was started, to return to if it is rejected. */
    @Enumerated(EnumType.STRING)
    @Column(name = "approved_status")
    public ApplicationStatus approvedStatus;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Question> questions = new ArrayList<>();

    @Column(name = "cohort_size", nullable = false)
    public int cohortSize;

    /** The cohort's reference in linkage-service, which alone holds its members' identifiers. */
    @Column(name = "cohort_id")
    public UUID cohortId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ApplicationStatus status;

    /** The application's version: 1, then one more for each amendment, renewal or extension. */
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

    static Application draft(String organisationId, String createdBy, String reference, ApplicationForm form) {
        Application application = new Application();
        application.id = UUID.randomUUID();
        application.reference = reference;
        application.organisationId = organisationId;
        application.createdBy = createdBy;
        application.kind = ApplicationKind.NEW;
        application.status = ApplicationStatus.DRAFT;
        application.version = 1;
        application.createdAt = Instant.now();
        application.edit(form);
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

    /** The applicant's changes to a draft, or to an application returned to them for information. */
    void edit(ApplicationForm changed) {
        require(isEditable(), "only a draft or an application returned for information can be edited, not one that is "
                + status);
        form = changed == null ? ApplicationForm.empty() : changed;
        title = form.title();
        productType = form.productType();
        cohortId = form.cohortId();
    }

    public boolean isEditable() {
        return status == ApplicationStatus.DRAFT || status == ApplicationStatus.RETURNED;
    }

    /**
     * A bespoke product goes to assessment only with its cohort registered, so its size is known and true. The
     * caller has checked the form is complete.
     */
    void submit(String by, Optional<CohortSummary> cohort) {
        require(status == ApplicationStatus.DRAFT, status == ApplicationStatus.RETURNED
                ? "a returned application is resubmitted, with its questions answered"
                : "only a draft can be submitted");
        countCohort(cohort);
        status = ApplicationStatus.SUBMITTED;
        note("submitted", (kind == ApplicationKind.NEW ? "" : kind.name().toLowerCase(java.util.Locale.ROOT) + " ")
                + "version " + version + " submitted by " + by);
    }

    void resubmit(String by, Optional<CohortSummary> cohort) {
        require(status == ApplicationStatus.RETURNED, "only an application returned for information is resubmitted");
        List<Integer> open = questions.stream().filter(q -> q.version() == version && q.isOpen())
                .map(Question::number).toList();
        require(open.isEmpty(), "answer every question before resubmitting: question " + open + " open");
        countCohort(cohort);
        status = ApplicationStatus.SUBMITTED;
        note("resubmitted", "version " + version + " resubmitted by " + by);
    }

    private void countCohort(Optional<CohortSummary> cohort) {
        if (cohortId != null) {
            CohortSummary registered = cohort.orElseThrow(() -> new IllegalTransitionException("cohort " + cohortId
                    + " is not registered yet: linkage-service announces an upload within seconds; submit again"));
            cohortSize = registered.members;
        }
    }

    /** The case officer's questions: the application comes back to the applicant, and the clock stops. */
    void noteReturned(int returnedVersion, int round, List<String> asked, String by) {
        String marker = "round " + round + " of version " + returnedVersion + ":";
        boolean known = timeline.stream().anyMatch(e -> e.event.equals("returned") && e.detail != null
                && e.detail.startsWith(marker));
        if (known || returnedVersion != version || status != ApplicationStatus.SUBMITTED) {
            return;
        }
        // A new list, so the jsonb column is seen to change.
        List<Question> all = new ArrayList<>(questions);
        for (String text : asked) {
            all.add(new Question(all.size() + 1, version, text, by, Instant.now(), null, null, null));
        }
        questions = all;
        status = ApplicationStatus.RETURNED;
        note("returned", "round " + round + " of version " + version + ": " + asked.size()
                + " question(s) from the case officer");
    }

    void answer(int number, String text, String by) {
        require(status == ApplicationStatus.RETURNED, "questions are answered while the application is returned");
        Question question = questions.stream().filter(q -> q.number() == number && q.version() == version)
                .findFirst().orElseThrow(() -> new org.opendars.kit.problem.InvalidRequestException("answers",
                        "no question " + number + " was asked of version " + version));
        List<Question> updated = new ArrayList<>(questions);
        updated.set(updated.indexOf(question), question.answered(by, text));
        questions = updated;
    }

    /** An amendment, renewal or extension: a new version of the same application, starting from the approved form. */
    void startVersion(ApplicationKind newKind, String by, String reason) {
        require(newKind != ApplicationKind.NEW, "a new version is an amendment, a renewal or an extension");
        require(approvedVersion != null && !status.isFinal() && status.isAtLeast(ApplicationStatus.APPROVED),
                "only an approved application whose agreement is in force can be amended, renewed or extended");
        approvedStatus = status;
        version++;
        kind = newKind;
        status = ApplicationStatus.DRAFT;
        note("version-started", newKind.name().toLowerCase(java.util.Locale.ROOT) + " version " + version
                + " started by " + by + ": " + reason);
    }

    /** Whether a withdrawal now would withdraw only an amendment, renewal or extension not yet decided. */
    boolean isChangeUnderWay() {
        return approvedVersion != null && version > approvedVersion && approvedStatus != null;
    }

    void withdraw(String by, Optional<ApplicationForm> approvedForm) {
        // An amendment not yet decided is withdrawn alone; the agreement in force stays.
        if (isChangeUnderWay()) {
            approvedForm.ifPresent(this::restore);
            status = approvedStatus;
            approvedStatus = null;
            note("version-withdrawn", "version " + version + " withdrawn by " + by);
            return;
        }
        // At any stage: after approval, withdrawal ends the agreement, and with it every delivery already made.
        require(!status.isFinal(), "an application that was " + status + " cannot be withdrawn");
        status = ApplicationStatus.WITHDRAWN;
        note("withdrawn", "withdrawn by " + by);
    }

    void noteApproved(int approved, String agreementReference) {
        if (approved == version && (status == ApplicationStatus.SUBMITTED || status == ApplicationStatus.RETURNED)) {
            approvedVersion = approved;
            status = approved > 1 && approvedStatus != null ? approvedStatus : ApplicationStatus.APPROVED;
            approvedStatus = null;
        } else {
            advanceTo(ApplicationStatus.APPROVED);
            if (approvedVersion == null || approved > approvedVersion) {
                approvedVersion = approved;
            }
        }
        noteOnce("approved", "version " + approved + ": data sharing agreement " + agreementReference);
    }

    /** The agreement ended: the application is closed, unless it had already ended another way. */
    void noteAgreementEnded(String why) {
        noteOnce("agreement-ended", why);
        if (!status.isFinal()) {
            status = ApplicationStatus.CLOSED;
        }
    }

    /**
     * A rejected amendment leaves the agreement already in force alone: the application goes back to where it stood,
     * with the approved version's form. A rejected first version ends the application.
     */
    void noteRejected(int rejected, String reason, Optional<ApplicationForm> approvedForm) {
        if (approvedVersion != null && rejected > approvedVersion) {
            if (rejected == version && status == ApplicationStatus.SUBMITTED) {
                status = approvedStatus == null ? ApplicationStatus.APPROVED : approvedStatus;
                approvedStatus = null;
                approvedForm.ifPresent(this::restore);
            }
            noteOnce("version-rejected", "version " + rejected + ": " + reason);
            return;
        }
        advanceTo(ApplicationStatus.REJECTED);
        noteOnce("rejected", reason);
    }

    private void restore(ApplicationForm approved) {
        form = approved;
        title = approved.title();
        productType = approved.productType();
        cohortId = approved.cohortId();
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
