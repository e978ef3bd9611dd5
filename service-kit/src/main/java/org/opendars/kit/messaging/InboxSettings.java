package org.opendars.kit.messaging;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long consumers keep retrying a failure that may pass before they dead-letter the record. */
@ConfigMapping(prefix = "dars.inbox")
public interface InboxSettings {

    /** Retries of a transient failure stop after this long; the record is then dead-lettered. */
    @WithDefault("PT5M")
    Duration retryFor();

    @WithDefault("PT0.2S")
    Duration firstBackoff();

    @WithDefault("PT10S")
    Duration maxBackoff();
}
