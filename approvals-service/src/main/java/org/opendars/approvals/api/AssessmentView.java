package org.opendars.approvals.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.opendars.approvals.AssessmentCase;
import org.opendars.approvals.CaseStatus;
import org.opendars.approvals.Quote;
import org.opendars.approvals.ServiceClock;

/**
 * What the applicant sees of the assessment of each version: where it is, the custodian's clock, the questions
 * asked, and the quote. The checks' findings, the reviewer's notes and the panel's deliberation stay with staff.
 */
public record AssessmentView(UUID applicationId, int applicationVersion, String kind, CaseStatus status,
        Instant receivedAt, ServiceClock.Reading clock, List<Round> returns, Quote quote, Instant decidedAt,
        String agreementReference) {

    public record Round(java.time.LocalDate returnedOn, java.time.LocalDate resubmittedOn, List<String> questions) {
    }

    static AssessmentView of(AssessmentCase c, ServiceClock.Reading clock) {
        List<Round> rounds = c.holds.stream().map(h -> new Round(h.from(), h.to(), h.questions())).toList();
        return new AssessmentView(c.applicationId, c.applicationVersion, c.kind, c.status, c.openedAt, clock, rounds,
                c.quote, c.decidedAt, c.agreementReference);
    }
}
