package org.opendars.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Kafka topics a service's application.properties names. A channel reads or writes the topic of its own name
 * unless a {@code topic} or {@code topics} attribute says otherwise; {@code dead-letter-queue.topic} names where
 * failed records go. Profile prefixes such as {@code %prod.} are ignored.
 */
record ServiceChannels(Set<String> incoming, Set<String> outgoing, Set<String> deadLetters) {

    private static final Pattern CHANNEL_KEY =
            Pattern.compile("^(?:%[^.]+\\.)?mp\\.messaging\\.(incoming|outgoing)\\.([^.]+)\\.(.+)$");

    static Optional<ServiceChannels> of(String service) {
        Path file = ProjectPaths.serviceProperties(service);
        return Files.isRegularFile(file) ? Optional.of(parse(load(file))) : Optional.empty();
    }

    static ServiceChannels parse(Properties properties) {
        Map<String, Set<String>> topicsByChannel = new TreeMap<>();
        Set<String> deadLetters = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            Matcher matcher = CHANNEL_KEY.matcher(key);
            if (!matcher.matches()) {
                continue;
            }
            String channel = matcher.group(1) + ":" + matcher.group(2);
            String attribute = matcher.group(3);
            String value = properties.getProperty(key).trim();
            Set<String> overrides = topicsByChannel.computeIfAbsent(channel, name -> new TreeSet<>());
            if ((attribute.equals("topic") || attribute.equals("topics")) && !value.contains("${")) {
                Arrays.stream(value.split(",")).map(String::trim).forEach(overrides::add);
            } else if (attribute.equals("dead-letter-queue.topic") && !value.contains("${")) {
                deadLetters.add(value);
            }
        }
        return new ServiceChannels(topicsOf("incoming", topicsByChannel), topicsOf("outgoing", topicsByChannel),
                deadLetters);
    }

    private static Set<String> topicsOf(String direction, Map<String, Set<String>> topicsByChannel) {
        Set<String> topics = new TreeSet<>();
        topicsByChannel.forEach((channel, overrides) -> {
            if (channel.startsWith(direction + ":")) {
                if (overrides.isEmpty()) {
                    topics.add(channel.substring(direction.length() + 1));
                } else {
                    topics.addAll(overrides);
                }
            }
        });
        return topics;
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
