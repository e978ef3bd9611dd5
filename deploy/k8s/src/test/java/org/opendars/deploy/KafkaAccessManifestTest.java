package org.opendars.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The broker lets each service write only the topics it owns and read only those it consumes, in Kubernetes (a
 * KafkaUser per service) and in the local stack (deploy/local/kafka/principals.txt), both checked against the
 * platform's topic table; and no listener takes a client without credentials.
 */
class KafkaAccessManifestTest {

    private static final Manifests BASE = Manifests.under(ProjectPaths.BASE);

    /** topic -> operations, for one KafkaUser's topic ACLs. */
    private static Map<String, Set<String>> topicAcls(String user) {
        Map<String, Set<String>> acls = new TreeMap<>();
        for (JsonNode acl : BASE.get("KafkaUser", user).node().path("spec").path("authorization").path("acls")) {
            if (acl.path("resource").path("type").asText().equals("topic")) {
                assertThat(acl.path("resource").path("patternType").asText("literal")).isEqualTo("literal");
                Set<String> operations = acls.computeIfAbsent(acl.path("resource").path("name").asText(),
                        t -> new TreeSet<>());
                acl.path("operations").forEach(op -> operations.add(op.asText()));
            }
        }
        return acls;
    }

    @ParameterizedTest
    @MethodSource("org.opendars.deploy.PlatformContract#services")
    void grantsEachServiceWriteOnItsOwnTopicsAndReadOnWhatItConsumesAndNothingElse(PlatformContract.ServiceSpec service) {
        JsonNode spec = BASE.get("KafkaUser", service.name()).node().path("spec");
        assertThat(spec.path("authentication").path("type").asText()).isEqualTo("scram-sha-512");
        assertThat(spec.path("authorization").path("type").asText()).isEqualTo("simple");

        Map<String, Set<String>> expected = new TreeMap<>();
        service.produces().forEach(topic -> expected.computeIfAbsent(topic, t -> new TreeSet<>())
                .addAll(Set.of("Write", "Describe")));
        service.consumes().forEach(topic -> expected.computeIfAbsent(topic, t -> new TreeSet<>())
                .addAll(Set.of("Read", "Describe")));
        assertThat(topicAcls(service.name())).isEqualTo(expected);

        List<String> groups = new ArrayList<>();
        for (JsonNode acl : spec.path("authorization").path("acls")) {
            if (acl.path("resource").path("type").asText().equals("group")) {
                groups.add(acl.path("resource").path("name").asText());
            }
        }
        assertThat(groups).containsExactly(service.name());
    }

    @Test
    void takesNoClientWithoutCredentialsAndAuthorizesEveryRequest() {
        JsonNode kafka = BASE.get("Kafka", "opendars").node().path("spec").path("kafka");
        assertThat(kafka.path("authorization").path("type").asText()).isEqualTo("simple");
        assertThat(kafka.path("listeners")).isNotEmpty().allSatisfy(listener -> {
            assertThat(listener.path("tls").asBoolean()).as("listener %s uses TLS", listener.path("name")).isTrue();
            assertThat(listener.path("authentication").path("type").asText()).isEqualTo("scram-sha-512");
        });
    }

    @ParameterizedTest
    @MethodSource("org.opendars.deploy.PlatformContract#services")
    void connectsEachServiceAsItsOwnKafkaUserOverTls(PlatformContract.ServiceSpec service) {
        JsonNode data = BASE.get("ConfigMap", service.name() + "-config").node().path("data");
        assertThat(data.path("KAFKA_SECURITY_PROTOCOL").asText()).isEqualTo("SASL_SSL");
        assertThat(data.path("KAFKA_SASL_MECHANISM").asText()).isEqualTo("SCRAM-SHA-512");
        JsonNode container = BASE.get("Deployment", service.name()).node().path("spec").path("template").path("spec")
                .path("containers").get(0);
        JsonNode jaas = null;
        for (JsonNode env : container.path("env")) {
            if (env.path("name").asText().equals("KAFKA_SASL_JAAS_CONFIG")) {
                jaas = env;
            }
        }
        assertThat(jaas).isNotNull();
        assertThat(jaas.path("valueFrom").path("secretKeyRef").path("name").asText()).isEqualTo(service.name());
    }

    @ParameterizedTest
    @MethodSource("org.opendars.deploy.PlatformContract#services")
    void grantsTheLocalBrokersPrincipalsTheSameAsTheTopicTable(PlatformContract.ServiceSpec service) throws IOException {
        List<String[]> rows = Files.readAllLines(ProjectPaths.ROOT.resolve("deploy/local/kafka/principals.txt"))
                .stream().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> line.split("\\s+")).filter(row -> row[0].equals(service.name())).toList();
        assertThat(rows).hasSize(1);
        assertThat(new TreeSet<>(List.of(rows.get(0)[1].split(",")))).isEqualTo(new TreeSet<>(service.produces()));
        assertThat(new TreeSet<>(List.of(rows.get(0)[2].split(",")))).isEqualTo(new TreeSet<>(service.consumes()));
    }
}
