package org.opendars.kit.messaging;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Records outgoing events in the caller's transaction, each on its type's {@link Topic}; {@link OutboxRelay}
 * publishes them after commit.
 */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper json;

    Outbox(ObjectMapper json) {
        this.json = json;
    }

    /** The aggregate id is the record key: events about one aggregate keep their order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID add(String aggregateId, Object event) {
        UUID eventId = UUID.randomUUID();
        OutboxEvent.of(eventId, Topics.of(event.getClass()), aggregateId, write(event)).persist();
        return eventId;
    }

    private String write(Object event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event cannot be written as JSON: " + event.getClass().getSimpleName(), e);
        }
    }
}
