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

    /** Refuses a key reused for a different request; returns quietly for the same one. */
    public static void requireSameRequest(String storedFingerprint, String fingerprint) {
        if (storedFingerprint != null && !storedFingerprint.equals(fingerprint)) {
            throw new UnprocessableException("this Idempotency-Key was already used for a different request");
        }
    }
}
