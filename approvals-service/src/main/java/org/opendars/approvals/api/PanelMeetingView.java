package org.opendars.approvals.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.opendars.approvals.PanelItem;
import org.opendars.approvals.PanelItemStatus;
import org.opendars.approvals.PanelMeeting;
import org.opendars.approvals.PanelMeetingStatus;
import org.opendars.approvals.PanelRecommendation;
import org.opendars.approvals.PanelSeat;

/** A panel meeting with its agenda; the minutes are served on their own, as text. */
public record PanelMeetingView(UUID id, LocalDate heldOn, PanelMeetingStatus status, int quorum, String chair,
        List<PanelSeat> seats, String scheduledBy, Instant closedAt, List<Item> items) {

    /** One application on the agenda; {@code takingPart} are the seated members with no declared interest. */
    public record Item(UUID id, UUID meetingId, UUID caseId, String applicationReference, int applicationVersion,
            PanelItemStatus status, List<String> takingPart, List<PanelItem.Declaration> declarations,
            List<PanelItem.Vote> votes, PanelRecommendation recommendation, List<String> conditions, String note,
            String listedBy, Instant listedAt, String concludedBy, Instant concludedAt) {

        static Item of(PanelItem i, PanelMeeting meeting) {
            return new Item(i.id, i.meetingId, i.caseId, i.applicationReference, i.applicationVersion, i.status,
                    i.takingPart(meeting).stream().map(PanelSeat::member).toList(), i.declarations, i.votes,
                    i.recommendation, i.conditions, i.note, i.listedBy, i.listedAt, i.concludedBy, i.concludedAt);
        }
    }

    static PanelMeetingView of(PanelMeeting m, List<PanelItem> agenda) {
        return new PanelMeetingView(m.id, m.heldOn, m.status, m.quorum, m.chair(), m.seats, m.scheduledBy,
                m.closedAt, agenda.stream().map(i -> Item.of(i, m)).toList());
    }
}
