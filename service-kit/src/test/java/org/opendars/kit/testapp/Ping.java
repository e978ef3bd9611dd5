package org.opendars.kit.testapp;

import org.opendars.kit.messaging.Topic;

/** The test service's one event. */
@Topic(value = "kit-ping", owner = "kit-test")
public record Ping(String id, String note, Integer count) {
}
