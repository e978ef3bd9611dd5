package org.opendars.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which part of a financial year a release covers: a provisional month ({@code M01} is April, {@code M12} March) or
 * the annual refresh ({@code AR}) taken after the twelfth month, which closes the year.
 */
public record ReleasePeriod(int month) implements Comparable<ReleasePeriod> {

    public static final ReleasePeriod ANNUAL_REFRESH = new ReleasePeriod(13);

    private static final Pattern MONTH = Pattern.compile("M(0[1-9]|1[0-2])");

    public ReleasePeriod {
        if (month < 1 || month > 13) {
            throw new IllegalArgumentException("a release period is a month 1 to 12 or the annual refresh");
        }
    }

    /** {@code M01}..{@code M12} or {@code AR}; anything else is not a period. */
    public static ReleasePeriod parse(String text) {
        if ("AR".equals(text)) {
            return ANNUAL_REFRESH;
        }
        Matcher matcher = MONTH.matcher(text == null ? "" : text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("period must be M01 to M12 (April to March) or AR (annual refresh)");
        }
        return new ReleasePeriod(Integer.parseInt(matcher.group(1)));
    }

    public boolean isAnnualRefresh() {
        return month == 13;
    }

    @Override
    public int compareTo(ReleasePeriod other) {
        return Integer.compare(month, other.month);
    }

    @Override
    public String toString() {
        return isAnnualRefresh() ? "AR" : String.format("M%02d", month);
    }
}
