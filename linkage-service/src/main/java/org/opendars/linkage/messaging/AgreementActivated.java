package org.opendars.linkage.messaging;

import org.opendars.kit.messaging.Topic;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.opendars.linkage.ApprovedDataset;

/**
 * This service's copy of what it reads from topic {@code agreement-activated}: the agreement for an application is
 * in force, so its linkage may start.
 */
@Topic(value = "agreement-activated", owner = "approvals-service")
public record AgreementActivated(UUID applicationId, int applicationVersion, String organisationId, String reference,
        int version, String productType, List<ApprovedDataset> datasets, int cohortSize, UUID cohortId,
        String commonLawBasis) {

    /**
     * Bespoke products and patient tracking are built around the applicant's cohort (its list of people); an
     * approval of one without a cohort links nothing.
     */
    public boolean needsCohort() {
        return "BESPOKE_EXTRACT".equals(productType) || "BESPOKE_LINKAGE".equals(productType)
                || "PATIENT_STATUS_TRACKING".equals(productType);
    }

    /** A tabulation counts the data sets' content in extract-service: no person is linked for it. */
    public boolean needsLinkage() {
        return !"TABULATION".equals(productType);
    }

    /** A standard extract is the data sets' whole linked content, delivered again as releases arrive. */
    public boolean isSubscription() {
        return "STANDARD_EXTRACT".equals(productType);
    }

    public AgreementActivated {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(datasets, "datasets");
    }
}
