package org.opendars.releases;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.SplittableRandom;

/**
 * How often a record's identifiers are wrong, each a probability per record. The defaults are of the order
 * seen in hospital episode data: NHS numbers are missing from about 2% of records and postcodes date from a
 * previous address in about 3% (the person moved and the provider's record is behind); transcription errors in
 * dates of birth and check digits are rarer.
 *
 * @param nhsNumberMissing       no NHS number
 * @param nhsNumberCheckDigit    an NHS number whose last digit fails the modulus 11 check
 * @param dateOfBirthTransposed  day and month swapped, of records whose swapped date is a different valid date
 *                               not after the activity (day 1 to 12 and not equal to the month)
 * @param dateOfBirthDigit       one digit of the date of birth wrong, still a valid date
 * @param previousPostcode       the postcode of the person's previous address
 * @param postcodeMissing        no postcode
 * @param sexMissing             sex not known (9) or missing, half each
 */
public record IdentifierErrors(double nhsNumberMissing, double nhsNumberCheckDigit, double dateOfBirthTransposed,
        double dateOfBirthDigit, double previousPostcode, double postcodeMissing, double sexMissing) {

    public static final IdentifierErrors DEFAULTS = new IdentifierErrors(0.02, 0.003, 0.003, 0.003, 0.03, 0.01,
            0.005);

    public static final IdentifierErrors NONE = new IdentifierErrors(0, 0, 0, 0, 0, 0, 0);

    public IdentifierErrors {
        for (double rate : new double[] {nhsNumberMissing, nhsNumberCheckDigit, dateOfBirthTransposed,
                dateOfBirthDigit, previousPostcode, postcodeMissing, sexMissing}) {
            if (!(rate >= 0 && rate <= 1)) {
                throw new IllegalArgumentException("error rates are probabilities from 0 to 1: " + rate);
            }
        }
        // The NHS number errors exclude each other, and so do the postcode errors.
        if (nhsNumberMissing + nhsNumberCheckDigit > 1 || previousPostcode + postcodeMissing > 1) {
            throw new IllegalArgumentException("the NHS number (or postcode) error rates add up to more than 1");
        }
    }

    /**
     * The identifiers of one of the person's records of activity on {@code on}. Every field takes the same number
     * of draws whatever happens, so a change of one rate leaves the other fields' errors where they were.
     */
    RecordedIdentifiers record(Person person, LocalDate on, SplittableRandom random) {
        EnumSet<IdentifierError> errors = EnumSet.noneOf(IdentifierError.class);

        double nhsDraw = random.nextDouble();
        int nhsDetail = random.nextInt(9);
        String nhsNumber = person.nhsNumber();
        if (nhsDraw < nhsNumberMissing) {
            nhsNumber = "";
            errors.add(IdentifierError.NHS_NUMBER_MISSING);
        } else if (nhsDraw < nhsNumberMissing + nhsNumberCheckDigit) {
            nhsNumber = NhsNumbers.withWrongCheckDigit(nhsNumber, nhsDetail);
            errors.add(IdentifierError.NHS_NUMBER_CHECK_DIGIT);
        }

        double transposedDraw = random.nextDouble();
        double digitDraw = random.nextDouble();
        long dateDetail = random.nextLong();
        LocalDate dateOfBirth = person.dateOfBirth();
        if (transposable(dateOfBirth, on) && transposedDraw < dateOfBirthTransposed) {
            dateOfBirth = transposed(dateOfBirth);
            errors.add(IdentifierError.DATE_OF_BIRTH_TRANSPOSED);
        } else if (digitDraw < dateOfBirthDigit) {
            LocalDate wrong = withWrongDigit(dateOfBirth, on, new SplittableRandom(dateDetail));
            if (wrong != null) {
                dateOfBirth = wrong;
                errors.add(IdentifierError.DATE_OF_BIRTH_DIGIT);
            }
        }

        double postcodeDraw = random.nextDouble();
        String postcode = person.postcode();
        String residence = person.place().localAuthority();
        if (postcodeDraw < postcodeMissing) {
            postcode = "";
            residence = "";
            errors.add(IdentifierError.POSTCODE_MISSING);
        } else if (postcodeDraw < postcodeMissing + previousPostcode) {
            postcode = person.previousPostcode();
            residence = person.previousPlace().localAuthority();
            errors.add(IdentifierError.POSTCODE_PREVIOUS);
        }

        double sexDraw = random.nextDouble();
        boolean sexNotKnown = random.nextBoolean();
        String sex = person.sex();
        if (sexDraw < sexMissing) {
            String recorded = sexNotKnown ? "9" : "";
            if (!recorded.equals(sex)) {
                sex = recorded;
                errors.add(IdentifierError.SEX_MISSING);
            }
        }
        return new RecordedIdentifiers(nhsNumber, dateOfBirth, sex, postcode, residence, errors);
    }

    /** Whether swapping day and month gives another valid date of birth that is not after {@code on}. */
    static boolean transposable(LocalDate dateOfBirth, LocalDate on) {
        return dateOfBirth.getDayOfMonth() <= 12 && dateOfBirth.getDayOfMonth() != dateOfBirth.getMonthValue()
                && !transposed(dateOfBirth).isAfter(on);
    }

    private static LocalDate transposed(LocalDate date) {
        return LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue());
    }

    /** The date with one digit of {@code YYYYMMDD} replaced, still a valid date of birth by {@code on}; or null. */
    private static LocalDate withWrongDigit(LocalDate date, LocalDate on, SplittableRandom random) {
        String digits = String.format("%04d%02d%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
        for (int attempt = 0; attempt < 40; attempt++) {
            int position = random.nextInt(8);
            char digit = (char) ('0' + (digits.charAt(position) - '0' + 1 + random.nextInt(9)) % 10);
            String changed = digits.substring(0, position) + digit + digits.substring(position + 1);
            try {
                LocalDate wrong = LocalDate.of(Integer.parseInt(changed.substring(0, 4)),
                        Integer.parseInt(changed.substring(4, 6)), Integer.parseInt(changed.substring(6, 8)));
                if (!wrong.isAfter(on) && wrong.getYear() >= on.getYear() - 120) {
                    return wrong;
                }
            } catch (DateTimeException invalid) {
                // try another digit
            }
        }
        return null;
    }
}
