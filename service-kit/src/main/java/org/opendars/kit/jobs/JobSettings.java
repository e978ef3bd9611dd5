package org.opendars.kit.jobs;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How claimed jobs are leased, kept alive and retried, and how long their transactions may take. */
@ConfigMapping(prefix = "dars.jobs")
public interface JobSettings {

    /** A claim lapses this long after the worker's last heartbeat; another replica may then take the job over. */
    @WithDefault("PT10S")
    Duration lease();

    /** How often a working replica renews its leases (a scheduler expression; well inside the lease). */
    @WithDefault("3s")
    String heartbeat();

    /** Attempts a job gets, takeovers after a lost worker included; then it fails for good. */
    @WithDefault("3")
    int maxAttempts();

    /** Pause before the second attempt; each later one waits four times longer, up to {@link #maxBackoff()}. */
    @WithDefault("PT2S")
    Duration firstBackoff();

    @WithDefault("PT5M")
    Duration maxBackoff();

    /** Bound of each database transaction of a job's work (loading a cohort, writing an extract). */
    /** Also bounds the transaction of an audited request, such as a large upload loaded by COPY. */
    @WithDefault("PT1H")
    Duration transactionTimeout();

    default int transactionTimeoutSeconds() {
        return (int) Math.min(Integer.MAX_VALUE, transactionTimeout().toSeconds());
    }
}
