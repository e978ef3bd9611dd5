package org.opendars.kit.messaging;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the outbox relay runs; every value has a default, so a service configures none of it. */
@ConfigMapping(prefix = "dars.outbox")
public interface OutboxSettings {

    /** CloudEvents {@code source}; by default {@code /<application name>}. */
    Optional<String> source();

    /** The advisory lock that elects one relaying replica; by default derived from the application name. */
    Optional<Long> lockId();

    /** How often the relay looks for unsent rows (a scheduler expression such as {@code 0.2s}). */
    @WithDefault("0.2s")
    String interval();

    @WithDefault("500")
    int batchSize();

    /** How long the relay waits for the broker to acknowledge a batch. */
    @WithDefault("30s")
    Duration sendTimeout();

    /** Sent rows are kept this long for operators to inspect. */
    @WithDefault("P7D")
    Duration retention();

    @WithDefault("1h")
    String purgeInterval();

    /** Longest pause before a row that failed to publish is tried again. */
    @WithDefault("30s")
    Duration maxBackoff();
}
