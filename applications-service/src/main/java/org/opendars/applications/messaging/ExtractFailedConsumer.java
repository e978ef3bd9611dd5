package org.opendars.applications.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.opendars.applications.ApplicationService;
import org.opendars.kit.messaging.EventHandler;
import org.opendars.kit.messaging.Inbox;

import io.smallrye.reactive.messaging.annotations.Blocking;

@ApplicationScoped
public class ExtractFailedConsumer extends EventHandler<ExtractFailed> {

    private final ApplicationService applications;

    ExtractFailedConsumer(Inbox inbox, ApplicationService applications) {
        super(inbox, ExtractFailed.class);
        this.applications = applications;
    }

    @Incoming("extract-failed")
    @Blocking
    public void on(ConsumerRecord<String, byte[]> record) {
        receive(record);
    }

    @Override
    public void handle(ExtractFailed event) {
        applications.noteExtractFailed(event.applicationId(), event.reason());
    }
}
