package org.opendars.linkage;

import java.io.InputStream;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.client.filter.OidcClientFilter;

/** The claim check of application-approved: the cohort is pulled with this service's own token. */
@RegisterRestClient(configKey = "applications")
@OidcClientFilter
@Path("/internal/applications")
public interface ApplicationsClient {

    @GET
    @Path("/{id}/cohort")
    @Produces("text/csv")
    InputStream cohort(@PathParam("id") UUID applicationId);
}
