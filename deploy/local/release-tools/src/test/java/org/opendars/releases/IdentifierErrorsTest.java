package org.opendars.releases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdentifierErrorsTest {

    /** Outpatient appointments of 12,000 persons: about 21,000 records. */
    private static final List<GeneratedRecord> RECORDS = Releases.of(Dataset.HES_OP, Releases.annualRefresh(),
            12_000);

    private final Population population = new Population(Releases.SEED);

    @Test
    void every_nhs_number_not_marked_erroneous_passes_modulus_11() {
        for (Dataset dataset : Dataset.values()) {
            for (GeneratedRecord record : Releases.of(dataset, Releases.annualRefresh(), 10_000)) {
                String nhsNumber = record.value(dataset, "nhs_number");
                Set<IdentifierError> errors = record.identifiers().errors();
                if (errors.contains(IdentifierError.NHS_NUMBER_MISSING)) {
                    assertThat(nhsNumber).isEmpty();
                } else if (errors.contains(IdentifierError.NHS_NUMBER_CHECK_DIGIT)) {
                    assertThat(nhsNumber).hasSize(10);
                    assertThat(NhsNumbers.isValid(nhsNumber)).as(nhsNumber).isFalse();
                } else {
                    assertThat(NhsNumbers.isValid(nhsNumber)).as(dataset + " " + nhsNumber).isTrue();
                }
            }
        }
    }

    @Test
    void error_rates_are_within_tolerance_of_the_configured_rates() {
        assertThat(RECORDS).hasSizeGreaterThan(20_000);
        IdentifierErrors rates = IdentifierErrors.DEFAULTS;
        Map<IdentifierError, Integer> counts = new EnumMap<>(IdentifierError.class);
        int transposable = 0;
        for (GeneratedRecord record : RECORDS) {
            for (IdentifierError error : record.identifiers().errors()) {
                counts.merge(error, 1, Integer::sum);
            }
            Person person = population.person(record.person());
            if (IdentifierErrors.transposable(person.dateOfBirth(), record.activityDate())) {
                transposable++;
            }
        }
        int n = RECORDS.size();
        assertWithinTolerance(counts, IdentifierError.NHS_NUMBER_MISSING, n, rates.nhsNumberMissing());
        assertWithinTolerance(counts, IdentifierError.NHS_NUMBER_CHECK_DIGIT, n, rates.nhsNumberCheckDigit());
        assertWithinTolerance(counts, IdentifierError.DATE_OF_BIRTH_TRANSPOSED, transposable,
                rates.dateOfBirthTransposed());
        assertWithinTolerance(counts, IdentifierError.DATE_OF_BIRTH_DIGIT, n, rates.dateOfBirthDigit());
        assertWithinTolerance(counts, IdentifierError.POSTCODE_PREVIOUS, n, rates.previousPostcode());
        assertWithinTolerance(counts, IdentifierError.POSTCODE_MISSING, n, rates.postcodeMissing());
        assertWithinTolerance(counts, IdentifierError.SEX_MISSING, n, rates.sexMissing());
    }

    @Test
    void each_error_changes_its_identifier_as_described_and_nothing_else() {
        for (GeneratedRecord record : RECORDS) {
            Person person = population.person(record.person());
            Set<IdentifierError> errors = record.identifiers().errors();
            String dateOfBirth = record.value(Dataset.HES_OP, "date_of_birth");
            if (errors.contains(IdentifierError.DATE_OF_BIRTH_TRANSPOSED)) {
                LocalDate truth = person.dateOfBirth();
                assertThat(dateOfBirth).isEqualTo(
                        LocalDate.of(truth.getYear(), truth.getDayOfMonth(), truth.getMonthValue()).toString());
            } else if (errors.contains(IdentifierError.DATE_OF_BIRTH_DIGIT)) {
                assertThat(differingCharacters(dateOfBirth, person.dateOfBirth().toString())).isEqualTo(1);
                assertThat(LocalDate.parse(dateOfBirth)).isBeforeOrEqualTo(record.activityDate());
            } else {
                assertThat(dateOfBirth).isEqualTo(person.dateOfBirth().toString());
            }
            String postcode = record.value(Dataset.HES_OP, "postcode");
            String residence = record.value(Dataset.HES_OP, "resladst_ons");
            if (errors.contains(IdentifierError.POSTCODE_MISSING)) {
                assertThat(postcode).isEmpty();
                assertThat(residence).isEmpty();
            } else if (errors.contains(IdentifierError.POSTCODE_PREVIOUS)) {
                assertThat(postcode).isEqualTo(person.previousPostcode()).isNotEqualTo(person.postcode());
                assertThat(residence).isEqualTo(person.previousPlace().localAuthority());
            } else {
                assertThat(postcode).isEqualTo(person.postcode());
                assertThat(residence).isEqualTo(person.residence());
            }
            String sex = record.value(Dataset.HES_OP, "sex");
            if (errors.contains(IdentifierError.SEX_MISSING)) {
                assertThat(sex).isIn("9", "").isNotEqualTo(person.sex());
            } else {
                assertThat(sex).isEqualTo(person.sex());
            }
        }
    }

    @Test
    void errors_fall_on_records_so_one_person_s_records_differ() {
        Map<Integer, Integer> withError = new HashMap<>();
        Map<Integer, Integer> withoutError = new HashMap<>();
        for (GeneratedRecord record : RECORDS) {
            (record.identifiers().errors().isEmpty() ? withoutError : withError).merge(record.person(), 1,
                    Integer::sum);
        }
        long mixed = withError.keySet().stream().filter(withoutError::containsKey).count();
        assertThat(mixed).isGreaterThan(100);
    }

    @Test
    void configured_rates_replace_the_defaults() {
        List<GeneratedRecord> half = Releases.of(Dataset.HES_OP, Releases.annualRefresh(), 2_000, Releases.SEED,
                new IdentifierErrors(0.5, 0, 0, 0, 0, 0, 0));
        long missing = half.stream().filter(r -> r.value(Dataset.HES_OP, "nhs_number").isEmpty()).count();
        assertThat((double) missing / half.size()).isBetween(0.45, 0.55);
        assertThat(half).allSatisfy(r -> assertThat(r.identifiers().errors())
                .isSubsetOf(IdentifierError.NHS_NUMBER_MISSING));

        List<GeneratedRecord> clean = Releases.of(Dataset.HES_OP, Releases.annualRefresh(), 2_000, Releases.SEED,
                IdentifierErrors.NONE);
        assertThat(clean).allSatisfy(r -> {
            Person person = population.person(r.person());
            assertThat(r.row().subList(1, 5)).containsExactly(person.nhsNumber(), person.dateOfBirth().toString(),
                    person.sex(), person.postcode());
        });
    }

    @Test
    void a_rate_that_is_not_a_probability_is_refused() {
        assertThatThrownBy(() -> new IdentifierErrors(1.5, 0, 0, 0, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IdentifierErrors(0, 0, -0.1, 0, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IdentifierErrors(0, 0, 0, 0, 0.6, 0.6, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Within four standard deviations of a binomial count, and a little more for very small counts. */
    private static void assertWithinTolerance(Map<IdentifierError, Integer> counts, IdentifierError error, int n,
            double rate) {
        double expected = n * rate;
        double tolerance = 4 * Math.sqrt(n * rate * (1 - rate)) + 2;
        assertThat((double) counts.getOrDefault(error, 0)).as("%s of %d records at %.4f", error, n, rate)
                .isBetween(expected - tolerance, expected + tolerance);
    }

    private static int differingCharacters(String a, String b) {
        int differing = 0;
        for (int i = 0; i < a.length(); i++) {
            differing += a.charAt(i) == b.charAt(i) ? 0 : 1;
        }
        return differing;
    }
}
