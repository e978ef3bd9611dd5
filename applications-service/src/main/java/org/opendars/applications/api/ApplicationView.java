package org.opendars.applications.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.opendars.applications.Application;
import org.opendars.applications.ApplicationStatus;
import org.opendars.applications.LegalBasis;
import org.opendars.applications.ProductType;
import org.opendars.applications.RequestedDataset;

/** The applicant's view of an application: where it is and everything that happened to it. */
public record ApplicationView(UUID id, String reference, String organisationId, String title, String purpose,
        ProductType productType, LegalBasis legalBasis, List<RequestedDataset> datasets, int cohortSize, UUID cohortId,
        ApplicationStatus status, int version, String createdBy, Instant createdAt, List<Step> timeline) {

    public record Step(String event, Instant at, String detail) {
    }

    static ApplicationView of(Application a) {
        List<Step> timeline = a.timeline.stream().map(e -> new Step(e.event, e.at, e.detail)).toList();
        return new ApplicationView(a.id, a.reference, a.organisationId, a.title, a.purpose, a.productType,
                a.legalBasis, a.datasets, a.cohortSize, a.cohortId, a.status, a.version, a.createdBy, a.createdAt, timeline);
    }
}
