package org.opendars.kit.messaging;

/**
 * An event about something this service has never heard of. It can never succeed, so it is dead-lettered at
 * once with this reason instead of creating work that fails later.
 */
public class UnknownAggregateException extends RuntimeException {

    public UnknownAggregateException(String message) {
        super(message);
    }
}
