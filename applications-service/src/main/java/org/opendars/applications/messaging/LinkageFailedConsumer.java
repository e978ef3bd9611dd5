package org.opendars.applications.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.opendars.applications.ApplicationService;
import org.opendars.kit.messaging.EventHandler;
import org.opendars.kit.messaging.Inbox;

import io.smallrye.reactive.messaging.annotations.Blocking;

@ApplicationScoped
public class LinkageFailedConsumer extends EventHandler<LinkageFailed> {

    private final ApplicationService applications;

    LinkageFailedConsumer(Inbox inbox, ApplicationService applications) {
        super(inbox, LinkageFailed.class);
        this.applications = applications;
    }

    @Incoming("linkage-failed")
    @Blocking
    public void on(ConsumerRecord<String, byte[]> record) {
        receive(record);
    }

    @Override
    public void handle(LinkageFailed event) {
        applications.noteLinkageFailed(event.applicationId(), event.reason());
    }
}
