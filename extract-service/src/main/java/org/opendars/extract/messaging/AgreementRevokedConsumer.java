package org.opendars.extract.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.opendars.extract.ExtractService;
import org.opendars.kit.messaging.EventHandler;
import org.opendars.kit.messaging.Inbox;

import io.smallrye.reactive.messaging.annotations.Blocking;

/** At the end of an agreement every delivery under it stops: downloads refused, bytes purged, builds cancelled. */
@ApplicationScoped
public class AgreementRevokedConsumer extends EventHandler<AgreementEnded.Revoked> {

    private final ExtractService extracts;

    AgreementRevokedConsumer(Inbox inbox, ExtractService extracts) {
        super(inbox, AgreementEnded.Revoked.class);
        this.extracts = extracts;
    }

    @Incoming("agreement-revoked")
    @Blocking
    public void on(ConsumerRecord<String, byte[]> record) {
        receive(record);
    }

    @Override
    public void handle(AgreementEnded.Revoked event) {
        extracts.end(event);
    }
}
