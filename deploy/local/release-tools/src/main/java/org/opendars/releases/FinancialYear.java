package org.opendars.releases;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An NHS financial year, 1 April to 31 March, written {@code 2024-25}. */
public record FinancialYear(int startYear) {

    private static final Pattern LABEL = Pattern.compile("(\\d{4})-(\\d{2})");

    public FinancialYear {
        // Two-digit end years and the twelve-digit record keys both assume this century.
        if (startYear < 2000 || startYear > 2098) {
            throw new IllegalArgumentException("financial year must start between 2000 and 2098: " + startYear);
        }
    }

    public static FinancialYear parse(String label) {
        Matcher m = LABEL.matcher(label == null ? "" : label.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("financial year must look like 2024-25: " + label);
        }
        int start = Integer.parseInt(m.group(1));
        if (Integer.parseInt(m.group(2)) != (start + 1) % 100) {
            throw new IllegalArgumentException("a financial year ends the year after it starts: " + label);
        }
        return new FinancialYear(start);
    }

    public LocalDate start() {
        return LocalDate.of(startYear, 4, 1);
    }

    public LocalDate end() {
        return LocalDate.of(startYear + 1, 3, 31);
    }

    public int days() {
        return (int) ChronoUnit.DAYS.between(start(), end()) + 1;
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    /** Month of the year, 1 for April to 12 for March. */
    public int monthOf(LocalDate date) {
        if (!contains(date)) {
            throw new IllegalArgumentException(date + " is not in " + label());
        }
        return (date.getMonthValue() + 8) % 12 + 1;
    }

    /** Last day of the year's month {@code month} (1 = April). */
    public LocalDate endOfMonth(int month) {
        return start().plusMonths(month).minusDays(1);
    }

    public FinancialYear previous() {
        return new FinancialYear(startYear - 1);
    }

    public String label() {
        return startYear + "-" + twoDigits((startYear + 1) % 100);
    }

    /** {@code 2425}, as record identifiers carry it. */
    public String compact() {
        return twoDigits(startYear % 100) + twoDigits((startYear + 1) % 100);
    }

    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    @Override
    public String toString() {
        return label();
    }
}
