package org.opendars.linkage.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.opendars.kit.api.Audited;
import org.opendars.kit.api.Caller;
import org.opendars.linkage.PersonIndexKeeper;

/**
 * The person index as data managers keep it: its version and size, its history of merges and splits, and the
 * merges and splits they make by hand after reviewing a linkage.
 */
@Path("/api/person-index")
@RolesAllowed({ "data-manager", "auditor", "admin" })
public class PersonIndexResource {

    public record MergeRequest(@NotBlank @Size(max = 20) String from, @NotBlank @Size(max = 20) String into,
            @NotBlank @Size(max = 500) String reason) {
    }

    public record SplitRequest(@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}") String datasetCode,
            @NotEmpty @Size(max = 10_000) List<@NotBlank @Size(max = 40) String> recordIds,
            @NotBlank @Size(max = 500) String reason) {
    }

    private final PersonIndexKeeper keeper;
    private final Caller caller;

    PersonIndexResource(PersonIndexKeeper keeper, Caller caller) {
        this.keeper = keeper;
        this.caller = caller;
    }

    @GET
    public PersonIndexKeeper.Summary summary() {
        return keeper.summary();
    }

    @GET
    @Path("/changes")
    public List<PersonIndexKeeper.Change> changes(@QueryParam("sinceVersion") @DefaultValue("0") int sinceVersion) {
        return keeper.changesSince(sinceVersion);
    }

    @POST
    @Path("/merges")
    @RolesAllowed("data-manager")
    @Audited
    public PersonIndexKeeper.Change merge(@Valid @jakarta.validation.constraints.NotNull MergeRequest request) {
        return keeper.merge(request.from(), request.into(), request.reason(), caller.name());
    }

    @POST
    @Path("/persons/{personId}/split")
    @RolesAllowed("data-manager")
    @Audited
    public PersonIndexKeeper.Change split(@PathParam("personId") String personId,
            @Valid @jakarta.validation.constraints.NotNull SplitRequest request) {
        return keeper.split(personId, request.datasetCode(), request.recordIds(), request.reason(), caller.name());
    }
}
