package org.opendars.kit.messaging;

/** Reads the {@link Topic} an event type is bound to. */
public final class Topics {

    private Topics() {
    }

    public static String of(Class<?> eventType) {
        return topic(eventType).value();
    }

    /** The CloudEvents source the topic's owner publishes with, as the relay sets it: {@code /<owner>}. */
    public static String sourceOf(Class<?> eventType) {
        return "/" + topic(eventType).owner();
    }

    private static Topic topic(Class<?> eventType) {
        Topic topic = eventType.getAnnotation(Topic.class);
        if (topic == null) {
            throw new IllegalArgumentException(eventType.getName() + " is not an event: it has no @Topic");
        }
        return topic;
    }
}
