package org.opendars.approvals.api;

import org.opendars.kit.api.Audited;

import org.opendars.kit.api.Caller;

import java.util.List;
import java.util.UUID;

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
import jakarta.ws.rs.QueryParam;

import org.opendars.approvals.AgreementService;
import org.opendars.approvals.AssessmentCase;
import org.opendars.approvals.CaseService;
import org.opendars.approvals.Verdict;

/** The custodian's side of an application: only staff see cases; applicants follow progress in their own view. */
@Path("/api/cases")
@RolesAllowed({ "case-officer", "approver", "panel-member", "auditor", "admin" })
public class CaseResource {

    public record ReviewRequest(@NotNull Verdict recommendation, @Size(max = 10_000) String notes) {
    }

    /**
     * The decision; an approval may set the agreement's start date (today if absent), its term in months (the
     * purpose's maximum if absent) and conditions of the approver's own.
     */
    public record DecisionRequest(@NotNull Verdict decision, @NotBlank @Size(max = 10_000) String reason,
            java.time.LocalDate startDate, @jakarta.validation.constraints.Positive Integer termMonths,
            @Size(max = 50) List<@NotBlank @Size(max = 2000) String> conditions) {

        AgreementService.TermRequest term() {
            return new AgreementService.TermRequest(startDate, termMonths, conditions == null ? List.of() : conditions);
        }
    }

    private final CaseService cases;
    private final Caller caller;

    CaseResource(CaseService cases, Caller caller) {
        this.cases = cases;
        this.caller = caller;
    }

    @GET
    public List<CaseView> list(@QueryParam("applicationId") UUID applicationId) {
        List<AssessmentCase> found = applicationId == null ? AssessmentCase.recent()
                : AssessmentCase.ofApplication(applicationId);
        return found.stream().map(CaseView::of).toList();
    }

    @GET
    @Path("/{id}")
    public CaseView get(@PathParam("id") UUID id) {
        return AssessmentCase.<AssessmentCase>findByIdOptional(id).map(CaseView::of)
                .orElseThrow(() -> new NotFoundException("no case " + id));
    }

    @POST
    @Path("/{id}/review")
    @RolesAllowed("case-officer")
    @Audited
    public CaseView review(@PathParam("id") UUID id, @NotNull @Valid ReviewRequest request) {
        return CaseView.of(cases.review(id, caller.name(), request.recommendation(), request.notes()));
    }

    @POST
    @Path("/{id}/decision")
    @RolesAllowed("approver")
    @Audited
    public CaseView decide(@PathParam("id") UUID id, @NotNull @Valid DecisionRequest request) {
        return CaseView.of(cases.decide(id, caller.name(), request.decision(), request.reason(), request.term()));
    }
}
