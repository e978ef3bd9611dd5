package org.opendars.extract;

public enum ExtractStatus {
    PENDING, BUILDING, READY, FAILED, PURGED,
    /** A rejection, a withdrawal or the end of its agreement stopped it; any bytes it had are deleted. */
    WITHHELD
}
