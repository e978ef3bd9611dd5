package org.opendars.linkage.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.opendars.linkage.messaging.DeadLetter;
import org.opendars.linkage.messaging.DeadLetters;

/** Lets an operator see which events this service gave up on, why, and send them round again. */
@Path("/api/admin/dead-letters")
@RolesAllowed("admin")
public class DeadLetterResource {

    public record View(long id, String topic, String eventId, String key, String reason, Instant receivedAt,
            Instant replayedAt, Map<String, String> headers, String payload) {

        static View of(DeadLetter d) {
            return new View(d.id, d.topic, d.eventId, d.recordKey, d.reason, d.receivedAt, d.replayedAt, d.headers,
                    d.payload);
        }
    }

    private final DeadLetters deadLetters;

    DeadLetterResource(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GET
    public List<View> list(@QueryParam("all") boolean all) {
        return (all ? DeadLetter.all() : DeadLetter.pending()).stream().map(View::of).toList();
    }

    @POST
    @Path("/{id}/replay")
    public View replay(@PathParam("id") long id) {
        return deadLetters.replay(id).map(View::of).orElseThrow(() -> new NotFoundException("no dead letter " + id));
    }
}
