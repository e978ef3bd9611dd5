package org.opendars.approvals.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.opendars.approvals.CaseService;
import org.opendars.kit.messaging.EventHandler;
import org.opendars.kit.messaging.Inbox;

import io.smallrye.reactive.messaging.annotations.Blocking;

@ApplicationScoped
public class ApplicationSubmittedConsumer extends EventHandler<ApplicationSubmitted> {

    private final CaseService cases;

    ApplicationSubmittedConsumer(Inbox inbox, CaseService cases) {
        super(inbox, ApplicationSubmitted.class);
        this.cases = cases;
    }

    @Incoming("application-submitted")
    @Blocking
    public void on(ConsumerRecord<String, byte[]> record) {
        receive(record);
    }

    @Override
    public void handle(ApplicationSubmitted event) {
        cases.open(event);
    }
}
