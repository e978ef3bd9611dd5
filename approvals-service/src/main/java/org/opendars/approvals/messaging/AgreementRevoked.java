package org.opendars.approvals.messaging;

import java.time.Instant;
import java.util.UUID;

import org.opendars.approvals.Agreement;
import org.opendars.kit.messaging.Topic;

/**
 * Topic {@code agreement-revoked}: the agreement ended before its end date, revoked by the custodian
 * ({@code status} REVOKED) or because the application was withdrawn (WITHDRAWN); every delivery under it stops and
 * is purged, and the cohort is dropped.
 */
@Topic(value = "agreement-revoked", owner = "approvals-service")
public record AgreementRevoked(UUID agreementId, String reference, int version, UUID applicationId,
        String organisationId, UUID cohortId, String status, String reason, String revokedBy, Instant revokedAt) {

    public static AgreementRevoked of(Agreement a) {
        return new AgreementRevoked(a.id, a.reference, a.version, a.applicationId, a.organisationId, a.cohortId,
                a.status.name(), a.endReason, a.endedBy, a.endedAt);
    }
}
