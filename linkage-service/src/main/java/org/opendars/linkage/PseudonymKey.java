package org.opendars.linkage;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One version of an organisation's pseudonymisation secret, stored only sealed. Pseudonyms are HMAC-SHA-256 of the
 * person id under it: the same person gets the same pseudonym in every extract the organisation receives under one
 * version, and pseudonyms of two organisations cannot be joined without both secrets.
 */
@Entity
@Table(name = "pseudonym_key")
public class PseudonymKey extends PanacheEntityBase {

    @Embeddable
    public record Id(@Column(name = "organisation_id") String organisationId, @Column(name = "version") int version)
            implements Serializable {
    }

    @EmbeddedId
    public Id id;

    @Column(name = "sealed_secret", nullable = false)
    public byte[] sealedSecret;

    @Column(name = "master_key_id", nullable = false)
    public String masterKeyId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "retired_at")
    public Instant retiredAt;

    public String organisationId() {
        return id.organisationId();
    }

    public int version() {
        return id.version();
    }

    public static Optional<PseudonymKey> current(String organisationId) {
        return find("id.organisationId = ?1 and retiredAt is null order by id.version desc", organisationId)
                .firstResultOptional();
    }

    public static Optional<PseudonymKey> version(String organisationId, int version) {
        return PseudonymKey.<PseudonymKey>findByIdOptional(new Id(organisationId, version));
    }

    /** Not thread-safe: one per stream of results. */
    @FunctionalInterface
    public interface Pseudonymiser {
        String of(String personId);
    }

    /** The pseudonym function of a plain secret; the secret itself is never kept outside this call. */
    public static Pseudonymiser pseudonymiser(byte[] secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return personId -> HexFormat.of().formatHex(mac.doFinal(personId.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }
}
