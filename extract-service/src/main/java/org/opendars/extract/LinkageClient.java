package org.opendars.extract;

import java.io.InputStream;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.client.filter.OidcClientFilter;

/** The claim check of linkage-completed: pseudonymised results are pulled with this service's own token. */
@RegisterRestClient(configKey = "linkage")
@OidcClientFilter
@Path("/internal/linkage-runs")
public interface LinkageClient {

    @GET
    @Path("/{id}/results")
    @Produces("text/csv")
    InputStream results(@PathParam("id") UUID linkageRunId);
}
