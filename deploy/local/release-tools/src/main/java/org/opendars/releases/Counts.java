package org.opendars.releases;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

/** Small draws the activity generators share. */
final class Counts {

    private Counts() {
    }

    /** A Poisson count of mean {@code mean}, at most {@code max}. */
    static int poisson(double mean, int max, SplittableRandom random) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit && count < max) {
            count++;
            product *= random.nextDouble();
        }
        return count;
    }

    /** A day from {@code from} to {@code to}, both included. */
    static LocalDate dayBetween(LocalDate from, LocalDate to, SplittableRandom random) {
        return from.plusDays(random.nextLong(ChronoUnit.DAYS.between(from, to) + 1));
    }

    /** {@code count} days between the two, drawn in turn and then put in order: one person's activity in a year. */
    static LocalDate[] sortedDaysBetween(LocalDate from, LocalDate to, int count, SplittableRandom random) {
        LocalDate[] days = new LocalDate[count];
        for (int i = 0; i < count; i++) {
            days[i] = dayBetween(from, to, random);
        }
        java.util.Arrays.sort(days);
        return days;
    }

    /** Days, at least 0, geometrically distributed with the given mean. */
    static int geometric(double mean, SplittableRandom random) {
        if (mean <= 0) {
            return 0;
        }
        double p = 1 / (1 + mean);
        return (int) Math.min(365, Math.floor(Math.log(1 - random.nextDouble()) / Math.log(1 - p)));
    }

    static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
