package org.opendars.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The event contracts in {@code docs/events/}: producers' tests validate what they send against the JSON Schema,
 * consumers' tests feed the example to the service. The folder is read in place, never copied.
 */
public final class EventContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EventContract() {
    }

    public static void assertValid(String topic, String body) {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(read(topic + ".schema.json"));
        Set<ValidationMessage> errors = schema.validate(parse(body));
        if (!errors.isEmpty()) {
            throw new AssertionError(topic + " body breaks its schema: "
                    + errors.stream().map(ValidationMessage::getMessage).collect(Collectors.joining("; "))
                    + "\n" + body);
        }
    }

    /** The documented example for a topic, with some fields replaced (e.g. an id the test created). */
    public static String example(String topic, String... fieldValuePairs) {
        ObjectNode example = (ObjectNode) parse(read(topic + ".example.json"));
        for (int i = 0; i < fieldValuePairs.length; i += 2) {
            example.put(fieldValuePairs[i], fieldValuePairs[i + 1]);
        }
        return example.toString();
    }

    public static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(String file) {
        try {
            return Files.readString(eventsFolder().resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read docs/events/" + file, e);
        }
    }

    /** The project's docs/events folder, found from whichever module directory the test runs in. */
    public static Path eventsFolder() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("docs").resolve("events");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("docs/events not found above " + Path.of("").toAbsolutePath());
    }
}
