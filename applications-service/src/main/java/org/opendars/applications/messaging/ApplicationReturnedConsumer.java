package org.opendars.applications.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.opendars.applications.ApplicationService;
import org.opendars.kit.messaging.EventHandler;
import org.opendars.kit.messaging.Inbox;

import io.smallrye.reactive.messaging.annotations.Blocking;

@ApplicationScoped
public class ApplicationReturnedConsumer extends EventHandler<ApplicationReturned> {

    private final ApplicationService applications;

    ApplicationReturnedConsumer(Inbox inbox, ApplicationService applications) {
        super(inbox, ApplicationReturned.class);
        this.applications = applications;
    }

    @Incoming("application-returned")
    @Blocking
    public void on(ConsumerRecord<String, byte[]> record) {
        receive(record);
    }

    @Override
    public void handle(ApplicationReturned event) {
        applications.noteReturned(event);
    }
}
