package org.opendars.releases;

/**
 * One release of a data set for a financial year: a provisional month (M01 = April to M12 = March) or the annual
 * refresh (AR), which comes after M12 and replaces the year's provisional data.
 */
public record Release(FinancialYear year, int month) {

    /** Releases are numbered 1..12 for the months and 13 for the annual refresh, so that order is arithmetic. */
    static final int ANNUAL_REFRESH = 13;

    public Release {
        if (month < 1 || month > ANNUAL_REFRESH) {
            throw new IllegalArgumentException("month must be 1 to 12: " + month);
        }
    }

    public static Release monthly(FinancialYear year, int month) {
        if (month > 12) {
            throw new IllegalArgumentException("month must be 1 to 12: " + month);
        }
        return new Release(year, month);
    }

    public static Release annualRefresh(FinancialYear year) {
        return new Release(year, ANNUAL_REFRESH);
    }

    public boolean isAnnualRefresh() {
        return month == ANNUAL_REFRESH;
    }

    /** Position among the year's releases: 1..12, then 13 for the annual refresh. */
    int index() {
        return month;
    }

    /** {@code M06} or {@code AR}, as extract-service takes it. */
    public String period() {
        return isAnnualRefresh() ? "AR" : (month < 10 ? "M0" : "M") + month;
    }

    /** {@code 2024-25-M06}. */
    public String id() {
        return year.label() + "-" + period();
    }

    public String fileName(Dataset dataset, int fileVersion) {
        return dataset.name() + "-" + id() + ".v" + fileVersion + ".csv";
    }

    @Override
    public String toString() {
        return id();
    }
}
