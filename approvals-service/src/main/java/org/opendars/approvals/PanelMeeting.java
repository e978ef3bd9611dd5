package org.opendars.approvals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
import org.opendars.kit.problem.InvalidRequestException.FieldError;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A meeting of the independent advisory panel, which considers applications and recommends; the approver decides.
 * The seats are the members attending, one of them the chair and at least one a lay member. Each application on the
 * agenda is a {@link PanelItem}.
 */
@Entity
@Table(name = "panel_meeting")
public class PanelMeeting extends PanacheEntityBase {

    /** The chair, a lay member and at least one more, so that no item is settled by the chair and one other. */
    static final int MINIMUM_QUORUM = 3;

    @Id
    public UUID id;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PanelMeetingStatus status;

    /** The fewest members who may take part in an item, the chair and a lay member among them. */
    @Column(nullable = false)
    public int quorum;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<PanelSeat> seats;

    /** The chair's minutes followed by the record of every item; written once, when the meeting closes. */
    public String minutes;

    @Column(name = "scheduled_by", nullable = false)
    public String scheduledBy;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    public long rowVersion;

    /** A meeting with its members seated; every seating problem is reported at once. */
    static PanelMeeting schedule(LocalDate heldOn, List<PanelSeat> seats, int quorum, String by) {
        List<FieldError> errors = new ArrayList<>();
        if (heldOn == null) {
            errors.add(new FieldError("heldOn", "the meeting's date is required"));
        }
        List<PanelSeat> seated = seats == null ? List.of() : seats;
        if (seated.stream().anyMatch(s -> s == null || s.member() == null || s.member().isBlank()
                || s.role() == null)) {
            errors.add(new FieldError("seats", "every seat needs a member and a role"));
        } else {
            long chairs = seated.stream().filter(s -> s.role() == PanelRole.CHAIR).count();
            if (chairs == 0) {
                errors.add(new FieldError("seats", "one member must chair the meeting"));
            } else if (chairs > 1) {
                errors.add(new FieldError("seats", "only one member may chair the meeting"));
            }
            if (seated.stream().noneMatch(s -> s.role() == PanelRole.LAY_MEMBER)) {
                errors.add(new FieldError("seats", "at least one lay member must sit"));
            }
            Set<String> members = new HashSet<>();
            if (!seated.stream().allMatch(s -> members.add(s.member()))) {
                errors.add(new FieldError("seats", "a member may hold only one seat"));
            }
        }
        if (quorum < MINIMUM_QUORUM) {
            errors.add(new FieldError("quorum", "must be at least " + MINIMUM_QUORUM
                    + ": the chair, a lay member and one more"));
        } else if (seated.size() < quorum) {
            errors.add(new FieldError("quorum", "cannot be more than the " + seated.size() + " members seated"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        PanelMeeting meeting = new PanelMeeting();
        meeting.id = UUID.randomUUID();
        meeting.heldOn = heldOn;
        meeting.status = PanelMeetingStatus.SCHEDULED;
        meeting.quorum = quorum;
        meeting.seats = List.copyOf(seated);
        meeting.scheduledBy = by;
        return meeting;
    }

    public static List<PanelMeeting> recent() {
        return find("order by heldOn desc, id").page(0, 200).list();
    }

    public Optional<PanelSeat> seatOf(String member) {
        return seats.stream().filter(s -> s.member().equals(member)).findFirst();
    }

    public String chair() {
        return seats.stream().filter(s -> s.role() == PanelRole.CHAIR).map(PanelSeat::member).findFirst()
                .orElseThrow();
    }

    public boolean isClosed() {
        return status == PanelMeetingStatus.CLOSED;
    }

    /** Closes the meeting over its whole agenda as stored. */
    void close(String by, String chairsMinutes) {
        close(by, chairsMinutes, PanelItem.ofMeeting(id));
    }

    /**
     * Items still undecided are deferred, to be listed at a later meeting, so none is left open on a meeting that no
     * longer sits. The minutes are the chair's text followed by the record of every item, written once.
     */
    void close(String by, String chairsMinutes, List<PanelItem> agenda) {
        requireChair(by, "only the chair may close the meeting");
        require(!isClosed(), "the meeting is closed already");
        if (chairsMinutes == null || chairsMinutes.isBlank()) {
            throw new InvalidRequestException("minutes", "the chair's minutes are required");
        }
        Instant now = Instant.now();
        for (PanelItem item : agenda) {
            item.carryForward(this, by, now);
        }
        status = PanelMeetingStatus.CLOSED;
        closedAt = now;
        minutes = chairsMinutes.strip() + "\n\n" + record(agenda);
    }

    private String record(List<PanelItem> agenda) {
        StringBuilder text = new StringBuilder();
        text.append("Record of the advisory panel meeting held on ").append(heldOn).append('\n');
        text.append("Chair: ").append(chair()).append('\n');
        text.append("Members: ").append(seats.stream().map(PanelMeeting::describe).collect(Collectors.joining(", ")))
                .append('\n');
        text.append("Quorum: ").append(quorum).append('\n');
        if (agenda.isEmpty()) {
            text.append("\nNo application was on the agenda.\n");
        }
        int number = 1;
        for (PanelItem item : agenda) {
            text.append("\nItem ").append(number++).append(": ").append(item.minute(this));
        }
        return text.toString();
    }

    static String describe(PanelSeat seat) {
        return seat.member() + " (" + seat.role().label() + ")";
    }

    void requireChair(String member, String rule) {
        require(member != null && member.equals(chair()), rule);
    }

    private static void require(boolean allowed, String rule) {
        if (!allowed) {
            throw new IllegalTransitionException(rule);
        }
    }
}
