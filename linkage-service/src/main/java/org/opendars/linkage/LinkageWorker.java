package org.opendars.linkage;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;

/** Works through waiting runs one at a time; every replica runs one, and the lease keeps them apart. */
@ApplicationScoped
public class LinkageWorker {

    private final LinkageService linkage;

    LinkageWorker(LinkageService linkage) {
        this.linkage = linkage;
    }

    @Scheduled(every = "${dars.linkage.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void work() {
        linkage.claimNext().ifPresent(linkage::execute);
    }
}
