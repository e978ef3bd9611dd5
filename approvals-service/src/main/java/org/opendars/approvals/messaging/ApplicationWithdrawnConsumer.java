package org.opendars.approvals.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.opendars.approvals.CaseService;
import org.opendars.kit.messaging.EventHandler;
import org.opendars.kit.messaging.Inbox;

import io.smallrye.reactive.messaging.annotations.Blocking;

@ApplicationScoped
public class ApplicationWithdrawnConsumer extends EventHandler<ApplicationWithdrawn> {

    private final CaseService cases;

    ApplicationWithdrawnConsumer(Inbox inbox, CaseService cases) {
        super(inbox, ApplicationWithdrawn.class);
        this.cases = cases;
    }

    @Incoming("application-withdrawn")
    @Blocking
    public void on(ConsumerRecord<String, byte[]> record) {
        receive(record);
    }

    @Override
    public void handle(ApplicationWithdrawn event) {
        cases.withdraw(event.applicationId(), event.version(), event.versionOnly(), event.withdrawnBy());
    }
}
