package org.opendars.linkage.engine.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NhsNumbersTest {

    @ParameterizedTest(name = "{0} is valid as {1}")
    @CsvSource({
        "9434765919, 9434765919",
        "943 476 5919, 9434765919",
        "943-476-5919, 9434765919",
        "4010232137, 4010232137",
        "4505577104, 4505577104"
    })
    void acceptsNhsNumberWithCorrectCheckDigit(String raw, String expected) {
        Validated result = NhsNumbers.validate(raw);
        assertThat(result.value()).isEqualTo(expected);
        assertThat(result.hasProblem()).isFalse();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "9434765918, NHS number check digit is wrong",
        "9434765910, NHS number check digit is wrong",
        "4349765919, NHS number check digit is wrong",
        "0000000000, NHS number has all digits the same",
        "4444444444, NHS number has all digits the same",
        "943476591, NHS number must be 10 digits",
        "94347659190, NHS number must be 10 digits",
        "94347A5919, NHS number must be 10 digits",
        "1000000061, NHS number check digit is wrong"
    })
    void rejectsInvalidNhsNumberWithReason(String raw, String problem) {
        Validated result = NhsNumbers.validate(raw);
        assertThat(result.isValid()).isFalse();
        assertThat(result.problem()).isEqualTo(problem);
    }

    @ParameterizedTest
    @CsvSource({"123456789, -1", "943476591, 9", "401023213, 7"})
    void computesModulusElevenCheckDigitOrMinusOneWhenNoneExists(String nine, int expected) {
        assertThat(NhsNumbers.checkDigit(nine)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(value = {"''", "'   '"})
    void treatsBlankAsMissingWithoutProblem(String raw) {
        Validated result = NhsNumbers.validate(raw);
        assertThat(result.isValid()).isFalse();
        assertThat(result.hasProblem()).isFalse();
    }
}
