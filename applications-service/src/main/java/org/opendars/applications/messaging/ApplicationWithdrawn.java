package org.opendars.applications.messaging;

import org.opendars.kit.messaging.Topic;

import java.time.Instant;
import java.util.UUID;

import org.opendars.applications.Application;

/**
 * Topic {@code application-withdrawn}. With {@code versionOnly} the applicant withdrew an amendment, renewal or
 * extension not yet decided: that version's case closes, and the agreement already in force and its deliveries
 * stay.
 */
@Topic(value = "application-withdrawn", owner = "applications-service")
public record ApplicationWithdrawn(UUID applicationId, int version, boolean versionOnly, String organisationId,
        UUID cohortId, String withdrawnBy, Instant withdrawnAt) {

    public static ApplicationWithdrawn of(Application application, int version, boolean versionOnly, String by) {
        return new ApplicationWithdrawn(application.id, version, versionOnly, application.organisationId,
                application.cohortId, by, Instant.now());
    }
}
