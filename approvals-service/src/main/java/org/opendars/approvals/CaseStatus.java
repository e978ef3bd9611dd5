package org.opendars.approvals;

public enum CaseStatus {
    OPEN,
    /** Back with the applicant for information: the service-level clock is paused. */
    RETURNED,
    REVIEWED, APPROVED, REJECTED, WITHDRAWN;

    boolean isDecided() {
        return this == APPROVED || this == REJECTED || this == WITHDRAWN;
    }
}
