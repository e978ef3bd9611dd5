package org.opendars.releases;

import picocli.CommandLine.Option;

/** Which release of the financial year: a provisional month or the annual refresh, exactly one. */
final class PeriodOptions {

    @Option(names = "--month", required = true, paramLabel = "M",
            description = "provisional monthly release, 1 (April) to 12 (March); cumulative for the year to date")
    Integer month;

    @Option(names = "--annual-refresh", required = true,
            description = "the annual refresh, which covers the whole year and replaces its monthly releases")
    boolean annualRefresh;

    Release release(FinancialYear year) {
        return annualRefresh ? Release.annualRefresh(year) : Release.monthly(year, month);
    }
}
