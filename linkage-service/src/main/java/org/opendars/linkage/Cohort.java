package org.opendars.linkage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.opendars.kit.messaging.UntrustedEventException;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An applicant's cohort file, as linkage-service keeps it: its members' identifiers (in {@code cohort_member})
 * and the counts the application may know. It belongs to the uploading organisation, is linked only for an
 * approved application of that organisation, and its members are deleted when that application ends.
 */
@Entity
public class Cohort extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organisation_id", nullable = false)
    public String organisationId;

    @Column(name = "uploaded_by", nullable = false)
    public String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    public Instant uploadedAt;

    @Column(nullable = false)
    public int members;

    @Column(name = "with_nhs_number", nullable = false)
    public int withNhsNumber;

    @Column(name = "with_date_of_birth", nullable = false)
    public int withDateOfBirth;

    @Column(name = "with_postcode", nullable = false)
    public int withPostcode;

    @Column(name = "application_id")
    public UUID applicationId;

    @Column(name = "deleted_at")
    public Instant deletedAt;

    @Column(name = "deleted_reason")
    public String deletedReason;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    @Column(name = "idempotency_fingerprint")
    public String idempotencyFingerprint;

    @Version
    @Column(name = "row_version", nullable = false)
    public long rowVersion;

    static Cohort uploading(String organisationId, String user) {
        Cohort cohort = new Cohort();
        cohort.id = UUID.randomUUID();
        cohort.organisationId = organisationId;
        cohort.uploadedBy = user;
        cohort.uploadedAt = Instant.now();
        return cohort;
    }

    void counted(CohortStore.Counts counts) {
        members = counts.members();
        withNhsNumber = counts.withNhsNumber();
        withDateOfBirth = counts.withDateOfBirth();
        withPostcode = counts.withPostcode();
    }

    public static Optional<Cohort> byIdempotencyKey(String organisationId, String key) {
        return find("organisationId = ?1 and idempotencyKey = ?2", organisationId, key).firstResultOptional();
    }

    public static List<Cohort> ofOrganisation(String organisationId) {
        return list("organisationId = ?1 order by uploadedAt desc", organisationId);
    }

    /**
     * Binds the cohort to the approved application that names it. An approval naming another organisation's
     * cohort, or one bound to another application, is a forgery or a mistake and is refused, never linked.
     */
    void bindTo(UUID application, String organisation) {
        if (!organisationId.equals(organisation)) {
            throw new UntrustedEventException("the approval of application " + application + " names cohort " + id
                    + ", which belongs to another organisation");
        }
        if (applicationId != null && !applicationId.equals(application)) {
            throw new UntrustedEventException("the approval of application " + application + " names cohort " + id
                    + ", which is bound to application " + applicationId);
        }
        applicationId = application;
    }

    /** Only the owner's decision on the application it serves (or any, before it is bound) ends the cohort. */
    boolean endsWith(UUID application, String organisation) {
        return organisationId.equals(organisation) && (applicationId == null || applicationId.equals(application));
    }

    void deleteMembers(String reason) {
        if (deletedAt == null) {
            deletedAt = Instant.now();
            deletedReason = reason == null ? "deleted" : reason.length() > 300 ? reason.substring(0, 300) : reason;
        }
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public static Optional<Cohort> find(UUID id) {
        return Cohort.<Cohort>findByIdOptional(id);
    }
}
