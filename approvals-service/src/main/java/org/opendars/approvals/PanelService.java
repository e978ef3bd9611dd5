package org.opendars.approvals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import io.quarkus.logging.Log;

/**
 * The advisory panel's meetings and agendas. Every change locks its meeting first, so votes, declarations, a
 * conclusion and the close of the same meeting happen one after another: a vote can never land on an item the
 * closing chair has just deferred, nor two votes on one item overwrite each other.
 */
@ApplicationScoped
public class PanelService {

    @Transactional
    public PanelMeeting schedule(LocalDate heldOn, List<PanelSeat> seats, int quorum, String by) {
        PanelMeeting meeting = PanelMeeting.schedule(heldOn, seats, quorum, by);
        meeting.persist();
        return meeting;
    }

    /** The case on the agenda, as the version it is now: the panel reads that version. */
    @Transactional
    public PanelItem list(UUID meetingId, UUID caseId, String by) {
        PanelMeeting meeting = locked(meetingId);
        AssessmentCase assessment = AssessmentCase.<AssessmentCase>findByIdOptional(caseId)
                .orElseThrow(() -> new NotFoundException("no case " + caseId));
        if (assessment.status.isDecided()) {
            throw new org.opendars.kit.problem.IllegalTransitionException("case " + caseId + " is " + assessment.status
                    + ": the panel considers cases still to be decided");
        }
        PanelItem item = PanelItem.listed(meeting, PanelItem.ofMeeting(meetingId), caseId, assessment.reference,
                assessment.applicationVersion, by);
        item.persist();
        return item;
    }

    @Transactional
    public PanelItem declare(UUID meetingId, UUID itemId, String member, String interest) {
        PanelMeeting meeting = locked(meetingId);
        PanelItem item = item(meetingId, itemId);
        item.declare(meeting, member, interest);
        return item;
    }

    @Transactional
    public PanelItem vote(UUID meetingId, UUID itemId, String member, PanelRecommendation recommendation,
            List<String> conditions, String comment) {
        PanelMeeting meeting = locked(meetingId);
        PanelItem item = item(meetingId, itemId);
        item.vote(meeting, member, recommendation, conditions, comment);
        return item;
    }

    @Transactional
    public PanelItem conclude(UUID meetingId, UUID itemId, String by) {
        PanelMeeting meeting = locked(meetingId);
        PanelItem item = item(meetingId, itemId);
        item.conclude(meeting, by);
        Log.infof("panel item %s concluded: %s", item.id, item.recommendation);
        return item;
    }

    @Transactional
    public PanelMeeting close(UUID meetingId, String by, String minutes) {
        PanelMeeting meeting = locked(meetingId);
        meeting.close(by, minutes);
        Log.infof("panel meeting %s closed", meeting.id);
        return meeting;
    }

    private static PanelMeeting locked(UUID meetingId) {
        return PanelMeeting.<PanelMeeting>findByIdOptional(meetingId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NotFoundException("no panel meeting " + meetingId));
    }

    /** An item of another meeting is as absent as one that does not exist. */
    private static PanelItem item(UUID meetingId, UUID itemId) {
        return PanelItem.<PanelItem>findByIdOptional(itemId).filter(i -> i.meetingId.equals(meetingId))
                .orElseThrow(() -> new NotFoundException("no item " + itemId + " on panel meeting " + meetingId));
    }
}
