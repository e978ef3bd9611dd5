package org.opendars.releases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NhsNumbersTest {

    @Test
    void published_example_numbers_pass_modulus_11() {
        assertThat(NhsNumbers.isValid("9434765919")).isTrue();
        assertThat(NhsNumbers.isValid("4010232137")).isTrue();
    }

    @Test
    void a_changed_check_digit_or_a_malformed_number_fails() {
        assertThat(NhsNumbers.isValid("9434765918")).isFalse();
        assertThat(NhsNumbers.isValid("943476591")).isFalse();
        assertThat(NhsNumbers.isValid("94347659l9")).isFalse();
        assertThat(NhsNumbers.isValid(null)).isFalse();
    }

    @Test
    void nine_digits_whose_check_would_be_ten_start_no_valid_number() {
        // 1 * 10 + 0 * 9 + ... + 1 * 2 = 12, remainder 1, 11 - 1 = 10
        String nine = "100000001";
        assertThat(NhsNumbers.checkDigit(nine)).isEqualTo(NhsNumbers.NO_CHECK_DIGIT);
        for (int check = 0; check <= 9; check++) {
            assertThat(NhsNumbers.isValid(nine + check)).isFalse();
        }
    }

    @Test
    void every_wrong_check_digit_fails() {
        for (int offset = 0; offset < 9; offset++) {
            String wrong = NhsNumbers.withWrongCheckDigit("9434765919", offset);
            assertThat(wrong).startsWith("943476591").isNotEqualTo("9434765919");
            assertThat(NhsNumbers.isValid(wrong)).isFalse();
        }
    }

    @Test
    void the_population_has_a_distinct_valid_nhs_number_for_every_person() {
        Population population = new Population(7);
        Set<String> seen = new HashSet<>();
        for (int number = 1; number <= 200_000; number++) {
            String nhsNumber = population.person(number).nhsNumber();
            assertThat(NhsNumbers.isValid(nhsNumber)).as(nhsNumber).isTrue();
            assertThat(NhsNumbers.allSameDigit(nhsNumber)).as(nhsNumber).isFalse();
            assertThat(nhsNumber).startsWith("9");
            assertThat(seen.add(nhsNumber)).as("unique " + nhsNumber).isTrue();
        }
    }
}
