package org.opendars.applications.messaging;

import org.opendars.kit.messaging.Topic;

import java.time.Instant;
import java.util.UUID;

import org.opendars.applications.Application;

/** Topic {@code application-withdrawn}. */
@Topic(value = "application-withdrawn", owner = "applications-service")
public record ApplicationWithdrawn(UUID applicationId, int version, String organisationId, UUID cohortId,
        String withdrawnBy, Instant withdrawnAt) {

    public static ApplicationWithdrawn of(Application application, String by) {
        return new ApplicationWithdrawn(application.id, application.version, application.organisationId, application.cohortId, by,
                Instant.now());
    }
}
