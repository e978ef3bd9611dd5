package org.opendars.extract.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.opendars.extract.ExtractService;
import org.opendars.kit.messaging.EventHandler;
import org.opendars.kit.messaging.Inbox;

import io.smallrye.reactive.messaging.annotations.Blocking;

/** A rejection stops delivery for good, even when an approval (real or forged) came first. */
@ApplicationScoped
public class ApplicationRejectedConsumer extends EventHandler<ApplicationRejected> {

    private final ExtractService extracts;

    ApplicationRejectedConsumer(Inbox inbox, ExtractService extracts) {
        super(inbox, ApplicationRejected.class);
        this.extracts = extracts;
    }

    @Incoming("application-rejected")
    @Blocking
    public void on(ConsumerRecord<String, byte[]> record) {
        receive(record);
    }

    @Override
    public void handle(ApplicationRejected event) {
        // A refused amendment leaves the agreement in force, and what it governs, alone.
        if (event.versionOnly()) {
            return;
        }
        extracts.withhold(event.applicationId(), "rejected: " + event.reason(), event.rejectedBy());
    }
}
