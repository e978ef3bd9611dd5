package org.opendars.kit.api;

import java.time.Instant;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.Response;

import org.opendars.kit.problem.ProblemMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

/**
 * Runs an {@link Audited} endpoint in a transaction that its services' own transactions join, and writes the audit
 * row inside it just before it commits; when the call fails, the change rolls back and the refusal is audited in
 * a transaction of its own. Runs before the transaction interceptor, so it owns the transaction.
 */
@Audited
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
class AuditInterceptor {

    static final String AUDITED = "dars.audited";

    private final Caller caller;
    private final CurrentVertxRequest current;
    private final org.opendars.kit.jobs.JobSettings settings;

    AuditInterceptor(Caller caller, CurrentVertxRequest current, org.opendars.kit.jobs.JobSettings settings) {
        this.caller = caller;
        this.current = current;
        this.settings = settings;
    }

    @AroundInvoke
    Object audit(InvocationContext invocation) throws Exception {
        try {
            return QuarkusTransaction.joiningExisting().timeout(settings.transactionTimeoutSeconds()).call(() -> {
                Object answer = invocation.proceed();
                record(statusOf(answer));
                return answer;
            });
        } catch (QuarkusTransactionException wrapped) {
            Throwable cause = wrapped.getCause() == null ? wrapped : wrapped.getCause();
            refused(cause);
            throw cause instanceof Exception e ? e : wrapped;
        } catch (Exception e) {
            refused(e);
            throw e;
        }
    }

    private void refused(Throwable failure) {
        int status = ProblemMapper.statusOf(failure);
        QuarkusTransaction.requiringNew().run(() -> record(status));
    }

    private void record(int status) {
        var request = current.getCurrent();
        AuditEvent event = new AuditEvent();
        event.at = Instant.now();
        event.actor = caller.name();
        event.organisationId = caller.organisation().orElse(null);
        event.method = request == null ? "CALL" : request.request().method().name();
        event.path = AuditEvent.clip(request == null ? "" : request.normalizedPath(), 400);
        event.status = status;
        event.remoteAddress = request == null || request.request().remoteAddress() == null ? null
                : request.request().remoteAddress().host();
        event.persist();
        if (request != null) {
            request.put(AUDITED, Boolean.TRUE);
        }
    }

    private static int statusOf(Object answer) {
        if (answer instanceof Response response) {
            return response.getStatus();
        }
        return answer == null ? 204 : 200;
    }
}
