package org.opendars.extract.api;

import java.time.Instant;
import java.util.UUID;

import org.opendars.extract.Extract;
import org.opendars.extract.ExtractStatus;

public record ExtractView(UUID id, UUID applicationId, String organisationId, UUID linkageRunId, ExtractStatus status,
        long rows, String sha256, String fileName, int attempts, String failureReason, Instant createdAt,
        Instant readyAt) {

    static ExtractView of(Extract e) {
        return new ExtractView(e.id, e.applicationId, e.organisationId, e.linkageRunId, e.status, e.rows, e.sha256,
                e.fileName, e.attempts, e.failureReason, e.createdAt, e.readyAt);
    }
}
