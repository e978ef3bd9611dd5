package org.opendars.applications.messaging;

import java.util.Objects;
import java.util.UUID;

/**
 * What this service reads from topics {@code agreement-expired} and {@code agreement-revoked}: the agreement for an
 * application ended, so the application is closed.
 */
public interface AgreementEnded {

    UUID applicationId();

    String organisationId();

    UUID cohortId();

    String reference();

    int version();

    String why();

    @org.opendars.kit.messaging.Topic(value = "agreement-expired", owner = "approvals-service")
    record Expired(UUID applicationId, String organisationId, UUID cohortId, String reference, int version,
            String endDate) implements AgreementEnded {

        public Expired {
            Objects.requireNonNull(applicationId, "applicationId");
            Objects.requireNonNull(organisationId, "organisationId");
        }

        @Override
        public String why() {
            return "agreement " + reference + " v" + version + " expired on " + endDate;
        }
    }

    @org.opendars.kit.messaging.Topic(value = "agreement-revoked", owner = "approvals-service")
    record Revoked(UUID applicationId, String organisationId, UUID cohortId, String reference, int version,
            String status, String reason) implements AgreementEnded {

        public Revoked {
            Objects.requireNonNull(applicationId, "applicationId");
            Objects.requireNonNull(organisationId, "organisationId");
        }

        @Override
        public String why() {
            return "agreement " + reference + " v" + version + ("WITHDRAWN".equals(status)
                    ? " ended: the application was withdrawn" : " revoked: " + reason);
        }
    }
}
