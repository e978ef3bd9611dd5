package org.opendars.applications.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.opendars.applications.ApplicationService;
import org.opendars.kit.messaging.EventHandler;
import org.opendars.kit.messaging.Inbox;

import io.smallrye.reactive.messaging.annotations.Blocking;

@ApplicationScoped
public class LinkageCompletedConsumer extends EventHandler<LinkageCompleted> {

    private final ApplicationService applications;

    LinkageCompletedConsumer(Inbox inbox, ApplicationService applications) {
        super(inbox, LinkageCompleted.class);
        this.applications = applications;
    }

    @Incoming("linkage-completed")
    @Blocking
    public void on(ConsumerRecord<String, byte[]> record) {
        receive(record);
    }

    @Override
    public void handle(LinkageCompleted event) {
        applications.noteLinked(event.applicationId(), event.summary());
    }
}
