package org.opendars.extract;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** April to March, written {@code 2024-25} and stored by its first calendar year. */
public record FinancialYear(int startYear) {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})-(\\d{2})");

    public FinancialYear {
        if (startYear < 1989 || startYear > 2100) {
            throw new IllegalArgumentException("a financial year from 1989-90 (the first HES year) to 2100-01");
        }
    }

    public static FinancialYear parse(String text) {
        Matcher matcher = TEXT.matcher(text == null ? "" : text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("financialYear must look like 2024-25");
        }
        int start = Integer.parseInt(matcher.group(1));
        if ((start + 1) % 100 != Integer.parseInt(matcher.group(2))) {
            throw new IllegalArgumentException("financialYear " + text + " is not two consecutive years");
        }
        return new FinancialYear(start);
    }

    public static FinancialYear containing(LocalDate date) {
        return new FinancialYear(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, 4, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, 3, 31);
    }

    @Override
    public String toString() {
        return String.format("%d-%02d", startYear, (startYear + 1) % 100);
    }
}
