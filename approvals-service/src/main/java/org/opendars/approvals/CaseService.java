package org.opendars.approvals;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import org.opendars.approvals.messaging.ApplicationApproved;
import org.opendars.approvals.messaging.ApplicationRejected;
import org.opendars.approvals.messaging.ApplicationSubmitted;
import org.opendars.kit.messaging.Outbox;

import io.quarkus.logging.Log;

@ApplicationScoped
public class CaseService {

    private final Outbox outbox;
    private final AgreementService agreements;

    CaseService(Outbox outbox, AgreementService agreements) {
        this.outbox = outbox;
        this.agreements = agreements;
    }

    /** One case per application version: a redelivered submission finds its case already open. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void open(ApplicationSubmitted submitted) {
        if (AssessmentCase.forVersion(submitted.applicationId(), submitted.version()).isPresent()) {
            return;
        }
        AssessmentCase.open(submitted.applicationId(), submitted.version(), submitted.reference(),
                submitted.organisationId(), submitted.title(), submitted.purpose(), submitted.productType(),
                submitted.legalBasis(), submitted.datasets(), submitted.cohortSize(), submitted.cohortId(), submitted.submittedBy()).persist();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void withdraw(UUID applicationId, String by) {
        AssessmentCase.ofApplication(applicationId).forEach(assessment -> {
            if (assessment.withdraw()) {
                Log.infof("case %s closed: application withdrawn", assessment.id);
            }
        });
        agreements.withdraw(applicationId, by);
    }

    @Transactional
    public AssessmentCase review(UUID caseId, String officer, Verdict recommendation, String notes) {
        AssessmentCase assessment = existing(caseId);
        assessment.review(officer, recommendation, notes);
        return assessment;
    }

    @Transactional
    public AssessmentCase decide(UUID caseId, String approver, Verdict decision, String reason,
            AgreementService.TermRequest term) {
        AssessmentCase assessment = existing(caseId);
        assessment.decide(approver, decision, reason);
        String key = assessment.applicationId.toString();
        if (decision == Verdict.APPROVE) {
            // The approval authorises nothing by itself: data moves once the agreement it issues is signed. A term
            // the policy refuses rolls the whole decision back.
            assessment.issued(agreements.issue(assessment, term));
            outbox.add(key, ApplicationApproved.of(assessment));
        } else {
            outbox.add(key, ApplicationRejected.of(assessment));
        }
        return assessment;
    }

    private AssessmentCase existing(UUID caseId) {
        return AssessmentCase.<AssessmentCase>findByIdOptional(caseId)
                .orElseThrow(() -> new NotFoundException("no case " + caseId));
    }
}
