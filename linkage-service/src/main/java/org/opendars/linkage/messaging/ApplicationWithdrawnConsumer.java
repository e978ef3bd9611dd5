package org.opendars.linkage.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.opendars.kit.messaging.EventHandler;
import org.opendars.kit.messaging.Inbox;
import org.opendars.linkage.CohortService;
import org.opendars.linkage.LinkageService;

import io.smallrye.reactive.messaging.annotations.Blocking;

/** An application that ends takes its cohort's identifiers with it, and its unfinished linkage. */
@ApplicationScoped
public class ApplicationWithdrawnConsumer extends EventHandler<ApplicationWithdrawn> {

    private final CohortService cohorts;
    private final LinkageService linkage;

    ApplicationWithdrawnConsumer(Inbox inbox, CohortService cohorts, LinkageService linkage) {
        super(inbox, ApplicationWithdrawn.class);
        this.cohorts = cohorts;
        this.linkage = linkage;
    }

    @Incoming("application-withdrawn")
    @Blocking
    public void on(ConsumerRecord<String, byte[]> record) {
        receive(record);
    }

    @Override
    public void handle(ApplicationWithdrawn event) {
        if (event.versionOnly()) {
            return;
        }
        cohorts.end(event.cohortId(), event.applicationId(), event.organisationId(), "application withdrawn");
        linkage.stop(event.applicationId(), event.organisationId(), "application withdrawn");
    }
}
