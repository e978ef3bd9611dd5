package org.opendars.linkage.engine.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.opendars.linkage.engine.PersonRecord;
import org.opendars.linkage.engine.deterministic.DeterministicLinker;
import org.opendars.linkage.engine.deterministic.DeterministicMatch;
import org.opendars.linkage.engine.deterministic.PersonIndex;

class DeterministicRulesSpecTest {

    private static final List<PersonRecord> INDEX = List.of(
            new PersonRecord("P1", "9434765919", "1971-06-24", "1", "LS1 4AP", null, null, null));

    private static DeterministicMatch link(DeterministicLinker linker, PersonRecord record) {
        return linker.link(List.of(record), PersonIndex.of(INDEX)).get(0);
    }

    @Test
    void usesTheRankedRulesASpecDeclares() throws Exception {
        DeterministicSpec spec = Specs.JSON.readValue("""
                {"enabled": true, "nhsNumber": "nhs", "dateOfBirth": "dob", "sex": "sex", "postcode": "pc",
                 "rules": [
                   {"rank": 1, "description": "NHS number and date of birth", "criteria": ["NHS_NUMBER", "DATE_OF_BIRTH"]},
                   {"rank": 2, "description": "date of birth, sex and postcode", "criteria": ["DATE_OF_BIRTH", "SEX", "POSTCODE"],
                    "nhsNumberMustNotContradict": true, "excludeFirstOfJanuary": true}]}""", DeterministicSpec.class);
        DeterministicLinker linker = spec.linker();
        assertThat(linker.rules()).extracting(r -> r.rank()).containsExactly(1, 2);

        PersonRecord sameNhsOtherBirthday = new PersonRecord("R1", "9434765919", "1980-01-02", "1", "LS1 4AP",
                null, null, null);
        assertThat(link(linker, sameNhsOtherBirthday).matched()).isFalse();
        assertThat(link(DeterministicSpec.disabled().linker(), sameNhsOtherBirthday).rank())
                .as("the HES ranks link an NHS number on its own").isPositive();

        PersonRecord noNhsNumber = new PersonRecord("R2", null, "1971-06-24", "1", "LS1 4AP", null, null, null);
        assertThat(link(linker, noNhsNumber).rank()).isEqualTo(2);
    }

    @Test
    void fallsBackToTheHesRanksWhenASpecNamesNoRules() throws Exception {
        DeterministicSpec spec = Specs.JSON.readValue("{\"enabled\": true}", DeterministicSpec.class);
        assertThat(spec.linker().rules()).extracting(r -> r.rank()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    }
}
