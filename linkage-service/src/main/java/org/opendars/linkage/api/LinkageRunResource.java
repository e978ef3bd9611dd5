package org.opendars.linkage.api;

import org.opendars.kit.api.Caller;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.opendars.linkage.LinkageRun;
import org.opendars.linkage.engine.quality.HtmlReport;
import org.opendars.linkage.engine.quality.QualityReport;

/** Linkage progress and quality for data managers, and for the organisation whose cohort it is. */
@Path("/api/linkage-runs")
@RolesAllowed({ "data-manager", "admin", "auditor", "case-officer", "recipient", "applicant" })
public class LinkageRunResource {

    private final Caller caller;

    LinkageRunResource(Caller caller) {
        this.caller = caller;
    }

    @GET
    public List<LinkageRunView> list(@QueryParam("applicationId") UUID applicationId) {
        if (applicationId == null) {
            throw new BadRequestException("applicationId is required");
        }
        return LinkageRun.ofApplication(applicationId).stream()
                .filter(run -> caller.maySee(run.organisationId))
                .map(LinkageRunView::of).toList();
    }

    /** The engine's quality report: match rate per rank, unmatched, ambiguous, unusable values, timings. */
    @GET
    @Path("/{id}/quality")
    public QualityReport quality(@PathParam("id") UUID id) {
        return LinkageRun.<LinkageRun>findByIdOptional(id).filter(run -> caller.maySee(run.organisationId))
                .map(run -> run.quality)
                .orElseThrow(() -> new NotFoundException("no quality report for linkage run " + id));
    }

    /**
     * The same report as a page with charts for people to read. It carries record ids from the cohort, so the
     * policy lets the browser run nothing and fetch nothing, should an id have slipped past escaping.
     */
    @GET
    @Path("/{id}/quality.html")
    @Produces({ "text/html", "application/problem+json" })
    public Response qualityPage(@PathParam("id") UUID id) {
        return Response.ok(HtmlReport.render(quality(id), "Linkage run " + id), "text/html; charset=utf-8")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @GET
    @Path("/{id}")
    public LinkageRunView get(@PathParam("id") UUID id) {
        return LinkageRun.<LinkageRun>findByIdOptional(id).filter(run -> caller.maySee(run.organisationId))
                .map(LinkageRunView::of).orElseThrow(() -> new NotFoundException("no linkage run " + id));
    }
}
