package org.opendars.extract.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.opendars.extract.ExtractService;
import org.opendars.kit.messaging.EventHandler;
import org.opendars.kit.messaging.Inbox;

import io.smallrye.reactive.messaging.annotations.Blocking;

@ApplicationScoped
public class LinkageCompletedConsumer extends EventHandler<LinkageCompleted> {

    private final ExtractService extracts;

    LinkageCompletedConsumer(Inbox inbox, ExtractService extracts) {
        super(inbox, LinkageCompleted.class);
        this.extracts = extracts;
    }

    @Incoming("linkage-completed")
    @Blocking
    public void on(ConsumerRecord<String, byte[]> record) {
        receive(record);
    }

    @Override
    public void handle(LinkageCompleted event) {
        extracts.schedule(event);
    }
}
