package org.opendars.approvals;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Working days in England: every day but Saturday, Sunday and the bank holidays of England and Wales.
 *
 * <p>The bank holidays come from {@code bank-holidays-england.csv} on the classpath: gov.uk bank holidays for
 * England and Wales; years after the published list are computed by the usual rules (substitute days for holidays
 * falling at a weekend, Easter by the Gregorian computus). One-off holidays are announced a year or so ahead, so
 * the table has to be extended by hand when one is.
 *
 * <p>Days outside the table, after {@link #coveredUntil()} (or before its first year), count only weekends as
 * non-working. Stopping the service clock there would be worse than counting a bank holiday or two as working days,
 * and an operational check can warn well before the end from {@link #coveredUntil()}.
 */
public final class WorkingCalendar {

    private static final String ENGLAND = "/bank-holidays-england.csv";

    private final Set<LocalDate> bankHolidays;
    private final LocalDate coveredUntil;

    private WorkingCalendar(Set<LocalDate> bankHolidays) {
        if (bankHolidays.isEmpty()) {
            throw new IllegalStateException("the bank holiday table is empty");
        }
        this.bankHolidays = Collections.unmodifiableSet(bankHolidays);
        int lastYear = bankHolidays.stream().mapToInt(LocalDate::getYear).max().getAsInt();
        this.coveredUntil = LocalDate.of(lastYear, 12, 31);
    }

    /** England's calendar, read from the classpath on first use and shared after that. */
    public static WorkingCalendar england() {
        return England.CALENDAR;
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !bankHolidays.contains(day);
    }

    /** The number of working days d with {@code from < d <= to}; none when {@code to} is not after {@code from}. */
    public int workingDaysAfter(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The day that is {@code days} working days after {@code from}: always a working day, unless {@code days} is 0,
     * which gives {@code from} itself.
     */
    public LocalDate plusWorkingDays(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("cannot count " + days + " working days forward");
        }
        LocalDate day = from;
        for (int left = days; left > 0; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** The last day of the last year in the bank holiday table. */
    public LocalDate coveredUntil() {
        return coveredUntil;
    }

    private static WorkingCalendar read(String resource) {
        InputStream in = WorkingCalendar.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("no bank holiday table " + resource + " on the classpath");
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        Set<LocalDate> days = new HashSet<>();
        try (Reader reader = new InputStreamReader(in, UTF_8); CSVParser rows = format.parse(reader)) {
            for (CSVRecord row : rows) {
                try {
                    days.add(LocalDate.parse(Objects.requireNonNull(row.get("date"))));
                } catch (DateTimeParseException | IllegalArgumentException e) {
                    throw new IllegalStateException(resource + " line " + row.getRecordNumber()
                            + " has no ISO date: " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new WorkingCalendar(days);
    }

    // Loaded by the class loader on the first call to england(), so a broken table fails that call, loudly.
    private static final class England {
        static final WorkingCalendar CALENDAR = read(ENGLAND);
    }
}
