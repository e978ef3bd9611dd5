package org.opendars.linkage;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import javax.crypto.SecretKey;

import jakarta.enterprise.context.ApplicationScoped;

import org.opendars.kit.crypto.AesGcm;

/**
 * Seals and unseals organisations' pseudonymisation secrets (AES-256-GCM under the master key). The organisation
 * and key version are the associated data, so a sealed secret copied to another organisation's row, or another
 * version's, does not open.
 */
@ApplicationScoped
public class PseudonymVault {

    private static final int NONCE_BYTES = AesGcm.NONCE_BYTES;

    private final SecretKey master;
    private final String masterKeyId;
    private final Map<String, SecretKey> previous = new HashMap<>();
    private final SecureRandom random = new SecureRandom();

    PseudonymVault(LinkageSettings settings) {
        this.master = AesGcm.key("dars.linkage.master-key", settings.masterKey());
        this.masterKeyId = settings.masterKeyId();
        settings.previousMasterKeys().forEach((id, value) ->
                previous.put(id, AesGcm.key("dars.linkage.previous-master-keys." + id, value)));
    }

    /** A sealed secret and the id of the master key that sealed it. */
    public record Sealed(byte[] bytes, String masterKeyId) {
    }

    public byte[] newSecret() {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        return secret;
    }

    public Sealed seal(String organisationId, int version, byte[] secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] body = AesGcm.encrypt(master, nonce, aad(organisationId, version, masterKeyId), secret,
                "pseudonymisation key sealing");
        byte[] sealed = Arrays.copyOf(nonce, NONCE_BYTES + body.length);
        System.arraycopy(body, 0, sealed, NONCE_BYTES, body.length);
        return new Sealed(sealed, masterKeyId);
    }

    public byte[] unseal(String organisationId, int version, Sealed sealed) {
        SecretKey sealer = masterKeyId.equals(sealed.masterKeyId()) ? master : previous.get(sealed.masterKeyId());
        if (sealer == null) {
            throw new IllegalStateException("the pseudonymisation key of " + organisationId + " (version " + version
                    + ") was sealed with master key " + sealed.masterKeyId() + ", which is not configured");
        }
        byte[] nonce = Arrays.copyOf(sealed.bytes(), NONCE_BYTES);
        byte[] body = Arrays.copyOfRange(sealed.bytes(), NONCE_BYTES, sealed.bytes().length);
        return AesGcm.decrypt(sealer, nonce, aad(organisationId, version, sealed.masterKeyId()), body,
                "pseudonymisation key sealing");
    }

    private static byte[] aad(String organisationId, int version, String masterKeyId) {
        return (organisationId + "\n" + version + "\n" + masterKeyId).getBytes(StandardCharsets.UTF_8);
    }
}
