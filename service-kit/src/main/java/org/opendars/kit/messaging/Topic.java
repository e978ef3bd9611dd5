package org.opendars.kit.messaging;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds an event record to the Kafka topic it travels on, so no call site names a topic: the outbox publishes an
 * event to its type's topic and an {@link EventHandler} consumes its type's topic, from its owner only.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Topic {

    String value();

    /**
     * The one service that publishes on the topic (its application name). Consumers accept an event only when its
     * CloudEvents {@code source} is that service's, so a record another principal put on the topic is refused.
     */
    String owner();
}
