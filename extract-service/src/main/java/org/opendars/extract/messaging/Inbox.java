package org.opendars.extract.messaging;

import java.io.IOException;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;

/**
 * Applies an incoming CloudEvent at most once: the effect and the processed-event row commit together. A record
 * that is not a valid CloudEvent or whose body does not read as the expected type throws, so the consumer's
 * retries and then the dead-letter topic take it.
 */
@ApplicationScoped
public class Inbox {

    private final ObjectMapper json;
    private final MeterRegistry metrics;

    Inbox(ObjectMapper json, MeterRegistry metrics) {
        this.json = json;
        this.metrics = metrics;
    }

    @Transactional
    public <T> void receive(ConsumerRecord<String, byte[]> record, Class<T> type, Consumer<T> effect) {
        CloudEvent event = KafkaMessageFactory.createReader(record).toEvent();
        if (ProcessedEvent.seen(event.getId())) {
            Log.infof("ignoring redelivered event %s on %s", event.getId(), record.topic());
            metrics.counter("dars.events.duplicates", "topic", record.topic()).increment();
            return;
        }
        effect.accept(read(event, type));
        ProcessedEvent.record(event.getId(), record.topic());
        metrics.counter("dars.events.consumed", "topic", record.topic()).increment();
    }

    private <T> T read(CloudEvent event, Class<T> type) {
        if (event.getData() == null) {
            throw new IllegalArgumentException("event " + event.getId() + " has no body");
        }
        try {
            return json.readValue(event.getData().toBytes(), type);
        } catch (IOException e) {
            throw new IllegalArgumentException("event " + event.getId() + " is not a valid " + type.getSimpleName(), e);
        }
    }
}
