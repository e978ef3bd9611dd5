package org.opendars.kit.api;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.opendars.kit.messaging.DeadLetter;
import org.opendars.kit.messaging.DeadLetters;
import org.opendars.kit.problem.NotFoundProblem;

/** Lets an operator see which records this service's consumers gave up on, why, and hand one back to its consumer. */
@Path("/api/admin/dead-letters")
@RolesAllowed("admin")
public class DeadLetterResource {

    /** {@code key} and {@code payload} as text for reading; the exact bytes are in the base64 fields. */
    public record View(long id, String topic, int partition, long offset, String eventId, String key, String reason,
            int attempts, Instant receivedAt, Instant replayedAt, Map<String, String> headers, String payload,
            String keyBase64, String payloadBase64) {

        static View of(DeadLetter d) {
            Base64.Encoder base64 = Base64.getEncoder();
            return new View(d.id, d.topic, d.partition, d.offset, d.eventId, DeadLetter.readable(d.recordKey),
                    d.reason, d.attempts, d.receivedAt, d.replayedAt, d.readableHeaders(),
                    DeadLetter.readable(d.payload), d.recordKey == null ? null : base64.encodeToString(d.recordKey),
                    d.payload == null ? null : base64.encodeToString(d.payload));
        }
    }

    private final DeadLetters deadLetters;

    DeadLetterResource(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GET
    public List<View> list(@QueryParam("all") boolean all,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(1_000_000) int page,
            @QueryParam("size") @DefaultValue("100") @Min(1) @Max(500) int size) {
        return DeadLetter.page(all, page, size).stream().map(View::of).toList();
    }

    @GET
    @Path("/{id}")
    public View one(@PathParam("id") long id) {
        return DeadLetter.<DeadLetter>findByIdOptional(id).map(View::of)
                .orElseThrow(() -> new NotFoundProblem("no dead letter " + id));
    }

    @POST
    @Path("/{id}/replay")
    @Audited
    public View replay(@PathParam("id") long id) {
        return deadLetters.replay(id).map(View::of).orElseThrow(() -> new NotFoundProblem("no dead letter " + id));
    }
}
