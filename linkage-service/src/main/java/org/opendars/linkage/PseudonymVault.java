package org.opendars.linkage;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Seals and unseals organisations' pseudonymisation secrets (AES-256-GCM under the master key). The organisation
 * and key version are the associated data, so a sealed secret copied to another organisation's row, or another
 * version's, does not open.
 */
@ApplicationScoped
public class PseudonymVault {

    private static final int TAG_BITS = 128;
    private static final int NONCE_BYTES = 12;

    private final SecretKey master;
    private final String masterKeyId;
    private final Map<String, SecretKey> previous = new HashMap<>();
    private final SecureRandom random = new SecureRandom();

    PseudonymVault(LinkageSettings settings) {
        this.master = key("dars.linkage.master-key", settings.masterKey());
        this.masterKeyId = settings.masterKeyId();
        settings.previousMasterKeys().forEach((id, value) ->
                previous.put(id, key("dars.linkage.previous-master-keys." + id, value)));
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
        byte[] body = crypt(Cipher.ENCRYPT_MODE, master, nonce, aad(organisationId, version, masterKeyId), secret);
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
        return crypt(Cipher.DECRYPT_MODE, sealer, nonce, aad(organisationId, version, sealed.masterKeyId()), body);
    }

    private static byte[] aad(String organisationId, int version, String masterKeyId) {
        return (organisationId + "\n" + version + "\n" + masterKeyId).getBytes(StandardCharsets.UTF_8);
    }

    private static SecretKey key(String name, String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(name + " is not base64", e);
        }
        if (key.length != 32) {
            throw new IllegalStateException(name + " must be 32 bytes (base64 of 32 random bytes)");
        }
        return new SecretKeySpec(key, "AES");
    }

    private static byte[] crypt(int mode, SecretKey key, byte[] nonce, byte[] aad, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad);
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("pseudonymisation key sealing failed: " + e.getClass().getSimpleName(), e);
        }
    }
}
