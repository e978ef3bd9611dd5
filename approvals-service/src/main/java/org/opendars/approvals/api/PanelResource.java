package org.opendars.approvals.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.opendars.approvals.PanelItem;
import org.opendars.approvals.PanelMeeting;
import org.opendars.approvals.PanelRecommendation;
import org.opendars.approvals.PanelRole;
import org.opendars.approvals.PanelSeat;
import org.opendars.approvals.PanelService;
import org.opendars.kit.api.Audited;
import org.opendars.kit.api.Caller;

/**
 * The independent advisory panel: case officers schedule meetings and list cases; seated members declare interests
 * and vote; the chair concludes each item and closes the meeting with its minutes. Staff who follow cases may read.
 */
@Path("/api/panel/meetings")
@RolesAllowed({ "case-officer", "panel-member", "approver", "auditor", "admin" })
public class PanelResource {

    public record SeatRequest(@NotBlank @Size(max = 100) String member, @NotNull PanelRole role) {
    }

    public record ScheduleRequest(@NotNull LocalDate heldOn, @NotNull Integer quorum,
            @NotNull @Size(max = 40) List<@NotNull @Valid SeatRequest> seats) {

        List<PanelSeat> panel() {
            return seats.stream().map(s -> new PanelSeat(s.member(), s.role())).toList();
        }
    }

    public record AgendaRequest(@NotNull UUID caseId) {
    }

    public record DeclarationRequest(@NotBlank @Size(max = 2000) String interest) {
    }

    public record VoteRequest(@NotNull PanelRecommendation recommendation,
            @Size(max = 20) List<@NotBlank @Size(max = 2000) String> conditions, @Size(max = 10_000) String comment) {
    }

    public record MinutesRequest(@NotBlank @Size(max = 100_000) String minutes) {
    }

    private final PanelService panel;
    private final Caller caller;

    PanelResource(PanelService panel, Caller caller) {
        this.panel = panel;
        this.caller = caller;
    }

    @GET
    public List<PanelMeetingView> list() {
        List<PanelMeeting> meetings = PanelMeeting.recent();
        Map<UUID, List<PanelItem>> agendas = PanelItem.ofMeetings(meetings.stream().map(m -> m.id).toList())
                .stream().collect(Collectors.groupingBy(i -> i.meetingId));
        return meetings.stream().map(m -> PanelMeetingView.of(m, agendas.getOrDefault(m.id, List.of()))).toList();
    }

    @GET
    @Path("/{id}")
    public PanelMeetingView get(@PathParam("id") UUID id) {
        return view(existing(id));
    }

    @POST
    @RolesAllowed({ "case-officer", "admin" })
    @Audited
    public Response schedule(@NotNull @Valid ScheduleRequest request) {
        PanelMeeting meeting = panel.schedule(request.heldOn(), request.panel(), request.quorum(), caller.name());
        return Response.created(URI.create("/api/panel/meetings/" + meeting.id))
                .entity(PanelMeetingView.of(meeting, List.of())).build();
    }

    @POST
    @Path("/{id}/agenda")
    @RolesAllowed("case-officer")
    @Audited
    public PanelMeetingView.Item addToAgenda(@PathParam("id") UUID id, @NotNull @Valid AgendaRequest request) {
        return item(id, panel.list(id, request.caseId(), caller.name()));
    }

    @POST
    @Path("/{id}/items/{itemId}/declarations")
    @RolesAllowed("panel-member")
    @Audited
    public PanelMeetingView.Item declare(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId,
            @NotNull @Valid DeclarationRequest request) {
        return item(id, panel.declare(id, itemId, caller.name(), request.interest()));
    }

    @POST
    @Path("/{id}/items/{itemId}/votes")
    @RolesAllowed("panel-member")
    @Audited
    public PanelMeetingView.Item vote(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId,
            @NotNull @Valid VoteRequest request) {
        return item(id, panel.vote(id, itemId, caller.name(), request.recommendation(), request.conditions(),
                request.comment()));
    }

    @POST
    @Path("/{id}/items/{itemId}/conclusion")
    @RolesAllowed("panel-member")
    @Audited
    public PanelMeetingView.Item conclude(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId) {
        return item(id, panel.conclude(id, itemId, caller.name()));
    }

    @POST
    @Path("/{id}/minutes")
    @RolesAllowed("panel-member")
    @Audited
    public PanelMeetingView close(@PathParam("id") UUID id, @NotNull @Valid MinutesRequest request) {
        return view(panel.close(id, caller.name(), request.minutes()));
    }

    @GET
    @Path("/{id}/minutes")
    @Produces({ "text/plain", "application/problem+json" })
    public Response minutes(@PathParam("id") UUID id) {
        PanelMeeting meeting = existing(id);
        if (meeting.minutes == null) {
            throw new NotFoundException("the meeting is minuted when it closes");
        }
        return Response.ok(meeting.minutes, "text/plain; charset=utf-8").build();
    }

    private static PanelMeetingView view(PanelMeeting meeting) {
        return PanelMeetingView.of(meeting, PanelItem.ofMeeting(meeting.id));
    }

    private static PanelMeetingView.Item item(UUID meetingId, PanelItem item) {
        return PanelMeetingView.Item.of(item, existing(meetingId));
    }

    private static PanelMeeting existing(UUID id) {
        return PanelMeeting.<PanelMeeting>findByIdOptional(id)
                .orElseThrow(() -> new NotFoundException("no panel meeting " + id));
    }
}
