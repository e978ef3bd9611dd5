package org.opendars.extract;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import org.opendars.kit.crypto.AesGcm;

/**
 * Envelope encryption of extract files: each extract gets its own random AES-256 data key, which is stored only
 * sealed (AES-GCM) by the master key. Each chunk is AES-GCM encrypted under the data key with its position in the
 * nonce and the associated data, so chunks can be neither read without the key nor reordered or moved between
 * extracts undetected.
 */
@ApplicationScoped
public class ExtractVault {

    private static final int NONCE_BYTES = AesGcm.NONCE_BYTES;
    private static final String SEALING = "extract encryption";

    private final SecretKey master;
    private final String masterKeyId;
    private final Map<String, SecretKey> previous = new HashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final byte[] recordKeySecret;

    ExtractVault(ExtractSettings settings) {
        this.master = AesGcm.key("dars.extracts.master-key", settings.masterKey());
        this.masterKeyId = settings.masterKeyId();
        this.recordKeySecret = settings.recordKeySecret()
                .map(value -> AesGcm.key("dars.extracts.record-key-secret", value).getEncoded())
                .orElse(master.getEncoded());
        settings.previousMasterKeys().forEach((id, value) ->
                previous.put(id, AesGcm.key("dars.extracts.previous-master-keys." + id, value)));
    }

    public record DataKey(SecretKey key, byte[] sealed, String masterKeyId) {
    }

    public DataKey newDataKey() {
        byte[] raw = new byte[32];
        random.nextBytes(raw);
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = AesGcm.encrypt(master, nonce, masterKeyId.getBytes(StandardCharsets.UTF_8), raw, SEALING);
        return new DataKey(new SecretKeySpec(raw, "AES"), concat(nonce, sealed), masterKeyId);
    }

    public SecretKey unseal(byte[] sealed, String keyId) {
        SecretKey sealer = masterKeyId.equals(keyId) ? master : previous.get(keyId);
        if (sealer == null) {
            throw new IllegalStateException("the extract was sealed with master key " + keyId + ", which is not configured");
        }
        byte[] nonce = Arrays.copyOf(sealed, NONCE_BYTES);
        byte[] body = Arrays.copyOfRange(sealed, NONCE_BYTES, sealed.length);
        return new SecretKeySpec(AesGcm.decrypt(sealer, nonce, keyId.getBytes(StandardCharsets.UTF_8), body, SEALING),
                "AES");
    }

    /** HMAC-SHA-256's inner and outer padded keys of one organisation's record-key secret, for use in SQL. */
    public record RecordKeyPads(byte[] inner, byte[] outer) {
    }

    /**
     * The pads of the secret that pseudonymises an organisation's stable record keys: derived from the record-key
     * secret (by default the master key) and the organisation, so it is the same in every extract the
     * organisation receives and unrelated between organisations, and never stored.
     */
    public RecordKeyPads recordKeyPads(String organisationId) {
        byte[] secret = AesGcm.hmacSha256(recordKeySecret,
                ("record-keys:" + organisationId).getBytes(StandardCharsets.UTF_8));
        byte[] inner = new byte[64];
        byte[] outer = new byte[64];
        for (int i = 0; i < 64; i++) {
            byte k = i < secret.length ? secret[i] : 0;
            inner[i] = (byte) (k ^ 0x36);
            outer[i] = (byte) (k ^ 0x5c);
        }
        return new RecordKeyPads(inner, outer);
    }

    public byte[] encryptChunk(SecretKey key, UUID extractId, int seq, byte[] plain) {
        return AesGcm.encrypt(key, nonce(seq), aad(extractId, seq), plain, SEALING);
    }

    public byte[] decryptChunk(SecretKey key, UUID extractId, int seq, byte[] sealed) {
        return AesGcm.decrypt(key, nonce(seq), aad(extractId, seq), sealed, SEALING);
    }

    /** Unique per chunk under a key that is used for one extract only. */
    private static byte[] nonce(int seq) {
        return ByteBuffer.allocate(NONCE_BYTES).putInt(NONCE_BYTES - 4, seq).array();
    }

    private static byte[] aad(UUID extractId, int seq) {
        return ByteBuffer.allocate(20).putLong(extractId.getMostSignificantBits())
                .putLong(extractId.getLeastSignificantBits()).putInt(seq).array();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
