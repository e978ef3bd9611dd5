package org.opendars.approvals;

public enum PanelItemStatus {
    LISTED,
    /** The panel's recommendation is recorded, DEFERRED for an item the meeting closed on undecided. */
    CONCLUDED
}
