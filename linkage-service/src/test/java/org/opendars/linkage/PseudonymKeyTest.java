package org.opendars.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class PseudonymKeyTest {

    private static final PseudonymVault VAULT = new PseudonymVault(settings("dGVzdC1vbmx5LWxpbmthZ2UtbWFzdGVyLWtleS0zMiE="));

    private static LinkageSettings settings(String masterKey) {
        return new LinkageSettings() {
            @Override
            public String masterKey() {
                return masterKey;
            }

            @Override
            public String masterKeyId() {
                return "k1";
            }

            @Override
            public Map<String, String> previousMasterKeys() {
                return Map.of();
            }
        };
    }

    private static java.util.List<Byte> bytes(byte[] array) {
        java.util.List<Byte> list = new java.util.ArrayList<>();
        for (byte b : array) {
            list.add(b);
        }
        return list;
    }

    @Test
    void givesAPersonTheSamePseudonymEachTimeUnderOneSecret() {
        byte[] secret = VAULT.newSecret();
        assertThat(PseudonymKey.pseudonymiser(secret).of("P0000007"))
                .isEqualTo(PseudonymKey.pseudonymiser(secret).of("P0000007")).matches("[0-9a-f]{32}");
    }

    @Test
    void givesTwoOrganisationsUnrelatedPseudonymsOfOnePerson() {
        assertThat(PseudonymKey.pseudonymiser(VAULT.newSecret()).of("P0000007"))
                .isNotEqualTo(PseudonymKey.pseudonymiser(VAULT.newSecret()).of("P0000007"));
    }

    @Test
    void opensASealedSecretOnlyForItsOwnOrganisationAndVersion() {
        byte[] secret = VAULT.newSecret();
        PseudonymVault.Sealed sealed = VAULT.seal("ORG-A", 1, secret);
        assertThat(java.util.Collections.indexOfSubList(bytes(sealed.bytes()), bytes(secret))).isEqualTo(-1);
        assertThat(VAULT.unseal("ORG-A", 1, sealed)).isEqualTo(secret);
        assertThatThrownBy(() -> VAULT.unseal("ORG-B", 1, sealed)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> VAULT.unseal("ORG-A", 2, sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void cannotOpenASecretWithAnotherMasterKey() {
        PseudonymVault.Sealed sealed = VAULT.seal("ORG-A", 1, VAULT.newSecret());
        PseudonymVault other = new PseudonymVault(settings("b3RoZXItbGlua2FnZS1tYXN0ZXIta2V5LTMyLWJ5dGU="));
        assertThatThrownBy(() -> other.unseal("ORG-A", 1, sealed)).isInstanceOf(IllegalStateException.class);
        assertThat(Optional.of(sealed.masterKeyId())).contains("k1");
    }
}
