package org.opendars.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaTopicManifestTest {

    private static final Manifests BASE = Manifests.under(ProjectPaths.BASE);

    private static Set<String> declaredTopics() {
        return BASE.ofKind("KafkaTopic").stream()
                .map(topic -> topic.node().path("spec").path("topicName").asText(topic.name()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void declaresEveryContractTopicAndNoDeadLetterTopics() {
        assertThat(declaredTopics()).containsAll(PlatformContract.allTopics());
        assertThat(declaredTopics()).contains("application-returned", "release-ingested");
        // Dead letters are kept by the service whose consumer failed, in its own schema (docs/adr/0008).
        assertThat(declaredTopics()).noneMatch(topic -> topic.endsWith("-dlq"));
    }

    @Test
    void declaresEveryChannelOfTheAsyncApiDocument() {
        JsonNode asyncApi = Manifests.readDocuments(ProjectPaths.EVENTS.resolve("asyncapi.yaml")).get(0);
        JsonNode channels = asyncApi.path("channels");
        Set<String> addresses = new TreeSet<>();
        channels.forEach(channel -> addresses.add(channel.path("address").asText()));

        assertThat(addresses).isNotEmpty().doesNotContain("");
        assertThat(declaredTopics()).containsAll(addresses);
    }

    @ParameterizedTest
    @MethodSource("org.opendars.deploy.PlatformContract#serviceNames")
    void declaresEveryTopicTheServiceConfigurationNamesAndNoDeadLetterQueue(String service) {
        PlatformContract.ServiceSpec contract = PlatformContract.SERVICES.stream()
                .filter(spec -> spec.name().equals(service)).findFirst().orElseThrow();
        ServiceChannels channels = ServiceChannels.of(service)
                .orElseGet(() -> new ServiceChannels(Set.copyOf(contract.consumes()), Set.of(), Set.of()));

        assertThat(channels.incoming()).as("incoming topics of %s", service).containsAll(contract.consumes());
        for (String topic : channels.incoming()) {
            assertThat(declaredTopics()).as("incoming topic of %s", service).contains(topic);
        }
        assertThat(declaredTopics()).as("outgoing topics of %s", service).containsAll(channels.outgoing());
        assertThat(channels.deadLetters()).as("dead-letter topics of %s", service).isEmpty();
    }

    @Test
    void readsChannelNamesTopicOverridesAndDeadLetterTopicsFromProperties() {
        Properties properties = new Properties();
        properties.setProperty("mp.messaging.incoming.application-approved.connector", "smallrye-kafka");
        properties.setProperty("%prod.mp.messaging.incoming.linkage-completed.failure-strategy", "dead-letter-queue");
        properties.setProperty("mp.messaging.incoming.linkage-completed.dead-letter-queue.topic",
                "linkage-completed-dlq");
        properties.setProperty("mp.messaging.incoming.dead-letters.topics", "linkage-completed-dlq, extract-ready-dlq");
        properties.setProperty("mp.messaging.outgoing.events.topic", "extract-ready");
        properties.setProperty("mp.messaging.outgoing.events.bootstrap.servers", "${KAFKA_BOOTSTRAP_SERVERS}");
        properties.setProperty("quarkus.http.port", "8084");

        ServiceChannels channels = ServiceChannels.parse(properties);

        assertThat(channels.incoming()).containsExactly(
                "application-approved", "extract-ready-dlq", "linkage-completed", "linkage-completed-dlq");
        assertThat(channels.outgoing()).containsExactly("extract-ready");
        assertThat(channels.deadLetters()).containsExactly("linkage-completed-dlq");
    }

    @Test
    void baseTopicsHaveSixPartitionsAndThreeReplicasOnTheOpendarsCluster() {
        assertThat(BASE.ofKind("KafkaTopic")).allSatisfy(topic -> {
            JsonNode spec = topic.node().path("spec");
            assertThat(spec.path("partitions").asInt()).as(topic.name()).isEqualTo(6);
            assertThat(spec.path("replicas").asInt()).as(topic.name()).isEqualTo(3);
            assertThat(topic.label("strimzi.io/cluster")).as(topic.name()).isEqualTo("opendars");
        });
    }

    @Test
    void runsKafkaInKraftModeWithANodePoolOfControllersAndBrokers() {
        Manifest kafka = BASE.get("Kafka", "opendars");
        JsonNode pool = BASE.ofKind("KafkaNodePool").get(0).node();

        assertThat(kafka.node().path("metadata").path("annotations").path("strimzi.io/kraft").asText())
                .isEqualTo("enabled");
        assertThat(kafka.node().path("metadata").path("annotations").path("strimzi.io/node-pools").asText())
                .isEqualTo("enabled");
        assertThat(pool.path("metadata").path("labels").path("strimzi.io/cluster").asText()).isEqualTo("opendars");
        assertThat(pool.path("spec").path("roles").toString()).contains("controller", "broker");
    }
}
