package org.opendars.releases;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * When each person dies. Each financial year from the census on, a person alive at its start dies in it with a
 * probability that doubles about every seven and a half years of age (about 1% of the population a year); the
 * draw for a year depends only on the person and the year, so every data set and release agrees on it.
 */
public final class Lifetimes {

    private static final int CENSUS_YEAR = Population.CENSUS.getYear();

    private static final Weighted<String> PLACES_UNDER_65 = places(50, 32, 3, 8, 7);
    private static final Weighted<String> PLACES_65_TO_84 = places(46, 28, 16, 6, 4);
    private static final Weighted<String> PLACES_85_AND_OVER = places(40, 18, 38, 2, 2);

    private static final Weighted<String> CAUSES_UNDER_45 = Weighted.<String>builder()
            .add("X42.X", 8).add("V89.2", 5).add("C71.9", 3).add("C50.9", 3).add("I42.9", 3).add("G40.9", 2)
            .add("K70.3", 3).add("I21.9", 3).add("C18.9", 2).add("J45.9", 1).add("W19.X", 1).add("R99.X", 2)
            .build();
    private static final Weighted<String> CAUSES_45_AND_OVER = Weighted.<String>builder()
            .add("F03.X", 11).add("I25.9", 10).add("C34.9", 6).add("J44.9", 5).add("I64.X", 5).add("G30.9", 4)
            .add("I21.9", 4).add("J18.9", 4).add("C18.9", 3).add("R54.X", 3).add("C61.X", 2.5).add("C50.9", 2)
            .add("C25.9", 2).add("C80.9", 2).add("I50.9", 2).add("A41.9", 1.5).add("W19.X", 1.5).add("K70.3", 1)
            .add("E11.9", 1).add("I48.9", 1).add("U07.1", 1).add("N18.5", 1).add("C16.9", 1).add("C56.X", 1)
            .build();
    private static final Weighted<String> CAUSES_IN_INFANCY = Weighted.<String>builder()
            .add("P07.3", 5).add("Q24.9", 3).add("P22.0", 2).add("R95.X", 1).build();

    private final long seed;

    public Lifetimes(long seed) {
        this.seed = seed;
    }

    /** The person's death in the year or in an earlier one since the census, or null if they live through it. */
    public Death deathBy(Person person, FinancialYear year) {
        for (int start = CENSUS_YEAR; start <= year.startYear(); start++) {
            Death death = deathIn(person, new FinancialYear(start));
            if (death != null) {
                return death;
            }
        }
        return null;
    }

    private Death deathIn(Person person, FinancialYear year) {
        SplittableRandom random = Streams.of(seed, Streams.DEATH, person.number(), year.startYear());
        int age = person.ageOn(year.start());
        if (random.nextDouble() >= probabilityOfDeath(age)) {
            return null;
        }
        LocalDate date = year.start().plusDays(random.nextInt(year.days()));
        String place = (age < 65 ? PLACES_UNDER_65 : age < 85 ? PLACES_65_TO_84 : PLACES_85_AND_OVER).draw(random);
        String cause = causesFor(age).draw(random);
        // Most deaths are registered within five days; the law allows five, and a few take longer.
        LocalDate registered = date.plusDays(1 + random.nextInt(10));
        return new Death(date, place, cause, registered);
    }

    static double probabilityOfDeath(int age) {
        if (age < 1) {
            return 0.004;
        }
        return Math.min(0.6, Math.max(0.0003, 0.008 * Math.exp(0.0924 * (age - 60))));
    }

    static Weighted<String> causesFor(int age) {
        return age < 1 ? CAUSES_IN_INFANCY : age < 45 ? CAUSES_UNDER_45 : CAUSES_45_AND_OVER;
    }

    private static Weighted<String> places(double hospital, double home, double careHome, double hospice,
            double other) {
        return Weighted.<String>builder().add(Death.HOSPITAL, hospital).add("Home", home).add("Care home", careHome)
                .add("Hospice", hospice).add("Other", other).build();
    }
}
