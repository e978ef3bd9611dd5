package org.opendars.approvals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.opendars.kit.problem.IllegalTransitionException;
import org.opendars.kit.problem.InvalidRequestException;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One application on a meeting's agenda: the members' declarations of interest, their votes and the panel's
 * recommendation. A member who declares an interest takes no part in the item. The item names the application
 * version it was listed with, so the recommendation is tied to what the panel actually read.
 */
@Entity
@Table(name = "panel_item")
public class PanelItem extends PanacheEntityBase {

    /**
     * An interest a member declared in the application. {@code voteWithdrawn} records that they had voted before
     * declaring, so the minutes show that a vote was cast and set aside.
     */
    public record Declaration(String member, String interest, Instant at, boolean voteWithdrawn) {
    }

    /** One member's vote; conditions only with {@link PanelRecommendation#SUPPORTED_WITH_CONDITIONS}. */
    public record Vote(String member, PanelRecommendation recommendation, List<String> conditions, String comment,
            Instant at) {
    }

    static final String CARRIED_FORWARD = "not decided at this meeting: carried to a later meeting";

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "application_reference", nullable = false)
    public String applicationReference;

    @Column(name = "application_version", nullable = false)
    public int applicationVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PanelItemStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Declaration> declarations;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Vote> votes;

    @Enumerated(EnumType.STRING)
    public PanelRecommendation recommendation;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> conditions;

    /** Why the item ended as it did when the panel did not conclude it itself. */
    public String note;

    @Column(name = "listed_by", nullable = false)
    public String listedBy;

    @Column(name = "listed_at", nullable = false)
    public Instant listedAt;

    @Column(name = "concluded_by")
    public String concludedBy;

    @Column(name = "concluded_at")
    public Instant concludedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    public long rowVersion;

    /** The case on the meeting's agenda, once per meeting; {@code agenda} is what the meeting already lists. */
    static PanelItem listed(PanelMeeting meeting, List<PanelItem> agenda, UUID caseId, String reference,
            int applicationVersion, String by) {
        require(!meeting.isClosed(), "the meeting is closed: list the application at a later meeting");
        require(agenda.stream().noneMatch(i -> i.caseId.equals(caseId)),
                "the application is on this meeting's agenda already");
        PanelItem item = new PanelItem();
        item.id = UUID.randomUUID();
        item.meetingId = meeting.id;
        item.caseId = caseId;
        item.applicationReference = reference;
        item.applicationVersion = applicationVersion;
        item.status = PanelItemStatus.LISTED;
        item.declarations = List.of();
        item.votes = List.of();
        item.conditions = List.of();
        item.listedBy = by;
        item.listedAt = Instant.now();
        return item;
    }

    /** The meeting's agenda, in the order it was listed. */
    public static List<PanelItem> ofMeeting(UUID meetingId) {
        return list("meetingId = ?1 order by listedAt, id", meetingId);
    }

    /** The agendas of several meetings at once, each in the order it was listed. */
    public static List<PanelItem> ofMeetings(Collection<UUID> meetingIds) {
        return meetingIds.isEmpty() ? List.of() : list("meetingId in ?1 order by listedAt, id", meetingIds);
    }

    /** Every time the case came before the panel, oldest first. */
    public static List<PanelItem> ofCase(UUID caseId) {
        return list("caseId = ?1 order by listedAt, id", caseId);
    }

    /** The panel's most recent word on the case, whatever it was: deferred counts, and the caller decides. */
    public static Optional<PanelItem> latestConcluded(UUID caseId) {
        return find("caseId = ?1 and status = ?2 order by concludedAt desc, id", caseId, PanelItemStatus.CONCLUDED)
                .firstResultOptional();
    }

    public boolean isConcluded() {
        return status == PanelItemStatus.CONCLUDED;
    }

    public boolean isRecused(String member) {
        return declarations.stream().anyMatch(d -> d.member().equals(member));
    }

    public Optional<Vote> voteOf(String member) {
        return votes.stream().filter(v -> v.member().equals(member)).findFirst();
    }

    /** The seated members with no declared interest in the application. */
    public List<PanelSeat> takingPart(PanelMeeting meeting) {
        belongsTo(meeting);
        return meeting.seats.stream().filter(s -> !isRecused(s.member())).toList();
    }

    /** Declarations stay open until the item is concluded: an interest can come to light during discussion. */
    void declare(PanelMeeting meeting, String member, String interest) {
        requireSeated(meeting, member);
        require(!meeting.isClosed(), "the meeting is closed");
        require(!isConcluded(), "the item is concluded: declarations are closed");
        require(!isRecused(member), "this member has declared an interest in the item already");
        if (interest == null || interest.isBlank()) {
            throw new InvalidRequestException("interest", "the interest is required");
        }
        // A vote cast before the interest was declared came from someone who should have taken no part. Left in, it
        // would still count towards the recommendation and the quorum; it is removed, and the declaration records
        // that it was, so the minutes show why one vote fewer stands.
        boolean voted = voteOf(member).isPresent();
        if (voted) {
            votes = votes.stream().filter(v -> !v.member().equals(member)).toList();
        }
        declarations = with(declarations, new Declaration(member, interest.strip(), Instant.now(), voted));
    }

    void vote(PanelMeeting meeting, String member, PanelRecommendation recommendation, List<String> conditions,
            String comment) {
        requireSeated(meeting, member);
        require(!isRecused(member), "a member who declared an interest takes no part in the item");
        require(!meeting.isClosed(), "the meeting is closed");
        require(!isConcluded(), "the item is concluded");
        require(voteOf(member).isEmpty(), "this member has voted on the item already");
        if (recommendation == null) {
            throw new InvalidRequestException("recommendation", "the recommendation is required");
        }
        List<String> given = conditions == null ? List.of() : conditions;
        if (given.stream().anyMatch(c -> c == null || c.isBlank())) {
            throw new InvalidRequestException("conditions", "a condition cannot be empty");
        }
        if (recommendation == PanelRecommendation.SUPPORTED_WITH_CONDITIONS && given.isEmpty()) {
            throw new InvalidRequestException("conditions", "support with conditions needs at least one condition");
        }
        if (recommendation != PanelRecommendation.SUPPORTED_WITH_CONDITIONS && !given.isEmpty()) {
            throw new InvalidRequestException("conditions", "only support with conditions takes conditions");
        }
        votes = with(votes, new Vote(member, recommendation, given.stream().map(String::strip).toList(),
                comment == null || comment.isBlank() ? null : comment.strip(), Instant.now()));
    }

    /**
     * The panel's recommendation, once the item is quorate and everyone taking part has voted. The most votes win;
     * a tie goes to the more cautious recommendation, since a panel split evenly has not agreed to the less
     * cautious one.
     */
    void conclude(PanelMeeting meeting, String by) {
        meeting.requireChair(by, "only the chair may conclude an item");
        require(!meeting.isClosed(), "the meeting is closed");
        require(!isConcluded(), "the item is concluded already");
        List<PanelSeat> members = takingPart(meeting);
        require(members.size() >= meeting.quorum, "not quorate: " + members.size()
                + " members take part where the quorum is " + meeting.quorum);
        require(members.stream().anyMatch(s -> s.role() == PanelRole.CHAIR),
                "not quorate: the chair has declared an interest");
        require(members.stream().anyMatch(s -> s.role() == PanelRole.LAY_MEMBER),
                "not quorate: no lay member takes part");
        long waiting = members.stream().filter(s -> voteOf(s.member()).isEmpty()).count();
        require(waiting == 0, waiting + " of the " + members.size() + " members taking part have not voted yet");
        recommendation = majority(votes);
        conditions = recommendation == PanelRecommendation.SUPPORTED_WITH_CONDITIONS ? conditionsOf(votes)
                : List.of();
        status = PanelItemStatus.CONCLUDED;
        concludedBy = by;
        concludedAt = Instant.now();
    }

    /** At the close of its meeting an undecided item is deferred; its votes so far stay on the record. */
    void carryForward(PanelMeeting meeting, String by, Instant at) {
        belongsTo(meeting);
        if (isConcluded()) {
            return;
        }
        recommendation = PanelRecommendation.DEFERRED;
        conditions = List.of();
        note = CARRIED_FORWARD;
        status = PanelItemStatus.CONCLUDED;
        concludedBy = by;
        concludedAt = at;
    }

    /** The item's record for the minutes, in plain text. */
    public String minute(PanelMeeting meeting) {
        StringBuilder text = new StringBuilder();
        text.append(applicationReference).append(" version ").append(applicationVersion).append('\n');
        List<PanelSeat> members = takingPart(meeting);
        text.append("Taking part: ").append(members.isEmpty() ? "nobody"
                : members.stream().map(PanelMeeting::describe).collect(Collectors.joining(", "))).append('\n');
        if (declarations.isEmpty()) {
            text.append("Declarations of interest: none\n");
        } else {
            text.append("Declarations of interest:\n");
            for (Declaration d : declarations) {
                text.append("- ").append(d.member()).append(": ").append(oneLine(d.interest())).append("; recused");
                if (d.voteWithdrawn()) {
                    text.append(", vote withdrawn");
                }
                text.append('\n');
            }
        }
        if (votes.isEmpty()) {
            text.append("Votes: none\n");
        } else {
            text.append("Votes:\n");
            for (Vote v : votes) {
                text.append("- ").append(v.member()).append(": ").append(v.recommendation());
                if (!v.conditions().isEmpty()) {
                    text.append(" (conditions: ").append(v.conditions().stream().map(PanelItem::oneLine)
                            .collect(Collectors.joining("; "))).append(')');
                }
                if (v.comment() != null) {
                    text.append(": ").append(oneLine(v.comment()));
                }
                text.append('\n');
            }
        }
        text.append("Recommendation: ").append(recommendation == null ? "none yet" : recommendation).append('\n');
        if (!conditions.isEmpty()) {
            text.append("Conditions:\n");
            conditions.forEach(c -> text.append("- ").append(oneLine(c)).append('\n'));
        }
        if (note != null) {
            text.append("Note: ").append(note).append('\n');
        }
        return text.toString();
    }

    private static PanelRecommendation majority(List<Vote> votes) {
        Map<PanelRecommendation, Long> counts = votes.stream().collect(Collectors.groupingBy(Vote::recommendation,
                () -> new EnumMap<>(PanelRecommendation.class), Collectors.counting()));
        long most = counts.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        return counts.entrySet().stream().filter(e -> e.getValue() == most).map(Map.Entry::getKey)
                .max(PanelRecommendation.BY_CAUTION).orElseThrow();
    }

    /** Every condition any supporting member set, once each, in the order they were first set. */
    private static List<String> conditionsOf(List<Vote> votes) {
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        votes.stream().filter(v -> v.recommendation() == PanelRecommendation.SUPPORTED_WITH_CONDITIONS)
                .forEach(v -> distinct.addAll(v.conditions()));
        return List.copyOf(distinct);
    }

    private void requireSeated(PanelMeeting meeting, String member) {
        belongsTo(meeting);
        require(meeting.seatOf(member).isPresent(), "only a member seated at the meeting may take part");
    }

    private void belongsTo(PanelMeeting meeting) {
        if (!meeting.id.equals(meetingId)) {
            throw new IllegalArgumentException("the item is on another meeting's agenda");
        }
    }

    /** Minutes are line by line: text a member typed over several lines stays on its own. */
    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static <T> List<T> with(List<T> list, T element) {
        List<T> longer = new ArrayList<>(list);
        longer.add(element);
        return List.copyOf(longer);
    }

    private static void require(boolean allowed, String rule) {
        if (!allowed) {
            throw new IllegalTransitionException(rule);
        }
    }
}
