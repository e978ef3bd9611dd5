package org.opendars.extract.messaging;

import org.opendars.kit.messaging.Topic;

import java.time.Instant;
import java.util.UUID;

import org.opendars.extract.Extract;

/** Topic {@code extract-ready}. */
@Topic(value = "extract-ready", owner = "extract-service")
public record ExtractReady(UUID applicationId, String organisationId, UUID extractId, UUID linkageRunId, long rows,
        String sha256, String fileName, Instant readyAt) {

    public static ExtractReady of(Extract extract) {
        return new ExtractReady(extract.applicationId, extract.organisationId, extract.id, extract.linkageRunId,
                extract.rows, extract.sha256, extract.fileName, extract.readyAt);
    }
}
