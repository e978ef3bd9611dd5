package org.opendars.linkage.engine.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesOfBirthTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 31);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "1971-06-24, 1971-06-24",
        "19710624, 1971-06-24",
        "24/06/1971, 1971-06-24",
        "4/6/1971, 1971-06-04",
        "1971/06/24, 1971-06-24",
        "1895-01-01, 1895-01-01"
    })
    void parsesKnownFormats(String raw, String expected) {
        assertThat(DatesOfBirth.validate(raw, TODAY).value()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "1971-02-30, date of birth is not a calendar date",
        "19711301, date of birth is not a calendar date",
        "1894-12-31, date of birth is before 1895",
        "2026-02-01, date of birth is in the future",
        "June 1971, date of birth is not in a known format"
    })
    void rejectsImpossibleDates(String raw, String problem) {
        assertThat(DatesOfBirth.validate(raw, TODAY).problem()).isEqualTo(problem);
    }

    @ParameterizedTest(name = "{0} vs {1}: partial {2}, transposed {3}")
    @CsvSource({
        "19710624, 19710624, true, false",
        "19710624, 19710625, true, false",
        "19710624, 19720624, true, false",
        "19710624, 19710524, true, false",
        "19710503, 19710305, true, true",
        "19710503, 19720305, false, false",
        "19710624, 19720625, false, false",
        "19710624, 0, false, false"
    })
    void comparesPartialAndTransposedDates(int a, int b, boolean partial, boolean transposed) {
        assertThat(DatesOfBirth.partialMatch(a, b)).isEqualTo(partial);
        assertThat(DatesOfBirth.transposed(a, b)).isEqualTo(transposed);
    }

    @ParameterizedTest
    @CsvSource({"19710101, true", "19710102, false", "19710110, false"})
    void recognisesFirstOfJanuary(int date, boolean expected) {
        assertThat(DatesOfBirth.isFirstOfJanuary(date)).isEqualTo(expected);
    }
}
