package org.opendars.kit.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A consumer of one event type, read from the type's {@link Topic}. A subclass declares the {@code @Incoming}
 * method that hands each record to {@link #receive}, and the effect in {@link #handle}; the inbox makes the effect
 * happen once per event id, retries failures that may pass and dead-letters the rest, and an operator's replay
 * of a dead letter comes back to this same handler.
 */
public abstract class EventHandler<T> {

    private Inbox inbox;
    private Class<T> type;

    protected EventHandler(Inbox inbox, Class<T> type) {
        this.inbox = inbox;
        this.type = type;
    }

    /** For the container's proxies only. */
    protected EventHandler() {
    }

    public String topic() {
        return Topics.of(type);
    }

    public Class<T> type() {
        return type;
    }

    /** The effect of one event; runs in the inbox's transaction, together with the record of the event's id. */
    public abstract void handle(T event);

    protected void receive(ConsumerRecord<String, byte[]> record) {
        inbox.receive(this, record);
    }
}
