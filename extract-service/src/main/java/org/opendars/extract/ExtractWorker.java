package org.opendars.extract;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;

/** Builds waiting extracts one at a time; every replica runs one, and the claim keeps them apart. */
@ApplicationScoped
public class ExtractWorker {

    private final ExtractService extracts;

    ExtractWorker(ExtractService extracts) {
        this.extracts = extracts;
    }

    @Scheduled(every = "${dars.extracts.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void work() {
        extracts.claimNext().ifPresent(extracts::build);
    }
}
