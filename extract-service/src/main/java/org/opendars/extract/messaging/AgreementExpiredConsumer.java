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
public class AgreementExpiredConsumer extends EventHandler<AgreementEnded.Expired> {

    private final ExtractService extracts;

    AgreementExpiredConsumer(Inbox inbox, ExtractService extracts) {
        super(inbox, AgreementEnded.Expired.class);
        this.extracts = extracts;
    }

    @Incoming("agreement-expired")
    @Blocking
    public void on(ConsumerRecord<String, byte[]> record) {
        receive(record);
    }

    @Override
    public void handle(AgreementEnded.Expired event) {
        extracts.end(event);
    }
}
