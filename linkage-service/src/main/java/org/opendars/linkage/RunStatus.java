package org.opendars.linkage;

public enum RunStatus {
    PENDING, RUNNING, COMPLETED, FAILED
}
