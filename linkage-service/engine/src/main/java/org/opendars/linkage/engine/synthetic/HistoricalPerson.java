package org.opendars.linkage.engine.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** The truth about one person of the historical-style data; every record of the person is a view of it. */
record HistoricalPerson(boolean male, String first, String middle, String surname, LocalDate dob,
        String birthPlace, String[] postcodes, String occupation) {

    /** Born 1900-1995, so that the dates fall in the range the engine accepts as dates of birth. */
    private static final long FIRST_BIRTH = LocalDate.of(1900, 1, 1).toEpochDay();
    private static final long END_OF_BIRTHS = LocalDate.of(1996, 1, 1).toEpochDay();
    private static final WeightedValues MALE = zipf(HistoricalNames.MALE);
    private static final WeightedValues FEMALE = zipf(HistoricalNames.FEMALE);
    private static final WeightedValues SURNAMES = zipf(HistoricalNames.SURNAMES);
    private static final WeightedValues PLACES = zipf(HistoricalNames.PLACES);
    private static final WeightedValues OCCUPATIONS = zipf(HistoricalNames.OCCUPATIONS);

    static HistoricalPerson draw(SplittableRandom random) {
        boolean male = random.nextBoolean();
        WeightedValues names = male ? MALE : FEMALE;
        String first = names.draw(random);
        String middle = random.nextDouble() < 0.45 ? names.draw(random) : null;
        if (first.equals(middle)) {
            middle = null;
        }
        // Addresses over a lifetime: most records are from one or two of them.
        String[] postcodes = new String[1 + random.nextInt(4)];
        for (int i = 0; i < postcodes.length; i++) {
            postcodes[i] = Places.postcode(random);
        }
        return new HistoricalPerson(male, first, middle, SURNAMES.draw(random),
                LocalDate.ofEpochDay(random.nextLong(FIRST_BIRTH, END_OF_BIRTHS)), PLACES.draw(random), postcodes,
                OCCUPATIONS.draw(random));
    }

    static String otherOccupation(SplittableRandom random) {
        return OCCUPATIONS.draw(random);
    }

    private static WeightedValues zipf(String[] values) {
        List<Double> weights = new ArrayList<>();
        for (int rank = 1; rank <= values.length; rank++) {
            weights.add(1.0 / Math.sqrt(rank));
        }
        return new WeightedValues(List.of(values), weights);
    }
}
