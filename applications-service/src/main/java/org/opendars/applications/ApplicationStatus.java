package org.opendars.applications;

/** Where an application is; the stage orders the happy path so reports arriving out of order never move it back. */
public enum ApplicationStatus {
    DRAFT(0), SUBMITTED(1),
    /** Back with the applicant for information: the case officer's questions wait for answers and a resubmission. */
    RETURNED(1),
    APPROVED(2), REJECTED(2), LINKED(3), LINKAGE_FAILED(3), EXTRACT_READY(4),
    EXTRACT_FAILED(4), WITHDRAWN(9),
    /** Its agreement ended (expired or revoked): nothing is delivered any more. */
    CLOSED(9);

    private final int stage;

    ApplicationStatus(int stage) {
        this.stage = stage;
    }

    boolean isFinal() {
        return this == REJECTED || this == WITHDRAWN || this == CLOSED;
    }

    boolean isBefore(ApplicationStatus other) {
        return stage < other.stage;
    }

    boolean isAtLeast(ApplicationStatus other) {
        return stage >= other.stage;
    }
}
