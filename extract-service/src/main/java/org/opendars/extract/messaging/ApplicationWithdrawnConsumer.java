package org.opendars.extract.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.opendars.extract.ExtractService;
import org.opendars.kit.messaging.EventHandler;
import org.opendars.kit.messaging.Inbox;

import io.smallrye.reactive.messaging.annotations.Blocking;

/** A withdrawal stops delivery for good, at whatever stage the application had reached. */
@ApplicationScoped
public class ApplicationWithdrawnConsumer extends EventHandler<ApplicationWithdrawn> {

    private final ExtractService extracts;

    ApplicationWithdrawnConsumer(Inbox inbox, ExtractService extracts) {
        super(inbox, ApplicationWithdrawn.class);
        this.extracts = extracts;
    }

    @Incoming("application-withdrawn")
    @Blocking
    public void on(ConsumerRecord<String, byte[]> record) {
        receive(record);
    }

    @Override
    public void handle(ApplicationWithdrawn event) {
        if (event.versionOnly()) {
            return;
        }
        extracts.withhold(event.applicationId(), "the application was withdrawn", event.withdrawnBy());
    }
}
