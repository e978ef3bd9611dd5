package org.opendars.linkage.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.opendars.kit.messaging.EventHandler;
import org.opendars.kit.messaging.Inbox;
import org.opendars.linkage.LinkageService;

import io.smallrye.reactive.messaging.annotations.Blocking;

/** At the end of an agreement the cohort's identifiers go and linkage not yet done for it is cancelled. */
@ApplicationScoped
public class AgreementExpiredConsumer extends EventHandler<AgreementEnded.Expired> {

    private final LinkageService linkage;

    AgreementExpiredConsumer(Inbox inbox, LinkageService linkage) {
        super(inbox, AgreementEnded.Expired.class);
        this.linkage = linkage;
    }

    @Incoming("agreement-expired")
    @Blocking
    public void on(ConsumerRecord<String, byte[]> record) {
        receive(record);
    }

    @Override
    public void handle(AgreementEnded.Expired event) {
        linkage.end(event);
    }
}
