package org.opendars.extract.messaging;

import org.opendars.kit.messaging.Topic;

import java.time.Instant;
import java.util.UUID;

import org.opendars.extract.Extract;

/** Topic {@code extract-failed}. */
@Topic(value = "extract-failed", owner = "extract-service")
public record ExtractFailed(UUID applicationId, String organisationId, UUID extractId, String reason,
        Instant failedAt) {

    public static ExtractFailed of(Extract extract) {
        return new ExtractFailed(extract.applicationId, extract.organisationId, extract.id, extract.failureReason,
                Instant.now());
    }
}
