package org.opendars.approvals;

import java.time.LocalDate;

import org.opendars.kit.problem.InvalidRequestException;

/**
 * Data sharing standard 1: an agreement starts within a year of issue and runs no longer than its purpose allows.
 * The standard's own table was not available beyond the consented cohort's 15 years, so the maxima per purpose
 * category are the custodian's settings.
 */
final class TermPolicy {

    private final AgreementSettings settings;

    TermPolicy(AgreementSettings settings) {
        this.settings = settings;
    }

    int maximumMonths(ApplicationForm.PurposeCategory category) {
        if (category == null) {
            return settings.maxTermMonths();
        }
        return switch (category) {
            case CONSENTED_COHORT_RESEARCH -> settings.consentedCohortMaxTermMonths();
            case CLINICAL_TRIAL -> settings.clinicalTrialMaxTermMonths();
            case SERVICE_EVALUATION -> settings.serviceEvaluationMaxTermMonths();
            case RESEARCH, COMMISSIONING, PUBLIC_HEALTH, OTHER -> settings.maxTermMonths();
        };
    }

    /** The term asked for, checked; a missing start is today and a missing length the maximum. */
    Term term(ApplicationForm.PurposeCategory purpose, LocalDate today, LocalDate requestedStart, Integer requestedMonths) {
        int maximum = maximumMonths(purpose);
        LocalDate start = requestedStart == null ? today : requestedStart;
        if (start.isBefore(today)) {
            throw new InvalidRequestException("startDate", "an agreement cannot start in the past");
        }
        if (start.isAfter(today.plusMonths(settings.maxStartDelayMonths()))) {
            throw new InvalidRequestException("startDate", "an agreement must start within "
                    + settings.maxStartDelayMonths() + " months of its issue");
        }
        int months = requestedMonths == null ? maximum : requestedMonths;
        if (months < 1 || months > maximum) {
            throw new InvalidRequestException("termMonths", "the term must be 1 to " + maximum
                    + " months for this purpose");
        }
        return new Term(start, start.plusMonths(months));
    }

    /** A later end for the same agreement, still within the maximum counted from {@code start}. */
    LocalDate laterEnd(ApplicationForm.PurposeCategory purpose, LocalDate start, LocalDate currentEnd, LocalDate requestedEnd) {
        if (requestedEnd == null || !requestedEnd.isAfter(currentEnd)) {
            throw new InvalidRequestException("endDate", "the new end date must be after " + currentEnd);
        }
        int maximum = maximumMonths(purpose);
        if (requestedEnd.isAfter(start.plusMonths(maximum))) {
            throw new InvalidRequestException("endDate", "the term from " + start + " may not exceed " + maximum
                    + " months for this purpose");
        }
        return requestedEnd;
    }

    record Term(LocalDate start, LocalDate end) {
    }
}
