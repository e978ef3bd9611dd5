package org.opendars.approvals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import org.opendars.approvals.messaging.ApplicationApproved;
import org.opendars.approvals.messaging.ApplicationRejected;
import org.opendars.approvals.messaging.ApplicationResubmitted;
import org.opendars.approvals.messaging.ApplicationReturned;
import org.opendars.approvals.messaging.ApplicationSubmitted;
import org.opendars.kit.messaging.Outbox;

import io.quarkus.logging.Log;

@ApplicationScoped
public class CaseService {

    private final Outbox outbox;
    private final AgreementService agreements;
    private final Clock clock;
    private final AssessmentSettings settings;
    private final WorkingCalendar calendar = WorkingCalendar.england();

    CaseService(Outbox outbox, AgreementService agreements, Clock clock, AssessmentSettings settings) {
        this.outbox = outbox;
        this.agreements = agreements;
        this.clock = clock;
        this.settings = settings;
    }

    /** One case per application version: a redelivered submission finds its case already open. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void open(ApplicationSubmitted submitted) {
        if (AssessmentCase.forVersion(submitted.applicationId(), submitted.version()).isPresent()) {
            return;
        }
        AssessmentCase.open(submitted.applicationId(), submitted.version(), submitted.kind(), submitted.reference(),
                submitted.organisationId(), submitted.form(), submitted.facts(), submitted.cohortSize(),
                submitted.cohortId(), submitted.submittedBy(),
                findings(submitted.form(), submitted.facts(), submitted.kind(), submitted.cohortSize())).persist();
    }

    /** A resubmission resumes its case; a redelivered or out-of-date one changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void resume(ApplicationResubmitted resubmitted) {
        AssessmentCase assessment = AssessmentCase.forVersion(resubmitted.applicationId(), resubmitted.version())
                .orElseThrow(() -> new org.opendars.kit.messaging.UnknownAggregateException("resubmission of "
                        + resubmitted.applicationId() + " v" + resubmitted.version() + " before its submission"));
        boolean resumed = assessment.resume(resubmitted.submission(), resubmitted.form(), resubmitted.facts(),
                resubmitted.cohortSize(), findings(resubmitted.form(), resubmitted.facts(), assessment.kind,
                        resubmitted.cohortSize()), today());
        if (resumed) {
            Log.infof("case %s resumed: submission %d", assessment.id, resubmitted.submission());
        }
    }

    /**
     * The applicant withdrew: undecided cases close. Withdrawing a whole application also ends its agreement;
     * withdrawing only an amendment leaves the agreement in force.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void withdraw(UUID applicationId, int version, boolean versionOnly, String by) {
        AssessmentCase.ofApplication(applicationId).forEach(assessment -> {
            if ((!versionOnly || assessment.applicationVersion == version) && assessment.withdraw()) {
                Log.infof("case %s closed: application withdrawn", assessment.id);
            }
        });
        if (!versionOnly) {
            agreements.withdraw(applicationId, by);
        }
    }

    @Transactional
    public AssessmentCase returnForInformation(UUID caseId, String officer, List<String> questions) {
        AssessmentCase assessment = existing(caseId);
        assessment.returnForInformation(officer, questions, today());
        outbox.add(assessment.applicationId.toString(), ApplicationReturned.of(assessment, questions, officer));
        return assessment;
    }

    @Transactional
    public AssessmentCase review(UUID caseId, String officer, Verdict recommendation, String notes) {
        AssessmentCase assessment = existing(caseId);
        assessment.review(officer, recommendation, notes);
        return assessment;
    }

    public record OverrideRequest(CheckRule check, String reason) {
    }

    @Transactional
    public AssessmentCase decide(UUID caseId, String approver, Verdict decision, String reason,
            AgreementService.TermRequest term, List<OverrideRequest> overrides) {
        AssessmentCase assessment = existing(caseId);
        Instant now = clock.instant();
        List<AssessmentCase.Override> accepted = new ArrayList<>();
        for (OverrideRequest override : overrides) {
            accepted.add(new AssessmentCase.Override(override.check(), override.reason().strip(), approver, now));
        }
        PanelItem panel = PanelItem.latestConcluded(caseId).orElse(null);
        assessment.decide(approver, decision, reason, accepted, panel == null ? null : panel.recommendation);
        String key = assessment.applicationId.toString();
        if (decision == Verdict.APPROVE) {
            // The approval authorises nothing by itself: data moves once the agreement it issues is signed. A term
            // the policy refuses rolls the whole decision back.
            List<String> panelConditions = panel == null || panel.conditions == null ? List.of() : panel.conditions;
            assessment.issued(agreements.issue(assessment, term, panelConditions));
            outbox.add(key, ApplicationApproved.of(assessment));
        } else {
            boolean inForce = Agreement.ofApplication(assessment.applicationId).stream().anyMatch(Agreement::isOpen);
            outbox.add(key, ApplicationRejected.of(assessment, inForce));
        }
        return assessment;
    }

    public Quote quote(ApplicationForm form, String kind) {
        return Quote.of(form, kind, Price.inEffectOn(today()), today());
    }

    public ServiceClock.Reading clockOf(AssessmentCase assessment) {
        return assessment.clock(calendar, settings.targetWorkingDays(), today());
    }

    LocalDate today() {
        return ServiceClock.londonDate(clock.instant());
    }

    private AssessmentCase.Findings findings(ApplicationForm form, Submission facts, String kind, int cohortSize) {
        LocalDate today = today();
        ApplicationForm.PurposeCategory category = form.purpose() == null ? null : form.purpose().category();
        List<Check> checks = CheckRule.run(new CheckRule.Input(form, facts, cohortSize, today,
                agreements.maximumTermMonths(category)));
        return new AssessmentCase.Findings(checks, PanelReferral.reasons(form, facts),
                Quote.of(form, kind, Price.inEffectOn(today), today));
    }

    private AssessmentCase existing(UUID caseId) {
        return AssessmentCase.<AssessmentCase>findByIdOptional(caseId)
                .orElseThrow(() -> new NotFoundException("no case " + caseId));
    }
}
