package org.opendars.linkage.engine.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostcodesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "LS1 4AP, LS1 4AP",
        "ls14ap, LS1 4AP",
        "  sw1a  1aa , SW1A 1AA",
        "M1 1AE, M1 1AE",
        "B33 8TH, B33 8TH",
        "CR2 6XH, CR2 6XH",
        "DN55 1PT, DN55 1PT",
        "EC1A-1BB, EC1A 1BB",
        "LS1 OAP, LS1 0AP",
        "0X1 2JD, OX1 2JD"
    })
    void normalisesSpacingCaseAndLetterDigitConfusion(String raw, String expected) {
        assertThat(Postcodes.validate(raw).value()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "ZZ99 3VZ, pseudo-postcode (ZZ) identifies no address",
        "zz993wz, pseudo-postcode (ZZ) identifies no address",
        "12345, postcode is not in UK format",
        "LS1, postcode is not in UK format",
        "LSS1 4AP, postcode is not in UK format"
    })
    void rejectsPseudoAndMalformedPostcodes(String raw, String problem) {
        Validated result = Postcodes.validate(raw);
        assertThat(result.isValid()).isFalse();
        assertThat(result.problem()).isEqualTo(problem);
    }

    @ParameterizedTest(name = "{0}: area {1}, district {2}, sector {3}")
    @CsvSource({
        "LS1 4AP, LS, LS1, LS1 4",
        "SW1A 1AA, SW, SW1A, SW1A 1",
        "M1 1AE, M, M1, M1 1"
    })
    void splitsPostcodeIntoAreaDistrictAndSector(String postcode, String area, String district, String sector) {
        assertThat(Postcodes.area(postcode)).isEqualTo(area);
        assertThat(Postcodes.district(postcode)).isEqualTo(district);
        assertThat(Postcodes.sector(postcode)).isEqualTo(sector);
    }

    @Test
    void padsOutwardCodeToHesEightCharacterForm() {
        assertThat(Postcodes.eightCharacter("M1 1AE")).isEqualTo("M1   1AE");
        assertThat(Postcodes.eightCharacter("SW1A 1AA")).isEqualTo("SW1A 1AA");
    }

    @Test
    void encodesDistinctPostcodesToDistinctNumbers() {
        assertThat(Postcodes.encode("LS1 4AP")).isNotEqualTo(Postcodes.encode("LS14 AP"))
                .isNotEqualTo(Postcodes.encode("LS1 4AQ"));
        assertThat(Postcodes.encode(null)).isZero();
    }
}
