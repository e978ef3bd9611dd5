package org.opendars.approvals.api;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.opendars.approvals.AssessmentCase;
import org.opendars.approvals.CaseService;
import org.opendars.kit.api.Caller;
import org.opendars.kit.problem.NotFoundProblem;

/** The applicant's window on the assessment of their application, one entry per version; staff see every one. */
@Path("/api/assessments")
@RolesAllowed({ "applicant", "signatory", "case-officer", "panel-member", "approver", "auditor", "admin" })
public class AssessmentResource {

    private final CaseService cases;
    private final Caller caller;

    AssessmentResource(CaseService cases, Caller caller) {
        this.cases = cases;
        this.caller = caller;
    }

    @GET
    @Path("/{applicationId}")
    public List<AssessmentView> of(@PathParam("applicationId") UUID applicationId) {
        List<AssessmentCase> found = AssessmentCase.ofApplication(applicationId).stream()
                .filter(c -> caller.maySee(c.organisationId)).toList();
        if (found.isEmpty()) {
            throw new NotFoundProblem("no assessment of application " + applicationId + " is open to you");
        }
        return found.stream().map(c -> AssessmentView.of(c, cases.clockOf(c))).toList();
    }
}
