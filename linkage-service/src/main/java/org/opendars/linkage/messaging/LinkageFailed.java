package org.opendars.linkage.messaging;

import org.opendars.kit.messaging.Topic;

import java.time.Instant;
import java.util.UUID;

import org.opendars.linkage.LinkageRun;

/** Topic {@code linkage-failed}. */
@Topic(value = "linkage-failed", owner = "linkage-service")
public record LinkageFailed(UUID applicationId, String organisationId, UUID linkageRunId, String reason,
        Instant failedAt) {

    public static LinkageFailed of(LinkageRun run) {
        return new LinkageFailed(run.applicationId, run.organisationId, run.id, run.failureReason, run.finishedAt);
    }
}
