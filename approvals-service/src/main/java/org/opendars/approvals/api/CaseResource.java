package org.opendars.approvals.api;

import org.opendars.kit.api.Audited;

import org.opendars.kit.api.Caller;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
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
import org.opendars.approvals.CheckRule;
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
            @Size(max = 50) List<@NotBlank @Size(max = 2000) String> conditions,
            @Size(max = 20) List<@NotNull @Valid Override> overrides) {

        AgreementService.TermRequest term() {
            return new AgreementService.TermRequest(startDate, termMonths, conditions == null ? List.of() : conditions);
        }

        List<CaseService.OverrideRequest> overridden() {
            return overrides == null ? List.of()
                    : overrides.stream().map(o -> new CaseService.OverrideRequest(o.check(), o.reason())).toList();
        }
    }

    /** The approver's acceptance of a check's finding, with the reason the agreement will state. */
    public record Override(@NotNull CheckRule check, @NotBlank @Size(max = 2000) String reason) {
    }

    public record ReturnRequest(@NotEmpty @Size(max = 30) List<@NotBlank @Size(max = 5000) String> questions) {
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
        return found.stream().map(this::view).toList();
    }

    @GET
    @Path("/{id}")
    public CaseView get(@PathParam("id") UUID id) {
        return AssessmentCase.<AssessmentCase>findByIdOptional(id).map(this::view)
                .orElseThrow(() -> new NotFoundException("no case " + id));
    }

    @POST
    @Path("/{id}/review")
    @RolesAllowed("case-officer")
    @Audited
    public CaseView review(@PathParam("id") UUID id, @NotNull @Valid ReviewRequest request) {
        return view(cases.review(id, caller.name(), request.recommendation(), request.notes()));
    }

    @POST
    @Path("/{id}/decision")
    @RolesAllowed("approver")
    @Audited
    public CaseView decide(@PathParam("id") UUID id, @NotNull @Valid DecisionRequest request) {
        return view(cases.decide(id, caller.name(), request.decision(), request.reason(), request.term(),
                request.overridden()));
    }

    /** Questions for the applicant: the application goes back to them and the clock pauses. */
    @POST
    @Path("/{id}/return")
    @RolesAllowed("case-officer")
    @Audited
    public CaseView returnForInformation(@PathParam("id") UUID id, @NotNull @Valid ReturnRequest request) {
        return view(cases.returnForInformation(id, caller.name(), request.questions()));
    }

    private CaseView view(AssessmentCase assessment) {
        return CaseView.of(assessment, cases.clockOf(assessment));
    }
}
