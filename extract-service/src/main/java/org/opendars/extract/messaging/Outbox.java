package org.opendars.extract.messaging;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Records outgoing events in the caller's transaction; {@link OutboxRelay} publishes them after commit. */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper json;

    Outbox(ObjectMapper json) {
        this.json = json;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID add(String topic, String aggregateId, Object event) {
        UUID eventId = UUID.randomUUID();
        OutboxEvent.of(eventId, topic, aggregateId, write(event)).persist();
        return eventId;
    }

    /** Re-publishes a stored body unchanged, keeping its event id so consumers that saw it ignore it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replay(UUID eventId, String topic, String aggregateId, String payload) {
        OutboxEvent.of(eventId, topic, aggregateId, payload).persist();
    }

    private String write(Object event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event cannot be written as JSON: " + event.getClass().getSimpleName(), e);
        }
    }
}
