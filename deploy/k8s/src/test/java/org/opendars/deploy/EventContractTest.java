package org.opendars.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The event contract in docs/events: producers validate against these schemas, consumers read these examples. */
class EventContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig STRICT_FORMATS =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    static Set<String> topics() {
        return PlatformContract.eventTopics();
    }

    private static JsonNode read(String fileName) {
        try {
            return JSON.readTree(ProjectPaths.EVENTS.resolve(fileName).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read docs/events/" + fileName, e);
        }
    }

    private static JsonNode schemaNode(String topic) {
        return read(topic + ".schema.json");
    }

    private static JsonSchema schema(String topic) {
        return SCHEMAS.getSchema(schemaNode(topic), STRICT_FORMATS);
    }

    private static ObjectNode example(String topic) {
        return (ObjectNode) read(topic + ".example.json");
    }

    @ParameterizedTest
    @MethodSource("topics")
    void exampleValidatesAgainstItsSchema(String topic) {
        assertThat(schema(topic).validate(example(topic))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("topics")
    void schemaIsDraft202012AndRequiresEveryDeclaredFieldAndNoOther(String topic) {
        JsonNode schema = schemaNode(topic);
        Set<String> declared = new TreeSet<>();
        schema.path("properties").fieldNames().forEachRemaining(declared::add);
        Set<String> required = new TreeSet<>();
        schema.path("required").forEach(field -> required.add(field.asText()));

        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("additionalProperties").asBoolean(true)).isFalse();
        assertThat(required).isNotEmpty().isEqualTo(declared);
        if (PlatformContract.RELEASE_TOPICS.contains(topic)) {
            assertThat(schema.path("properties").path("datasetCode").path("pattern").asText())
                    .isEqualTo("^[A-Z][A-Z0-9_]*$");
            assertThat(schema.path("properties").path("releaseId").path("minLength").asInt()).isEqualTo(1);
        } else if (PlatformContract.COHORT_TOPICS.contains(topic)) {
            assertThat(schema.path("properties").path("cohortId").path("format").asText()).isEqualTo("uuid");
        } else {
            assertThat(schema.path("properties").path("applicationId").path("format").asText()).isEqualTo("uuid");
        }
    }

    @ParameterizedTest
    @MethodSource("topics")
    void rejectsABodyWithAnUnknownFieldOrAMissingField(String topic) {
        ObjectNode withExtraField = example(topic).put("unexpected", "value");
        ObjectNode withoutField = example(topic);
        Iterator<String> fields = withoutField.fieldNames();
        withoutField.remove(fields.next());

        assertThat(schema(topic).validate(withExtraField)).isNotEmpty();
        assertThat(schema(topic).validate(withoutField)).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("topics")
    void rejectsAKeyFieldThatIsMalformedAndATimeThatIsNotAnInstant(String topic) {
        ObjectNode badId = PlatformContract.RELEASE_TOPICS.contains(topic)
                ? example(topic).put("datasetCode", "hes apc")
                : example(topic).put("applicationId", "APP-1");
        ObjectNode badTime = example(topic);
        badTime.properties().stream().filter(field -> field.getKey().endsWith("At")).findFirst()
                .ifPresent(field -> badTime.put(field.getKey(), "21/11/2026 14:40"));

        assertThat(schema(topic).validate(badId)).isNotEmpty();
        assertThat(schema(topic).validate(badTime)).isNotEmpty();
    }

    @Test
    void asyncApiDescribesEveryEventTopicWithItsSchema() {
        JsonNode asyncApi = Manifests.readDocuments(ProjectPaths.EVENTS.resolve("asyncapi.yaml")).get(0);
        Set<String> addresses = new TreeSet<>();
        asyncApi.path("channels").forEach(channel -> addresses.add(channel.path("address").asText()));
        Set<String> payloads = new TreeSet<>();
        asyncApi.path("components").path("messages").forEach(message ->
                payloads.add(message.path("payload").path("$ref").asText()));

        assertThat(asyncApi.path("asyncapi").asText()).startsWith("3.");
        assertThat(addresses).isEqualTo(topics());
        for (String topic : topics()) {
            assertThat(payloads).contains("./" + topic + ".schema.json");
        }
    }
}
