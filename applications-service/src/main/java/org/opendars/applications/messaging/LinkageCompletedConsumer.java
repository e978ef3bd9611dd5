package org.opendars.applications.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.opendars.applications.ApplicationService;

import io.smallrye.reactive.messaging.annotations.Blocking;

@ApplicationScoped
public class LinkageCompletedConsumer {

    private final Inbox inbox;
    private final ApplicationService applications;

    LinkageCompletedConsumer(Inbox inbox, ApplicationService applications) {
        this.inbox = inbox;
        this.applications = applications;
    }

    @Incoming("linkage-completed")
    @Blocking
    @Retry(maxRetries = 3, delay = 200)
    public void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, LinkageCompleted.class, event -> applications.noteLinked(event.applicationId(), event.summary()));
    }
}
