package org.opendars.releases;

import java.time.LocalDate;

/** The days of a financial year in which a person can have activity: born, and not yet dead. */
record Span(LocalDate from, LocalDate to) {

    /**
     * The person's days in the year, up to the day before their death; null when there are none. Only an
     * admission can end on the day of death, and the admitted patient care generator sees to that itself.
     */
    static Span of(Person person, Death death, FinancialYear year) {
        LocalDate from = Counts.later(year.start(), person.dateOfBirth());
        LocalDate to = death == null ? year.end() : Counts.earlier(year.end(), death.date().minusDays(1));
        return to.isBefore(from) ? null : new Span(from, to);
    }
}
