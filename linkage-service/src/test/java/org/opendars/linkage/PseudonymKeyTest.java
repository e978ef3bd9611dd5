package org.opendars.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PseudonymKeyTest {

    @Test
    void givesAPersonTheSamePseudonymEveryTimeForOneOrganisation() {
        PseudonymKey key = PseudonymKey.create("ORG-A");
        assertThat(key.pseudonymiser().of("P0000007")).isEqualTo(key.pseudonymiser().of("P0000007"))
                .matches("[0-9a-f]{32}");
    }

    @Test
    void givesTwoOrganisationsUnrelatedPseudonyms() {
        String a = PseudonymKey.create("ORG-A").pseudonymiser().of("P0000007");
        String b = PseudonymKey.create("ORG-B").pseudonymiser().of("P0000007");
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void givesTwoPersonsDifferentPseudonyms() {
        PseudonymKey.Pseudonymiser pseudonyms = PseudonymKey.create("ORG-A").pseudonymiser();
        assertThat(pseudonyms.of("P0000007")).isNotEqualTo(pseudonyms.of("P0000008"));
    }
}
