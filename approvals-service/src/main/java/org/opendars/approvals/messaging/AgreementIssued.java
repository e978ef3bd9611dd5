package org.opendars.approvals.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.opendars.approvals.Agreement;
import org.opendars.approvals.AgreementTerms;
import org.opendars.approvals.RequestedDataset;
import org.opendars.kit.messaging.Topic;

/** Topic {@code agreement-issued}: a version is ready for both parties to sign; nothing moves yet. */
@Topic(value = "agreement-issued", owner = "approvals-service")
public record AgreementIssued(UUID agreementId, String reference, int version, String kind, UUID applicationId,
        int applicationVersion, String organisationId, String productType, List<RequestedDataset> datasets,
        LocalDate startDate, LocalDate endDate, String documentSha256, List<AgreementTerms.Change> changes,
        Instant issuedAt) {

    public static AgreementIssued of(Agreement a) {
        return new AgreementIssued(a.id, a.reference, a.version, a.kind.name(), a.applicationId, a.applicationVersion,
                a.organisationId, a.productType, a.datasets, a.startDate, a.endDate, a.documentSha256, a.changes,
                a.issuedAt);
    }
}
