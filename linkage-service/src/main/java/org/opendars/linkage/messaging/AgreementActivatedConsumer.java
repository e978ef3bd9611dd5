package org.opendars.linkage.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.opendars.kit.messaging.EventHandler;
import org.opendars.kit.messaging.Inbox;
import org.opendars.linkage.LinkageService;

import io.smallrye.reactive.messaging.annotations.Blocking;

/** Linkage starts when the application's agreement comes into force, never on the decision alone. */
@ApplicationScoped
public class AgreementActivatedConsumer extends EventHandler<AgreementActivated> {

    private final LinkageService linkage;

    AgreementActivatedConsumer(Inbox inbox, LinkageService linkage) {
        super(inbox, AgreementActivated.class);
        this.linkage = linkage;
    }

    @Incoming("agreement-activated")
    @Blocking
    public void on(ConsumerRecord<String, byte[]> record) {
        receive(record);
    }

    @Override
    public void handle(AgreementActivated event) {
        linkage.schedule(event);
    }
}
