package org.opendars.linkage.engine.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonNamesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "SMITH, smith",
        "  Mary  Ann , mary ann",
        "O'Brien, obrien",
        "Smith-Jones, smith jones",
        "Zoë, zoe",
        "José, jose",
        "Mr John, john",
        "DR. Ada, ada"
    })
    void foldsCaseAccentsPunctuationAndTitles(String raw, String expected) {
        assertThat(PersonNames.validate(raw).value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Baby", "baby of Smith", "BABY OF JONES", "Twin 1", "twin two", "Unknown", "no name",
        "Infant", "Triplet"})
    void reportsPlaceholderNames(String raw) {
        Validated result = PersonNames.validate(raw);
        assertThat(result.isValid()).isFalse();
        assertThat(result.problem()).isEqualTo("placeholder name");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"bill, william", "bob, robert", "liz, elizabeth", "peggy, margaret", "william, william",
        "zebedee, zebedee"})
    void mapsCommonNicknamesToFormalNames(String nickname, String formal) {
        assertThat(PersonNames.formalGivenName(nickname)).isEqualTo(formal);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"'12 High St.', 12 high street", "'Flat 3, 4 Elm Rd', flat 3 4 elm road"})
    void normalisesAddresses(String raw, String expected) {
        assertThat(Addresses.validate(raw).value()).isEqualTo(expected);
    }
}
