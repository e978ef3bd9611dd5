package org.opendars.approvals.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.opendars.approvals.AssessmentCase;
import org.opendars.approvals.CaseStatus;
import org.opendars.approvals.Check;
import org.opendars.approvals.LegalBasis;
import org.opendars.approvals.RequestedDataset;
import org.opendars.approvals.Verdict;

public record CaseView(UUID id, UUID applicationId, int applicationVersion, String reference, String organisationId,
        String title, String purpose, String productType, LegalBasis legalBasis, List<RequestedDataset> datasets,
        int cohortSize, List<Check> checks, CaseStatus status, Instant openedAt, String reviewer,
        Verdict recommendation, String reviewNotes, String decidedBy, String decisionReason, Instant decidedAt,
        String agreementReference) {

    static CaseView of(AssessmentCase c) {
        return new CaseView(c.id, c.applicationId, c.applicationVersion, c.reference, c.organisationId, c.title,
                c.purpose, c.productType, c.legalBasis, c.datasets, c.cohortSize, c.checks, c.status, c.openedAt,
                c.reviewer, c.recommendation, c.reviewNotes, c.decidedBy, c.decisionReason, c.decidedAt,
                c.agreementReference);
    }
}
