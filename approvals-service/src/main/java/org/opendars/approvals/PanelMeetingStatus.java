package org.opendars.approvals;

public enum PanelMeetingStatus {
    SCHEDULED,
    /** Minuted by the chair; nothing on its agenda changes any more. */
    CLOSED
}
