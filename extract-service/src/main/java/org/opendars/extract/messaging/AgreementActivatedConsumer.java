package org.opendars.extract.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.opendars.extract.ExtractService;
import org.opendars.kit.messaging.EventHandler;
import org.opendars.kit.messaging.Inbox;

import io.smallrye.reactive.messaging.annotations.Blocking;

/** Extracts are built only under an agreement in force, for the data items it names. */
@ApplicationScoped
public class AgreementActivatedConsumer extends EventHandler<AgreementActivated> {

    private final ExtractService extracts;

    AgreementActivatedConsumer(Inbox inbox, ExtractService extracts) {
        super(inbox, AgreementActivated.class);
        this.extracts = extracts;
    }

    @Incoming("agreement-activated")
    @Blocking
    public void on(ConsumerRecord<String, byte[]> record) {
        receive(record);
    }

    @Override
    public void handle(AgreementActivated event) {
        extracts.noteActivated(event);
    }
}
