package org.opendars.approvals;

public enum Verdict {
    APPROVE, REJECT
}
