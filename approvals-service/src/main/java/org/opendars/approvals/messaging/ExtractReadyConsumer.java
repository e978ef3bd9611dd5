package org.opendars.approvals.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.opendars.approvals.AgreementService;
import org.opendars.kit.messaging.EventHandler;
import org.opendars.kit.messaging.Inbox;

import io.smallrye.reactive.messaging.annotations.Blocking;

/** Each delivered release goes on the public register under the agreement it was delivered under. */
@ApplicationScoped
public class ExtractReadyConsumer extends EventHandler<ExtractReady> {

    private final AgreementService agreements;

    ExtractReadyConsumer(Inbox inbox, AgreementService agreements) {
        super(inbox, ExtractReady.class);
        this.agreements = agreements;
    }

    @Incoming("extract-ready")
    @Blocking
    public void on(ConsumerRecord<String, byte[]> record) {
        receive(record);
    }

    @Override
    public void handle(ExtractReady event) {
        agreements.noteReleased(event);
    }
}
