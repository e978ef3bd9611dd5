package org.opendars.applications.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.opendars.applications.ApplicationService;
import org.opendars.kit.messaging.EventHandler;
import org.opendars.kit.messaging.Inbox;

import io.smallrye.reactive.messaging.annotations.Blocking;

@ApplicationScoped
public class ApplicationApprovedConsumer extends EventHandler<ApplicationApproved> {

    private final ApplicationService applications;

    ApplicationApprovedConsumer(Inbox inbox, ApplicationService applications) {
        super(inbox, ApplicationApproved.class);
        this.applications = applications;
    }

    @Incoming("application-approved")
    @Blocking
    public void on(ConsumerRecord<String, byte[]> record) {
        receive(record);
    }

    @Override
    public void handle(ApplicationApproved event) {
        applications.noteApproved(event.applicationId(), event.version(), event.agreementReference());
    }
}
