package org.opendars.approvals;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One delivered release as the public Data Uses Register shows it. */
@Entity
@Table(name = "register_release")
public class RegisterRelease extends PanacheEntityBase {

    @Id
    @Column(name = "extract_id")
    public UUID extractId;

    @Column(nullable = false)
    public String reference;

    @Column(nullable = false)
    public int version;

    @Column(name = "organisation_id", nullable = false)
    public String organisationId;

    @Column(name = "product_type", nullable = false)
    public String productType;

    @Column(nullable = false)
    public String datasets;

    @Column(name = "released_on", nullable = false)
    public LocalDate releasedOn;
}
