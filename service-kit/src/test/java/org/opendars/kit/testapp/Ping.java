package org.opendars.kit.testapp;

import org.opendars.kit.messaging.Topic;

/** The test service's one event. */
@Topic("kit-ping")
public record Ping(String id, String note, Integer count) {
}
