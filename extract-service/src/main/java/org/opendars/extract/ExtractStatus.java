package org.opendars.extract;

public enum ExtractStatus {
    PENDING, BUILDING, READY, FAILED, PURGED,
    /** A decision after the approval (a rejection) stopped it; any bytes it had are deleted. */
    WITHHELD
}
