package org.opendars.extract;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * What the agreement in force lets the custodian release: only these data sets and fields reach an extract. Recorded
 * when the agreement comes into force, never on the decision alone.
 */
@Entity
@Table(name = "approved_product")
@IdClass(ApprovedProduct.Key.class)
public class ApprovedProduct extends PanacheEntityBase {

    public record Key(UUID applicationId, int applicationVersion) implements Serializable {
    }

    @Id
    @Column(name = "application_id")
    public UUID applicationId;

    @Id
    @Column(name = "application_version")
    public int applicationVersion;

    @Column(name = "organisation_id", nullable = false)
    public String organisationId;

    @Column(name = "agreement_reference", nullable = false)
    public String agreementReference;

    @Column(name = "agreement_version", nullable = false)
    public int agreementVersion;

    @Column(name = "product_type", nullable = false)
    public String productType;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<ApprovedDataset> datasets;

    @Column(name = "approved_at", nullable = false)
    public Instant approvedAt;

    /** The newest application version under an agreement in force, unless the application was withheld. */
    public static Optional<ApprovedProduct> inForce(UUID applicationId) {
        if (WithheldApplication.isWithheld(applicationId)) {
            return Optional.empty();
        }
        return find("applicationId = ?1 order by applicationVersion desc", applicationId).firstResultOptional();
    }

    public String agreement() {
        return agreementReference + " v" + agreementVersion;
    }
}
