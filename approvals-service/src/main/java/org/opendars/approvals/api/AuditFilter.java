package org.opendars.approvals.api;

import java.time.Instant;
import java.util.Set;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;

/**
 * Audits every successful state change and every read of record-level data (who, what, when, from where), in
 * its own transaction so a failed audit write never hides the answer the caller already has.
 */
public class AuditFilter {

    private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> RECORD_LEVEL_READS = Set.of("/cohort", "/results", "/matches", "/download");

    private final SecurityIdentity identity;
    private final Caller caller;
    private final HttpServerRequest http;

    AuditFilter(SecurityIdentity identity, Caller caller, HttpServerRequest http) {
        this.identity = identity;
        this.caller = caller;
        this.http = http;
    }

    @ServerResponseFilter
    public void audit(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        boolean audited = CHANGES.contains(request.getMethod())
                || RECORD_LEVEL_READS.stream().anyMatch(path::endsWith);
        if (!audited || identity.isAnonymous() || response.getStatus() >= 400) {
            return;
        }
        AuditEvent event = new AuditEvent();
        event.at = Instant.now();
        event.actor = caller.name();
        event.organisationId = caller.organisation().orElse(null);
        event.method = request.getMethod();
        event.path = path.length() > 400 ? path.substring(0, 400) : path;
        event.status = response.getStatus();
        event.remoteAddress = http.remoteAddress() == null ? null : http.remoteAddress().host();
        QuarkusTransaction.requiringNew().run(event::persist);
    }
}
