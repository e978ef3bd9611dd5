package org.opendars.applications.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.opendars.applications.ApplicationService;
import org.opendars.kit.messaging.EventHandler;
import org.opendars.kit.messaging.Inbox;

import io.smallrye.reactive.messaging.annotations.Blocking;

@ApplicationScoped
public class ApplicationRejectedConsumer extends EventHandler<ApplicationRejected> {

    private final ApplicationService applications;

    ApplicationRejectedConsumer(Inbox inbox, ApplicationService applications) {
        super(inbox, ApplicationRejected.class);
        this.applications = applications;
    }

    @Incoming("application-rejected")
    @Blocking
    public void on(ConsumerRecord<String, byte[]> record) {
        receive(record);
    }

    @Override
    public void handle(ApplicationRejected event) {
        applications.noteRejected(event.applicationId(), event.version(), event.reason());
    }
}
