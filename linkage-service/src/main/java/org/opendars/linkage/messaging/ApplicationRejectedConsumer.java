package org.opendars.linkage.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.opendars.kit.messaging.EventHandler;
import org.opendars.kit.messaging.Inbox;
import org.opendars.linkage.CohortService;
import org.opendars.linkage.LinkageService;

import io.smallrye.reactive.messaging.annotations.Blocking;

/** An application that ends takes its cohort's identifiers with it, and its unfinished runs and subscriptions. */
@ApplicationScoped
public class ApplicationRejectedConsumer extends EventHandler<ApplicationRejected> {

    private final CohortService cohorts;
    private final LinkageService linkage;

    ApplicationRejectedConsumer(Inbox inbox, CohortService cohorts, LinkageService linkage) {
        super(inbox, ApplicationRejected.class);
        this.cohorts = cohorts;
        this.linkage = linkage;
    }

    @Incoming("application-rejected")
    @Blocking
    public void on(ConsumerRecord<String, byte[]> record) {
        receive(record);
    }

    @Override
    public void handle(ApplicationRejected event) {
        // A refused amendment leaves the agreement in force, and what it governs, alone.
        if (event.versionOnly()) {
            return;
        }
        cohorts.end(event.cohortId(), event.applicationId(), event.organisationId(), "application rejected");
        linkage.stop(event.applicationId(), event.organisationId(), "application rejected");
    }
}
