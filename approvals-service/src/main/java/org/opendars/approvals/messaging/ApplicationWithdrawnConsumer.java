package org.opendars.approvals.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.opendars.approvals.CaseService;

import io.smallrye.reactive.messaging.annotations.Blocking;

@ApplicationScoped
public class ApplicationWithdrawnConsumer {

    private final Inbox inbox;
    private final CaseService cases;

    ApplicationWithdrawnConsumer(Inbox inbox, CaseService cases) {
        this.inbox = inbox;
        this.cases = cases;
    }

    @Incoming("application-withdrawn")
    @Blocking
    @Retry(maxRetries = 3, delay = 200)
    public void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, ApplicationWithdrawn.class, event -> cases.withdraw(event.applicationId()));
    }
}
