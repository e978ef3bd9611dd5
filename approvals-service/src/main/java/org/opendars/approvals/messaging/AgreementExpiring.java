package org.opendars.approvals.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.opendars.approvals.Agreement;
import org.opendars.kit.messaging.Topic;

/** Topic {@code agreement-expiring}: a reminder that the agreement ends soon, once per threshold (90, 30, 7 days). */
@Topic(value = "agreement-expiring", owner = "approvals-service")
public record AgreementExpiring(UUID agreementId, String reference, int version, UUID applicationId,
        String organisationId, LocalDate endDate, int reminderDays, long daysLeft, Instant sentAt) {

    public static AgreementExpiring of(Agreement a, int reminderDays, long daysLeft, Instant now) {
        return new AgreementExpiring(a.id, a.reference, a.version, a.applicationId, a.organisationId, a.endDate,
                reminderDays, daysLeft, now);
    }
}
