package org.opendars.linkage;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An organisation's pseudonymisation secret. Pseudonyms are HMAC-SHA-256 of the person id under it: the same
 * person gets the same pseudonym in every extract the organisation receives, and pseudonyms of two organisations
 * cannot be joined without both secrets.
 */
@Entity
@Table(name = "pseudonym_key")
public class PseudonymKey extends PanacheEntityBase {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @Column(name = "organisation_id")
    public String organisationId;

    @Column(nullable = false)
    public byte[] secret;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    static PseudonymKey create(String organisationId) {
        PseudonymKey key = new PseudonymKey();
        key.organisationId = organisationId;
        key.secret = new byte[32];
        RANDOM.nextBytes(key.secret);
        key.createdAt = Instant.now();
        return key;
    }

    public Pseudonymiser pseudonymiser() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return personId -> HexFormat.of().formatHex(mac.doFinal(personId.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }

    /** Not thread-safe: one per stream of results. */
    @FunctionalInterface
    public interface Pseudonymiser {
        String of(String personId);
    }
}
