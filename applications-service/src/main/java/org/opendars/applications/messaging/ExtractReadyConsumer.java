package org.opendars.applications.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.opendars.applications.ApplicationService;
import org.opendars.kit.messaging.EventHandler;
import org.opendars.kit.messaging.Inbox;

import io.smallrye.reactive.messaging.annotations.Blocking;

@ApplicationScoped
public class ExtractReadyConsumer extends EventHandler<ExtractReady> {

    private final ApplicationService applications;

    ExtractReadyConsumer(Inbox inbox, ApplicationService applications) {
        super(inbox, ExtractReady.class);
        this.applications = applications;
    }

    @Incoming("extract-ready")
    @Blocking
    public void on(ConsumerRecord<String, byte[]> record) {
        receive(record);
    }

    @Override
    public void handle(ExtractReady event) {
        applications.noteExtractReady(event.applicationId(), event.summary());
    }
}
