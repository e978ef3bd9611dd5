package org.opendars.approvals;

import java.security.SecureRandom;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import org.opendars.approvals.messaging.ApplicationApproved;
import org.opendars.approvals.messaging.ApplicationRejected;
import org.opendars.approvals.messaging.ApplicationSubmitted;
import org.opendars.kit.messaging.Outbox;

import io.quarkus.logging.Log;

@ApplicationScoped
public class CaseService {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final Outbox outbox;
    private final EntityManager entityManager;
    private final SecureRandom random = new SecureRandom();

    CaseService(Outbox outbox, EntityManager entityManager) {
        this.outbox = outbox;
        this.entityManager = entityManager;
    }

    /** One case per application version: a redelivered submission finds its case already open. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void open(ApplicationSubmitted submitted) {
        if (AssessmentCase.forVersion(submitted.applicationId(), submitted.version()).isPresent()) {
            return;
        }
        AssessmentCase.open(submitted.applicationId(), submitted.version(), submitted.reference(),
                submitted.organisationId(), submitted.title(), submitted.purpose(), submitted.productType(),
                submitted.legalBasis(), submitted.datasets(), submitted.cohortSize(), submitted.cohortId()).persist();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void withdraw(UUID applicationId) {
        AssessmentCase.ofApplication(applicationId).forEach(assessment -> {
            if (assessment.withdraw()) {
                Log.infof("case %s closed: application withdrawn", assessment.id);
            }
        });
    }

    @Transactional
    public AssessmentCase review(UUID caseId, String officer, Verdict recommendation, String notes) {
        AssessmentCase assessment = existing(caseId);
        assessment.review(officer, recommendation, notes);
        return assessment;
    }

    @Transactional
    public AssessmentCase decide(UUID caseId, String approver, Verdict decision, String reason) {
        AssessmentCase assessment = existing(caseId);
        assessment.decide(approver, decision, reason, decision == Verdict.APPROVE ? nextAgreementReference() : null);
        String key = assessment.applicationId.toString();
        if (decision == Verdict.APPROVE) {
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

    /** NIC-style: a running number and a random check part, so references cannot be guessed from each other. */
    private String nextAgreementReference() {
        Number next = (Number) entityManager.createNativeQuery("select nextval('agreement_number_seq')")
                .getSingleResult();
        StringBuilder suffix = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            suffix.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return String.format("NIC-%06d-%s", next.longValue(), suffix);
    }
}
