package org.opendars.extract.api;

import java.time.Instant;
import java.util.UUID;

import org.opendars.extract.Extract;
import org.opendars.extract.ExtractStatus;

public record ExtractView(UUID id, UUID applicationId, String organisationId, UUID linkageRunId, ExtractStatus status,
        long rows, String sha256, String fileName, Long sizeBytes, int percentDone, int attempts,
        String failureReason, Integer pseudonymKeyVersion, Instant createdAt, Instant readyAt, Instant purgedAt,
        String purgedBy) {

    static ExtractView of(Extract e) {
        return new ExtractView(e.id, e.applicationId, e.organisationId, e.linkageRunId, e.status, e.rows, e.sha256,
                e.fileName, e.sizeBytes, e.percentDone, e.attempts, e.failureReason, e.pseudonymKeyVersion,
                e.createdAt, e.readyAt, e.purgedAt, e.purgedBy);
    }
}
