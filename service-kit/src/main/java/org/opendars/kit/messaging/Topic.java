package org.opendars.kit.messaging;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds an event record to the Kafka topic it travels on, so no call site names a topic: the outbox publishes an
 * event to its type's topic and an {@link EventHandler} consumes its type's topic.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Topic {

    String value();
}
