package org.opendars.approvals.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.opendars.approvals.Agreement;
import org.opendars.kit.messaging.Topic;

/**
 * Topic {@code agreement-expired}: the agreement reached its end date with no later version in force; every
 * delivery under it stops and is purged, and the cohort is dropped.
 */
@Topic(value = "agreement-expired", owner = "approvals-service")
public record AgreementExpired(UUID agreementId, String reference, int version, UUID applicationId,
        String organisationId, UUID cohortId, LocalDate endDate, Instant expiredAt) {

    public static AgreementExpired of(Agreement a) {
        return new AgreementExpired(a.id, a.reference, a.version, a.applicationId, a.organisationId, a.cohortId,
                a.endDate, a.endedAt);
    }
}
