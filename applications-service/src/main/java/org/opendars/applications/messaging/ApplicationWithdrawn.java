package org.opendars.applications.messaging;

import org.opendars.kit.messaging.Topic;

import java.time.Instant;
import java.util.UUID;

import org.opendars.applications.Application;

/** Topic {@code application-withdrawn}. */
@Topic("application-withdrawn")
public record ApplicationWithdrawn(UUID applicationId, int version, String organisationId, String withdrawnBy,
        Instant withdrawnAt) {

    public static ApplicationWithdrawn of(Application application, String by) {
        return new ApplicationWithdrawn(application.id, application.version, application.organisationId, by,
                Instant.now());
    }
}
