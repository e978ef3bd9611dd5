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
public class AgreementExpiredConsumer extends EventHandler<AgreementEnded.Expired> {

    private final ApplicationService applications;

    AgreementExpiredConsumer(Inbox inbox, ApplicationService applications) {
        super(inbox, AgreementEnded.Expired.class);
        this.applications = applications;
    }

    @Incoming("agreement-expired")
    @Blocking
    public void on(ConsumerRecord<String, byte[]> record) {
        receive(record);
    }

    @Override
    public void handle(AgreementEnded.Expired event) {
        applications.noteAgreementEnded(event.applicationId(), event.why());
    }
}
