package org.opendars.linkage.engine.synthetic;

import java.time.YearMonth;
import java.util.SplittableRandom;
import org.opendars.linkage.engine.PersonRecord;
import org.opendars.linkage.engine.identifiers.NhsNumbers;

/**
 * Clean synthetic persons, reproducible from a seed: unique valid NHS numbers, names drawn by frequency,
 * dates of birth 1925-2024, sex codes 1/2, households of a dozen people per postcode, and about 1 % twins
 * (same date of birth, family name, postcode and address as the previous person).
 */
public final class PersonGenerator {

    /** Numbers are handed out as pairs (2j, 2j+1) below this count; at most one of a pair has no check digit. */
    private static final long NUMBER_PAIRS = 199_999_999L;
    private static final long STRIDE = 1_000_003L;
    private static final double TWIN_RATE = 0.01;
    private static final int PERSONS_PER_POSTCODE = 12;

    private final NameTables names;
    private final SplittableRandom random;
    private final long offset;
    private final int postcodes;
    private SyntheticPerson previous;

    public PersonGenerator(NameTables names, long seed, int persons) {
        this.names = names;
        this.random = new SplittableRandom(seed);
        this.offset = Math.floorMod(seed * 7_919L, NUMBER_PAIRS);
        this.postcodes = Math.max(1, persons / PERSONS_PER_POSTCODE);
    }

    /** The i-th person (call with i = 0, 1, 2, ... in order). */
    public SyntheticPerson next(int i) {
        String nhs = nhsNumber(i);
        String id = "P" + i;
        String sex = random.nextBoolean() ? "1" : "2";
        String given = names.given().draw(random);
        if (previous != null && random.nextDouble() < TWIN_RATE) {
            PersonRecord twin = previous.record();
            previous = new SyntheticPerson(new PersonRecord(id, nhs, twin.dateOfBirth(), sex, twin.postcode(),
                    differentGiven(twin.givenName()), twin.familyName(), twin.address()), id);
            return previous;
        }
        int household = random.nextInt(postcodes);
        SplittableRandom place = new SplittableRandom(household * 31L + offset);
        String postcode = Places.postcode(place);
        String address = Places.address(random, Places.street(place));
        previous = new SyntheticPerson(new PersonRecord(id, nhs, dateOfBirth(), sex, postcode, given,
                names.family().draw(random), address), id);
        return previous;
    }

    private String differentGiven(String twinGiven) {
        String given = names.given().draw(random);
        for (int attempt = 0; attempt < 10 && given.equals(twinGiven); attempt++) {
            given = names.given().draw(random);
        }
        return given;
    }

    private String dateOfBirth() {
        int year = 1925 + random.nextInt(100);
        int month = 1 + random.nextInt(12);
        int day = 1 + random.nextInt(YearMonth.of(year, month).lengthOfMonth());
        return String.format("%04d-%02d-%02d", year, month, day);
    }

    /** Distinct for distinct i: a permutation of pair indices, then whichever of the pair has a check digit. */
    String nhsNumber(long i) {
        long pair = Math.floorMod(i * STRIDE + offset, NUMBER_PAIRS);
        long first = 400_000_000L + 2 * pair;
        for (long nine = first; nine <= first + 1; nine++) {
            int check = NhsNumbers.checkDigit(Long.toString(nine));
            if (check >= 0) {
                return Long.toString(nine) + check;
            }
        }
        throw new IllegalStateException("no valid NHS number for pair " + pair);
    }
}
