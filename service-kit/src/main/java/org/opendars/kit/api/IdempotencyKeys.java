package org.opendars.kit.api;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.enterprise.context.ApplicationScoped;

import org.opendars.kit.problem.UnprocessableException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An Idempotency-Key names one request: a repeat with the same body gets the first answer, a repeat with another
 * body is refused with 422 rather than silently answered with the first result. Requests are compared by the
 * SHA-256 of their body as read.
 */
@ApplicationScoped
public class IdempotencyKeys {

    private final ObjectMapper json;

    IdempotencyKeys(ObjectMapper json) {
        this.json = json;
    }

    public String fingerprint(Object request) {
        try {
            return fingerprintOf(json.writeValueAsBytes(request));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the request cannot be written as JSON", e);
        }
    }

    public static String fingerprintOf(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * An uploaded body, fingerprinted as it streams (after an optional prefix such as a column mapping), so a
     * repeated Idempotency-Key can be checked against a file too large to hold in memory.
     */
    public static final class FingerprintedStream extends java.security.DigestInputStream {

        FingerprintedStream(java.io.InputStream body, String prefix) {
            super(body, sha256());
            if (prefix != null) {
                getMessageDigest().update(prefix.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }

        /** The fingerprint of everything read so far; call once, after the body was consumed. */
        public String fingerprint() {
            return HexFormat.of().formatHex(getMessageDigest().digest());
        }

        /** Reads the rest of the body, unused, and returns its fingerprint. */
        public String drain() {
            try {
                transferTo(java.io.OutputStream.nullOutputStream());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("could not read the upload", e);
            }
            return fingerprint();
        }
    }

    public static FingerprintedStream fingerprinted(java.io.InputStream body, String prefix) {
        return new FingerprintedStream(body, prefix);
    }

    /** Refuses a key reused for a different request; returns quietly for the same one. */
    public static void requireSameRequest(String storedFingerprint, String fingerprint) {
        if (storedFingerprint != null && !storedFingerprint.equals(fingerprint)) {
            throw new UnprocessableException("this Idempotency-Key was already used for a different request");
        }
    }
}
