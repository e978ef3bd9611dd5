package org.opendars.applications.messaging;

import org.opendars.kit.messaging.Topic;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.opendars.applications.Application;
import org.opendars.applications.LegalBasis;
import org.opendars.applications.RequestedDataset;

/** Topic {@code application-submitted}: everything the assessment needs, without the cohort's identifiers. */
@Topic(value = "application-submitted", owner = "applications-service")
public record ApplicationSubmitted(UUID applicationId, String reference, int version, String organisationId,
        String title, String purpose, String productType, LegalBasis legalBasis, List<RequestedDataset> datasets,
        int cohortSize, UUID cohortId, String submittedBy, Instant submittedAt) {

    public static ApplicationSubmitted of(Application application, String by) {
        return new ApplicationSubmitted(application.id, application.reference, application.version,
                application.organisationId, application.title, application.purpose, application.productType.name(),
                application.legalBasis, application.datasets, application.cohortSize, application.cohortId, by, Instant.now());
    }
}
