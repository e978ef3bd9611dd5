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

    /** Bespoke products are built around the applicant's cohort; an approval of one without a cohort links nothing. */
    public boolean needsCohort() {
        return "BESPOKE_EXTRACT".equals(productType) || "BESPOKE_LINKAGE".equals(productType);
    }

    /**
     * Only the bespoke products are built yet. Any other (tabulations, standard extracts, patient tracking) fails
     * closed: nothing is linked, so nothing record-level can be delivered under its name.
     */
    public boolean isSupported() {
        return needsCohort();
    }

    public AgreementActivated {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(datasets, "datasets");
    }
}
