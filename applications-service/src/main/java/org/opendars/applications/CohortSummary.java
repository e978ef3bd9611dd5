package org.opendars.applications;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** What linkage-service announced of a cohort it took in: its owner and counts, never a member's identifiers. */
@Entity
@Table(name = "cohort_summary")
public class CohortSummary extends PanacheEntityBase {

    @Id
    @Column(name = "cohort_id")
    public UUID cohortId;

    @Column(name = "organisation_id", nullable = false)
    public String organisationId;

    @Column(nullable = false)
    public int members;

    @Column(name = "with_nhs_number", nullable = false)
    public int withNhsNumber;

    @Column(name = "with_date_of_birth", nullable = false)
    public int withDateOfBirth;

    @Column(name = "with_postcode", nullable = false)
    public int withPostcode;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    public static Optional<CohortSummary> of(UUID cohortId) {
        return cohortId == null ? Optional.empty() : CohortSummary.<CohortSummary>findByIdOptional(cohortId);
    }

    /** A cohort another organisation uploaded is, to this one, a cohort that does not exist. */
    public static Optional<CohortSummary> ofOrganisation(UUID cohortId, String organisationId) {
        return of(cohortId).filter(c -> c.organisationId.equals(organisationId));
    }
}
