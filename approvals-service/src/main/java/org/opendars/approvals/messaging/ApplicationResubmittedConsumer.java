package org.opendars.approvals.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.opendars.approvals.CaseService;
import org.opendars.kit.messaging.EventHandler;
import org.opendars.kit.messaging.Inbox;

import io.smallrye.reactive.messaging.annotations.Blocking;

@ApplicationScoped
public class ApplicationResubmittedConsumer extends EventHandler<ApplicationResubmitted> {

    private final CaseService cases;

    ApplicationResubmittedConsumer(Inbox inbox, CaseService cases) {
        super(inbox, ApplicationResubmitted.class);
        this.cases = cases;
    }

    @Incoming("application-resubmitted")
    @Blocking
    public void on(ConsumerRecord<String, byte[]> record) {
        receive(record);
    }

    @Override
    public void handle(ApplicationResubmitted event) {
        cases.resume(event);
    }
}
