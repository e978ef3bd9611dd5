package org.opendars.extract.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;

/** Keeps every record this service's consumers gave up on, from all of its {@code -dlq} topics. */
@ApplicationScoped
public class DeadLetterConsumer {

    private final MeterRegistry metrics;

    DeadLetterConsumer(MeterRegistry metrics) {
        this.metrics = metrics;
    }

    @Incoming("dead-letters")
    @Transactional
    public void on(ConsumerRecord<String, byte[]> record) {
        DeadLetter letter = DeadLetter.from(record);
        letter.persist();
        metrics.counter("dars.events.dead-lettered", "topic", letter.topic).increment();
        Log.warnf("dead letter from %s (event %s): %s", letter.topic, letter.eventId, letter.reason);
    }
}
