package org.opendars.approvals.messaging;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.opendars.approvals.IllegalTransitionException;

/** Replays a dead letter through the outbox, back to the topic it failed on. */
@ApplicationScoped
public class DeadLetters {

    private final Outbox outbox;

    DeadLetters(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional
    public Optional<DeadLetter> replay(long id) {
        Optional<DeadLetter> found = DeadLetter.findByIdOptional(id);
        found.ifPresent(letter -> {
            if (letter.replayedAt != null) {
                throw new IllegalTransitionException("dead letter " + id + " was already replayed");
            }
            // A record that never was a CloudEvent gets a new id; a real event keeps its own so no one applies it twice.
            UUID eventId = letter.eventId == null ? UUID.randomUUID() : parseOrNew(letter.eventId);
            outbox.replay(eventId, letter.topic, letter.recordKey == null ? "" : letter.recordKey,
                    letter.payload == null ? "" : letter.payload);
            letter.markReplayed();
        });
        return found;
    }

    private static UUID parseOrNew(String eventId) {
        try {
            return UUID.fromString(eventId);
        } catch (IllegalArgumentException e) {
            return UUID.randomUUID();
        }
    }
}
