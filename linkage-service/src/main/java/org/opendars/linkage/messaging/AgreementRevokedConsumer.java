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
public class AgreementRevokedConsumer extends EventHandler<AgreementEnded.Revoked> {

    private final LinkageService linkage;

    AgreementRevokedConsumer(Inbox inbox, LinkageService linkage) {
        super(inbox, AgreementEnded.Revoked.class);
        this.linkage = linkage;
    }

    @Incoming("agreement-revoked")
    @Blocking
    public void on(ConsumerRecord<String, byte[]> record) {
        receive(record);
    }

    @Override
    public void handle(AgreementEnded.Revoked event) {
        linkage.end(event);
    }
}
