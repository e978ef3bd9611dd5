package org.opendars.approvals.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.opendars.approvals.Agreement;
import org.opendars.approvals.AgreementTerms;
import org.opendars.approvals.RequestedDataset;
import org.opendars.kit.messaging.Topic;

/**
 * Topic {@code agreement-activated}: the agreement is in force; linkage and extract work for the application may
 * start, for these data items only. {@code supersededVersion} names the version it replaced, if any; deliveries
 * made under that one continue under this one.
 */
@Topic(value = "agreement-activated", owner = "approvals-service")
public record AgreementActivated(UUID agreementId, String reference, int version, UUID applicationId,
        int applicationVersion, String organisationId, String purposeSummary, String productType, String legalBasis,
        List<RequestedDataset> datasets, UUID cohortId, int cohortSize, LocalDate startDate, LocalDate endDate,
        Integer supersededVersion, Instant activatedAt, String commonLawBasis) {

    public static AgreementActivated of(Agreement a, Integer supersededVersion) {
        return new AgreementActivated(a.id, a.reference, a.version, a.applicationId, a.applicationVersion,
                a.organisationId, a.title, a.productType, AgreementTerms.describe(a.legalBasis), a.datasets,
                a.cohortId, a.cohortSize, a.startDate, a.endDate, supersededVersion, a.activatedAt,
                a.legalBasis == null || a.legalBasis.commonLawCode() == null ? null
                        : a.legalBasis.commonLawCode().name());
    }
}
