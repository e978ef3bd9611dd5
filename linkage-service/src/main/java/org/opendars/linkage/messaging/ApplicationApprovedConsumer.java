package org.opendars.linkage.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.opendars.linkage.LinkageService;

import io.smallrye.reactive.messaging.annotations.Blocking;

@ApplicationScoped
public class ApplicationApprovedConsumer {

    private final Inbox inbox;
    private final LinkageService linkage;

    ApplicationApprovedConsumer(Inbox inbox, LinkageService linkage) {
        this.inbox = inbox;
        this.linkage = linkage;
    }

    @Incoming("application-approved")
    @Blocking
    @Retry(maxRetries = 3, delay = 200)
    public void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, ApplicationApproved.class, linkage::schedule);
    }
}
