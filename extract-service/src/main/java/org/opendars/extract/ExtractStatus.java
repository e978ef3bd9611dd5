package org.opendars.extract;

public enum ExtractStatus {
    PENDING, BUILDING, READY, FAILED, PURGED
}
