package org.opendars.applications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.opendars.applications.ApplicationForm.DsptStatus;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The custodian's registry of organisations: what it has verified of each (DSPT attainment, ICO registration),
 * which the automated checks trust over what an application claims. People are not kept here: who belongs to an
 * organisation, and in which role, is the identity provider's ({@code org} claim and realm roles).
 */
@Entity
@Table(name = "organisation")
public class Organisation extends PanacheEntityBase {

    @Id
    @Column(name = "ods_code")
    public String odsCode;

    /** The organisation's id in tokens ({@code org} claim), when its people use the service. */
    @Column(name = "organisation_id", unique = true)
    public String organisationId;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrganisationType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "dspt_status")
    public DsptStatus dsptStatus;

    @Column(name = "dspt_published")
    public LocalDate dsptPublished;

    @Column(name = "ico_registration")
    public String icoRegistration;

    @Column(name = "ico_expires")
    public LocalDate icoExpires;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    public long rowVersion;

    public static Optional<Organisation> byOdsCode(String odsCode) {
        return odsCode == null ? Optional.empty() : findByIdOptional(odsCode);
    }

    public static List<Organisation> all() {
        return list("order by name");
    }

    void update(String organisationId, String name, OrganisationType type, DsptStatus dsptStatus,
            LocalDate dsptPublished, String icoRegistration, LocalDate icoExpires, String by) {
        this.organisationId = organisationId;
        this.name = name;
        this.type = type;
        this.dsptStatus = dsptStatus;
        this.dsptPublished = dsptPublished;
        this.icoRegistration = icoRegistration;
        this.icoExpires = icoExpires;
        this.updatedBy = by;
        this.updatedAt = Instant.now();
    }
}
