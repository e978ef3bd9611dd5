package org.opendars.kit.messaging;

/**
 * An event that claims what its consumer knows to be false: a source other than the topic's owner, or an
 * organisation, product or data set the approval it depends on never named. Never applied, never retried: it is
 * kept as a dead letter, counted ({@code dars.events.untrusted}) and logged as an alert.
 */
public class UntrustedEventException extends RuntimeException {

    public UntrustedEventException(String message) {
        super(message);
    }
}
