package org.opendars.applications.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.opendars.applications.ApplicationService;
import org.opendars.kit.messaging.EventHandler;
import org.opendars.kit.messaging.Inbox;

import io.smallrye.reactive.messaging.annotations.Blocking;

/** Keeps the counts of each cohort uploaded to linkage-service, so a draft can name it and show its size. */
@ApplicationScoped
public class CohortRegisteredConsumer extends EventHandler<CohortRegistered> {

    private final ApplicationService applications;

    CohortRegisteredConsumer(Inbox inbox, ApplicationService applications) {
        super(inbox, CohortRegistered.class);
        this.applications = applications;
    }

    @Incoming("cohort-registered")
    @Blocking
    public void on(ConsumerRecord<String, byte[]> record) {
        receive(record);
    }

    @Override
    public void handle(CohortRegistered event) {
        applications.noteCohort(event);
    }
}
