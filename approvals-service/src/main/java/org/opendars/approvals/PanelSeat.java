package org.opendars.approvals;

/** A member sitting at a meeting, by their realm username, and in what capacity. */
public record PanelSeat(String member, PanelRole role) {
}
