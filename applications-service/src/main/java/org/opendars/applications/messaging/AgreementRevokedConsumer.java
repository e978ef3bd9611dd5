package org.opendars.applications.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.opendars.applications.ApplicationService;
import org.opendars.kit.messaging.EventHandler;
import org.opendars.kit.messaging.Inbox;

import io.smallrye.reactive.messaging.annotations.Blocking;

/** The applicant's view shows when the agreement ended, and why. */
@ApplicationScoped
public class AgreementRevokedConsumer extends EventHandler<AgreementEnded.Revoked> {

    private final ApplicationService applications;

    AgreementRevokedConsumer(Inbox inbox, ApplicationService applications) {
        super(inbox, AgreementEnded.Revoked.class);
        this.applications = applications;
    }

    @Incoming("agreement-revoked")
    @Blocking
    public void on(ConsumerRecord<String, byte[]> record) {
        receive(record);
    }

    @Override
    public void handle(AgreementEnded.Revoked event) {
        applications.noteAgreementEnded(event.applicationId(), event.why());
    }
}
