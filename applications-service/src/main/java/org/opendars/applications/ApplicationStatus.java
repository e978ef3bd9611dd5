package org.opendars.applications;

public enum ApplicationStatus {
    DRAFT, SUBMITTED, APPROVED, REJECTED, WITHDRAWN, LINKED, LINKAGE_FAILED, EXTRACT_READY, EXTRACT_FAILED
}
