package org.opendars.kit.crypto;

import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The platform's one way to seal and open bytes: AES-256-GCM with a 128-bit tag, a caller-chosen nonce and
 * associated data, and master keys configured as base64 of 32 random bytes. Failures name what was being done,
 * never a key or a plain text.
 */
public final class AesGcm {

    public static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private AesGcm() {
    }

    /** A master key from its setting; refuses anything but base64 of exactly 32 bytes, naming the setting. */
    public static SecretKey key(String setting, String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(setting + " is not base64", e);
        }
        if (key.length != 32) {
            throw new IllegalStateException(setting + " must be 32 bytes (base64 of 32 random bytes)");
        }
        return new SecretKeySpec(key, "AES");
    }

    public static byte[] encrypt(SecretKey key, byte[] nonce, byte[] aad, byte[] plain, String purpose) {
        return crypt(Cipher.ENCRYPT_MODE, key, nonce, aad, plain, purpose);
    }

    /** Fails when the bytes, the nonce, the associated data or the key are not the ones sealed with. */
    public static byte[] decrypt(SecretKey key, byte[] nonce, byte[] aad, byte[] sealed, String purpose) {
        return crypt(Cipher.DECRYPT_MODE, key, nonce, aad, sealed, purpose);
    }

    public static byte[] hmacSha256(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }

    private static byte[] crypt(int mode, SecretKey key, byte[] nonce, byte[] aad, byte[] input, String purpose) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad);
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(purpose + " failed: " + e.getClass().getSimpleName(), e);
        }
    }
}
