package org.opendars.linkage.engine.identifiers;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates of birth held as {@code yyyymmdd} integers (0 = none), which makes exact, partial and transposed
 * comparisons cheap enough to run on millions of pairs.
 */
public final class DatesOfBirth {

    /** HES does not accept dates of birth before this day. */
    public static final int EARLIEST = 18950101;

    private static final Pattern ISO = Pattern.compile("(\\d{4})-?(\\d{1,2})-?(\\d{1,2})");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final Pattern SLASHED_ISO = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})");

    private DatesOfBirth() {
    }

    /** Today is read once: a run should not change its mind about dates at midnight. */
    private static final LocalDate TODAY = LocalDate.now();

    public static Validated validate(String raw) {
        return validate(raw, TODAY);
    }

    /** Accepts {@code yyyy-mm-dd}, {@code yyyymmdd}, {@code yyyy/mm/dd} and UK {@code dd/mm/yyyy}. */
    public static Validated validate(String raw, LocalDate latest) {
        if (Validated.isBlank(raw)) {
            return Validated.missing();
        }
        String text = raw.trim();
        int[] ymd = parts(text);
        if (ymd == null) {
            return Validated.invalid("date of birth is not in a known format");
        }
        LocalDate date;
        try {
            date = LocalDate.of(ymd[0], ymd[1], ymd[2]);
        } catch (DateTimeException e) {
            return Validated.invalid("date of birth is not a calendar date");
        }
        if (toInt(date) < EARLIEST) {
            return Validated.invalid("date of birth is before 1895");
        }
        if (date.isAfter(latest)) {
            return Validated.invalid("date of birth is in the future");
        }
        return Validated.valid(date.toString());
    }

    private static int[] parts(String text) {
        Matcher m = ISO.matcher(text);
        if (m.matches() && (text.contains("-") || text.length() == 8)) {
            return ints(m.group(1), m.group(2), m.group(3));
        }
        m = SLASHED_ISO.matcher(text);
        if (m.matches()) {
            return ints(m.group(1), m.group(2), m.group(3));
        }
        m = DAY_FIRST.matcher(text);
        if (m.matches()) {
            return ints(m.group(3), m.group(2), m.group(1));
        }
        return null;
    }

    private static int[] ints(String y, String m, String d) {
        return new int[] {Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)};
    }

    public static int toInt(LocalDate date) {
        return date.getYear() * 10000 + date.getMonthValue() * 100 + date.getDayOfMonth();
    }

    /** {@code yyyy-mm-dd} (a validated value) to {@code yyyymmdd}; 0 for null. */
    public static int toInt(String validated) {
        if (validated == null) {
            return 0;
        }
        return Integer.parseInt(validated.substring(0, 4)) * 10000
                + Integer.parseInt(validated.substring(5, 7)) * 100
                + Integer.parseInt(validated.substring(8, 10));
    }

    public static int year(int ymd) {
        return ymd / 10000;
    }

    public static int month(int ymd) {
        return ymd / 100 % 100;
    }

    public static int day(int ymd) {
        return ymd % 100;
    }

    public static boolean isFirstOfJanuary(int ymd) {
        return ymd % 10000 == 101;
    }

    /** Same year, with day and month swapped (a common keying error); never true for equal dates. */
    public static boolean transposed(int a, int b) {
        return a != 0 && b != 0 && a != b && year(a) == year(b) && month(a) == day(b) && day(a) == month(b);
    }

    /** HES partial date of birth: any two of year, month and day agree, or the year agrees with day/month swapped. */
    public static boolean partialMatch(int a, int b) {
        if (a == 0 || b == 0) {
            return false;
        }
        int agreeing = (year(a) == year(b) ? 1 : 0) + (month(a) == month(b) ? 1 : 0) + (day(a) == day(b) ? 1 : 0);
        return agreeing >= 2 || transposed(a, b);
    }
}
