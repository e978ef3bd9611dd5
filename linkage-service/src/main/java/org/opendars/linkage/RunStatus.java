package org.opendars.linkage;

public enum RunStatus {
    PENDING, RUNNING, COMPLETED, FAILED,
    /** The application's agreement ended before the run finished: it never will. */
    CANCELLED
}
