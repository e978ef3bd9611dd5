package org.opendars.extract.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.opendars.extract.ExtractService;

import io.smallrye.reactive.messaging.annotations.Blocking;

@ApplicationScoped
public class ApplicationApprovedConsumer {

    private final Inbox inbox;
    private final ExtractService extracts;

    ApplicationApprovedConsumer(Inbox inbox, ExtractService extracts) {
        this.inbox = inbox;
        this.extracts = extracts;
    }

    @Incoming("application-approved")
    @Blocking
    @Retry(maxRetries = 3, delay = 200)
    public void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, ApplicationApproved.class, extracts::noteApproved);
    }
}
