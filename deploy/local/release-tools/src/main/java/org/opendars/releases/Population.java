package org.opendars.releases;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * The synthetic population: persons numbered from 1, each drawn from its own stream of the seed, so that person
 * 7 has the same identifiers in every data set, release and population size.
 *
 * <p>The population is the persons alive on {@link #CENSUS}. Later years age it and thin it by death; nobody is
 * born into it or moves in. In years before the census nobody of it dies, and nobody has activity before birth.
 */
public final class Population {

    public static final LocalDate CENSUS = LocalDate.of(2024, 4, 1);

    /** NHS numbers are drawn from a range of 10^7 first-eight-digit prefixes, one per person. */
    public static final int MAX_PERSONS = 9_999_999;

    /** Share of the population in each five-year band from 0-4 to 95-100, close to England's. */
    private static final double[] AGE_BANDS = {5.6, 6.0, 6.2, 5.8, 6.2, 6.6, 7.0, 6.8, 6.4, 6.3, 6.8, 6.8, 6.0,
            5.1, 4.9, 3.9, 2.5, 1.5, 0.7, 0.2};

    private static final Weighted<Integer> BANDS;

    static {
        Weighted.Builder<Integer> bands = Weighted.builder();
        for (int band = 0; band < AGE_BANDS.length; band++) {
            bands.add(band, AGE_BANDS[band]);
        }
        BANDS = bands.build();
    }

    private static final long NHS_PREFIXES = 10_000_000L;

    private final long seed;
    private final Permutation nhsPrefixes;

    public Population(long seed) {
        this.seed = seed;
        this.nhsPrefixes = new Permutation(Streams.hash(seed, Streams.IDENTITY, -1), NHS_PREFIXES);
    }

    public Person person(int number) {
        if (number < 1 || number > MAX_PERSONS) {
            throw new IllegalArgumentException("person numbers run from 1 to " + MAX_PERSONS + ": " + number);
        }
        SplittableRandom random = Streams.of(seed, Streams.IDENTITY, number);
        String nhsNumber = nhsNumber(number, random);
        int band = BANDS.draw(random);
        int age = band * 5 + random.nextInt(band == AGE_BANDS.length - 1 ? 6 : 5);
        LocalDate dateOfBirth = CENSUS.minusYears(age).minusDays(1 + random.nextInt(365));
        double s = random.nextDouble();
        String sex = s < 0.0005 ? "9" : s < 0.4945 ? "1" : "2";
        Places.Place place = Places.draw(random);
        String postcode = Places.postcodeIn(place, random);
        // Most moves are within the district.
        Places.Place previousPlace = random.nextDouble() < 0.6 ? place : Places.draw(random);
        String previousPostcode = Places.postcodeIn(previousPlace, random);
        if (previousPostcode.equals(postcode)) {
            previousPlace = Places.all().get((Places.all().indexOf(place) + 1) % Places.all().size());
            previousPostcode = Places.postcodeIn(previousPlace, random);
        }
        return new Person(number, nhsNumber, dateOfBirth, sex, postcode, place, previousPostcode, previousPlace);
    }

    /**
     * A valid NHS number unique to the person: 9, then seven digits that shuffle the person number, then a ninth
     * digit that makes a check digit possible. Numbers starting with 9 are outside the ranges issued to patients
     * (400-499 and 600-799 million in England, Wales and the Isle of Man, 320-399 million in Northern Ireland).
     */
    private String nhsNumber(int number, SplittableRandom random) {
        long prefix = nhsPrefixes.apply(number);
        StringBuilder digits = new StringBuilder(10).append('9');
        String seven = Long.toString(prefix);
        digits.append("0".repeat(7 - seven.length())).append(seven).append('0');
        int ninth = random.nextInt(10);
        for (int attempt = 0; attempt < 10; attempt++) {
            digits.setCharAt(8, (char) ('0' + (ninth + attempt) % 10));
            int check = NhsNumbers.checkDigit(digits);
            if (check != NhsNumbers.NO_CHECK_DIGIT) {
                String candidate = digits.toString() + check;
                if (!NhsNumbers.allSameDigit(candidate)) {
                    return candidate;
                }
            }
        }
        throw new IllegalStateException("no check digit for " + digits);
    }
}
