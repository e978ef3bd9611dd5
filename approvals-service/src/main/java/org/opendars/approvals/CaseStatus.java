package org.opendars.approvals;

public enum CaseStatus {
    OPEN, REVIEWED, APPROVED, REJECTED, WITHDRAWN
}
