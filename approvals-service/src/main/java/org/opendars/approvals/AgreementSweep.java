package org.opendars.approvals;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;

/**
 * Runs the agreements' clock on every replica. Each replica's sweep locks an agreement before it moves it and
 * skips any another holds, and each reminder is recorded once, so several replicas never act twice.
 */
@ApplicationScoped
class AgreementSweep {

    private final AgreementService agreements;

    AgreementSweep(AgreementService agreements) {
        this.agreements = agreements;
    }

    @Scheduled(every = "${dars.agreements.sweep-every:1m}", delayed = "${dars.agreements.sweep-delay:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sweep() {
        agreements.sweep();
    }
}
