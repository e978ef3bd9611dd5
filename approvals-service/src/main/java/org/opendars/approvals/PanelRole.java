package org.opendars.approvals;

/** A member's seat at a meeting. A meeting has one chair; a lay member speaks for the public. */
public enum PanelRole {
    CHAIR,
    LAY_MEMBER,
    /** A clinical, technical or legal specialist. */
    SPECIALIST;

    String label() {
        return name().toLowerCase().replace('_', ' ');
    }
}
