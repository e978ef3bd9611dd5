package org.opendars.approvals;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One agreement version as the public Data Uses Register shows it: organisations and data, never people. */
@Entity
@Table(name = "register_agreement")
@IdClass(RegisterAgreement.Key.class)
public class RegisterAgreement extends PanacheEntityBase {

    public record Key(String reference, int version) implements Serializable {
    }

    @Id
    public String reference;

    @Id
    public int version;

    @Column(name = "organisation_id", nullable = false)
    public String organisationId;

    @Column(name = "purpose_summary", nullable = false)
    public String purposeSummary;

    @Column(name = "product_type", nullable = false)
    public String productType;

    /** Data set codes, separated by {@code ;}. */
    @Column(nullable = false)
    public String datasets;

    @Column(name = "legal_basis", nullable = false)
    public String legalBasis;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AgreementStatus status;
}
