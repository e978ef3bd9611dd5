package org.opendars.linkage.engine.synthetic;

import java.time.LocalDate;
import java.util.SplittableRandom;

/** Dates written as FEBRL writes them ({@code yyyymmdd}), and the errors made when keying them. */
final class Dates {

    private Dates() {
    }

    static String yyyymmdd(LocalDate date) {
        int value = date.getYear() * 10_000 + date.getMonthValue() * 100 + date.getDayOfMonth();
        return Integer.toString(value);
    }

    /** Only where the day could be read as a month, so that the result is still a calendar date. */
    static String swapDayAndMonth(String date) {
        if (!isYyyymmdd(date)) {
            return null;
        }
        String month = date.substring(4, 6);
        String day = date.substring(6, 8);
        int dayValue = Integer.parseInt(day);
        return dayValue < 1 || dayValue > 12 || day.equals(month) ? null : date.substring(0, 4) + day + month;
    }

    /** One digit of the decade, year, month or day one up or down (the century is left alone). */
    static String digitOffByOne(String date, SplittableRandom random) {
        if (!isYyyymmdd(date)) {
            return null;
        }
        char[] chars = date.toCharArray();
        int at = 2 + random.nextInt(6);
        int digit = chars[at] - '0';
        digit = digit == 0 ? 1 : digit == 9 ? 8 : digit + (random.nextBoolean() ? 1 : -1);
        chars[at] = (char) ('0' + digit);
        return new String(chars);
    }

    private static boolean isYyyymmdd(String date) {
        if (date.length() != 8) {
            return false;
        }
        for (int i = 0; i < 8; i++) {
            if (!Character.isDigit(date.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
