package org.opendars.linkage.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.opendars.linkage.LinkageService;
import org.opendars.kit.messaging.EventHandler;
import org.opendars.kit.messaging.Inbox;

import io.smallrye.reactive.messaging.annotations.Blocking;

@ApplicationScoped
public class ApplicationApprovedConsumer extends EventHandler<ApplicationApproved> {

    private final LinkageService linkage;

    ApplicationApprovedConsumer(Inbox inbox, LinkageService linkage) {
        super(inbox, ApplicationApproved.class);
        this.linkage = linkage;
    }

    @Incoming("application-approved")
    @Blocking
    public void on(ConsumerRecord<String, byte[]> record) {
        receive(record);
    }

    @Override
    public void handle(ApplicationApproved event) {
        linkage.schedule(event);
    }
}
