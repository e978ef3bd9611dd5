package org.opendars.kit.api;

import java.time.Instant;
import java.util.Set;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.http.HttpServerRequest;

/**
 * The audit of calls that never reached an {@link Audited} endpoint: a change or record-level read refused before
 * the endpoint ran (by role, by validation of the request line), and every authenticated request answered 403 or
 * 404, since those are how one probes for another organisation's ids. Written in its own transaction, so a failed
 * audit write never hides the answer. Calls the endpoint itself audited are left alone.
 */
public class AuditFilter {

    private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> RECORD_LEVEL_READS = Set.of("/cohort", "/results", "/matches", "/download");

    private final SecurityIdentity identity;
    private final CurrentVertxRequest current;
    private final HttpServerRequest http;

    AuditFilter(SecurityIdentity identity, CurrentVertxRequest current, HttpServerRequest http) {
        this.identity = identity;
        this.current = current;
        this.http = http;
    }

    @ServerResponseFilter
    public void audit(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        int status = response.getStatus();
        boolean audited = CHANGES.contains(request.getMethod())
                || RECORD_LEVEL_READS.stream().anyMatch(path::endsWith)
                || status == 403 || status == 404;
        if (!audited || status == 401
                || (current.getCurrent() != null && current.getCurrent().get(AuditInterceptor.AUDITED) != null)) {
            return;
        }
        boolean onEventLoop = Context.isOnEventLoopThread();
        SecurityIdentity caller = onEventLoop ? resolvedIdentity() : identity;
        if (caller == null || caller.isAnonymous()) {
            return;
        }
        AuditEvent event = new AuditEvent();
        event.at = Instant.now();
        event.actor = caller.getPrincipal().getName();
        event.organisationId = organisationOf(caller);
        event.method = request.getMethod();
        event.path = AuditEvent.clip(path, 400);
        event.status = status;
        event.remoteAddress = http.remoteAddress() == null ? null : http.remoteAddress().host();
        if (onEventLoop) {
            // Refusals before the resource runs are answered on the I/O thread, which must not block on the database.
            Infrastructure.getDefaultWorkerPool().execute(() -> write(event));
        } else {
            write(event);
        }
    }

    private static void write(AuditEvent event) {
        try {
            QuarkusTransaction.requiringNew().run(event::persist);
        } catch (RuntimeException e) {
            Log.errorf("could not write the audit of %s %s by %s: %s", event.method, event.path, event.actor,
                    e.getMessage());
        }
    }

    /** On the I/O thread only an identity already established for this request may be read. */
    private SecurityIdentity resolvedIdentity() {
        return current.getCurrent() != null && current.getCurrent().user() instanceof QuarkusHttpUser user
                ? user.getSecurityIdentity() : null;
    }

    private static String organisationOf(SecurityIdentity caller) {
        if (caller.getPrincipal() instanceof JsonWebToken token) {
            Object org = token.getClaim("org");
            return org == null || org.toString().isBlank() ? null : org.toString();
        }
        return null;
    }
}
