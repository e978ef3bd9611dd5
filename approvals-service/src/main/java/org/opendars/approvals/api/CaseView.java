package org.opendars.approvals.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.opendars.approvals.ApplicationForm;
import org.opendars.approvals.AssessmentCase;
import org.opendars.approvals.CaseStatus;
import org.opendars.approvals.Check;
import org.opendars.approvals.LegalBasis;
import org.opendars.approvals.Quote;
import org.opendars.approvals.RequestedDataset;
import org.opendars.approvals.ServiceClock;
import org.opendars.approvals.Submission;
import org.opendars.approvals.Verdict;

/** The case as the custodian's staff work it: the form, the checks, the panel's need, the clock and the quote. */
public record CaseView(UUID id, UUID applicationId, int applicationVersion, String kind, int submissions,
        String reference, String organisationId, String title, String purpose, String productType,
        LegalBasis legalBasis, List<RequestedDataset> datasets, int cohortSize, ApplicationForm form,
        Submission facts, List<Check> checks, List<AssessmentCase.Override> overrides, boolean panelRequired,
        List<String> panelReasons, List<AssessmentCase.Hold> returns, ServiceClock.Reading clock, Quote quote,
        CaseStatus status, Instant openedAt, String reviewer, Verdict recommendation, String reviewNotes,
        String decidedBy, String decisionReason, Instant decidedAt, String agreementReference) {

    static CaseView of(AssessmentCase c, ServiceClock.Reading clock) {
        return new CaseView(c.id, c.applicationId, c.applicationVersion, c.kind, c.submissions, c.reference,
                c.organisationId, c.title, c.purpose, c.productType, c.legalBasis, c.datasets, c.cohortSize, c.form,
                c.facts, c.checks, c.overrides, !c.panelReasons.isEmpty(), c.panelReasons, c.holds, clock, c.quote,
                c.status, c.openedAt, c.reviewer, c.recommendation, c.reviewNotes, c.decidedBy, c.decisionReason,
                c.decidedAt, c.agreementReference);
    }
}
