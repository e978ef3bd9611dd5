package org.opendars.kit.jobs;

import java.time.Duration;

/** Job settings fixed in code, for the rules' unit tests and anything that runs outside a configured service. */
public record FixedJobSettings(Duration lease, String heartbeat, int maxAttempts, Duration firstBackoff,
        Duration maxBackoff, Duration transactionTimeout) implements JobSettings {

    /** The same values as the configuration's defaults. */
    public static FixedJobSettings defaults() {
        return new FixedJobSettings(Duration.ofSeconds(10), "3s", 3, Duration.ofSeconds(2), Duration.ofMinutes(5),
                Duration.ofHours(1));
    }
}
