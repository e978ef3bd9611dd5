package org.opendars.approvals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The recipient organisation's record that it destroyed an ended agreement's data, with its certificate. */
@Entity
@Table(name = "data_destruction")
public class DataDestruction extends PanacheEntityBase {

    @Id
    @Column(name = "agreement_id")
    public UUID agreementId;

    @Column(name = "organisation_id", nullable = false)
    public String organisationId;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "destroyed_on", nullable = false)
    public LocalDate destroyedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DestructionMethod method;

    @Column(name = "certificate_name", nullable = false)
    public String certificateName;

    @Column(name = "certificate_type", nullable = false)
    public String certificateType;

    @Column(name = "certificate_sha256", nullable = false)
    public String certificateSha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public byte[] certificate;

    public static DataDestruction of(Agreement agreement) {
        return findById(agreement.id);
    }
}
