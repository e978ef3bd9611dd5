package org.opendars.linkage.engine.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SexCodesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"1, 1", "M, 1", "male, 1", "2, 2", "f, 2", "Female, 2"})
    void normalisesToNhsCodes(String raw, String expected) {
        assertThat(SexCodes.validate(raw).value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"0", "9", "U", "unknown"})
    void treatsNotKnownAndNotSpecifiedAsMissingNotAsDisagreement(String raw) {
        Validated result = SexCodes.validate(raw);
        assertThat(result.isValid()).isFalse();
        assertThat(result.hasProblem()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"3", "Q"})
    void reportsUnrecognisedCodes(String raw) {
        assertThat(SexCodes.validate(raw).problem()).isEqualTo("sex code is not recognised");
    }
}
