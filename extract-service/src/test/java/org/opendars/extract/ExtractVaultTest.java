package org.opendars.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import javax.crypto.SecretKey;

import org.junit.jupiter.api.Test;

class ExtractVaultTest {

    static final String KEY_1 = "dGVzdC1vbmx5LW1hc3Rlci1rZXktMzItYnl0ZXMhISE=";
    static final String KEY_2 = "ZGV2LW9ubHktbWFzdGVyLWtleS0zMi1ieXRlcyEhISE=";

    record Settings(String masterKey, String masterKeyId, Map<String, String> previousMasterKeys)
            implements ExtractSettings {
        public int chunkSize() {
            return 1024;
        }

        public String pollInterval() {
            return "1s";
        }

        public java.util.Optional<String> recordKeySecret() {
            return java.util.Optional.empty();
        }
    }

    private static final byte[] PLAIN = "pseudonym,study_id\nabc,S1\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void derivesRecordKeyPadsThatDifferBetweenOrganisationsAndStayTheSameForOne() {
        ExtractVault vault = new ExtractVault(new Settings(KEY_1, "k1", Map.of()));
        assertThat(vault.recordKeyPads("ORG-A").inner()).isEqualTo(vault.recordKeyPads("ORG-A").inner()).hasSize(64);
        assertThat(vault.recordKeyPads("ORG-A").inner()).isNotEqualTo(vault.recordKeyPads("ORG-B").inner());
        assertThat(new ExtractVault(new Settings(KEY_2, "k1", Map.of())).recordKeyPads("ORG-A").outer())
                .isNotEqualTo(vault.recordKeyPads("ORG-A").outer());
    }

    @Test
    void readsBackWhatItSealedAndEncrypted() {
        ExtractVault vault = new ExtractVault(new Settings(KEY_1, "k1", Map.of()));
        ExtractVault.DataKey key = vault.newDataKey();
        UUID extract = UUID.randomUUID();
        byte[] sealed = vault.encryptChunk(key.key(), extract, 0, PLAIN);
        assertThat(sealed).isNotEqualTo(PLAIN);
        SecretKey unsealed = vault.unseal(key.sealed(), key.masterKeyId());
        assertThat(vault.decryptChunk(unsealed, extract, 0, sealed)).isEqualTo(PLAIN);
    }

    @Test
    void refusesAChunkThatWasAlteredMovedToAnotherPositionOrToAnotherExtract() {
        ExtractVault vault = new ExtractVault(new Settings(KEY_1, "k1", Map.of()));
        ExtractVault.DataKey key = vault.newDataKey();
        UUID extract = UUID.randomUUID();
        byte[] sealed = vault.encryptChunk(key.key(), extract, 3, PLAIN);
        byte[] altered = sealed.clone();
        altered[5] ^= 1;
        assertThatThrownBy(() -> vault.decryptChunk(key.key(), extract, 3, altered)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> vault.decryptChunk(key.key(), extract, 4, sealed)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> vault.decryptChunk(key.key(), UUID.randomUUID(), 3, sealed))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void unsealsKeysSealedBeforeARotationWithThePreviousMasterKey() {
        ExtractVault before = new ExtractVault(new Settings(KEY_1, "k1", Map.of()));
        ExtractVault.DataKey key = before.newDataKey();
        ExtractVault after = new ExtractVault(new Settings(KEY_2, "k2", Map.of("k1", KEY_1)));
        assertThat(after.unseal(key.sealed(), "k1").getEncoded()).isEqualTo(key.key().getEncoded());
        assertThat(after.newDataKey().masterKeyId()).isEqualTo("k2");
        ExtractVault forgot = new ExtractVault(new Settings(KEY_2, "k2", Map.of()));
        assertThatThrownBy(() -> forgot.unseal(key.sealed(), "k1")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesAMasterKeyThatIsNotThirtyTwoBytesOfBase64() {
        assertThatThrownBy(() -> new ExtractVault(new Settings("c2hvcnQ=", "k1", Map.of())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> new ExtractVault(new Settings("not base64!", "k1", Map.of())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("base64");
    }
}
