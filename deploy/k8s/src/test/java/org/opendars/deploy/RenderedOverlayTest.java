package org.opendars.deploy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Builds the dev overlay with the kustomize bundled in kubectl, when kubectl is installed. */
class RenderedOverlayTest {

    private static List<JsonNode> rendered;

    @BeforeAll
    static void render() throws IOException, InterruptedException {
        assumeTrue(kubectlOnPath(), "kubectl is not on the PATH: the dev overlay is checked statically only");
        Process kustomize = new ProcessBuilder("kubectl", "kustomize", "--load-restrictor", "LoadRestrictionsNone",
                ProjectPaths.DEV_OVERLAY.toString()).redirectErrorStream(true).start();
        String output = new String(kustomize.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(kustomize.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(kustomize.exitValue()).as(output).isZero();
        rendered = documents(output);
    }

    @Test
    void rendersOneReplicaPerServiceAndTopicReplicationOneInTheDevNamespace() {
        assertThat(ofKind("Deployment")).hasSize(5)
                .allSatisfy(deployment -> assertThat(deployment.path("spec").path("replicas").asInt()).isEqualTo(1));
        assertThat(ofKind("KafkaTopic")).hasSize(PlatformContract.allTopics().size())
                .allSatisfy(topic -> assertThat(topic.path("spec").path("replicas").asInt()).isEqualTo(1));
        assertThat(rendered).filteredOn(node -> !node.path("kind").asText().equals("Namespace"))
                .allSatisfy(node ->
                        assertThat(node.path("metadata").path("namespace").asText()).isEqualTo("opendars-dev"));
    }

    @Test
    void mountsTheGeneratedRealmConfigMapInKeycloak() {
        JsonNode realm = ofKind("ConfigMap").stream()
                .filter(map -> map.path("metadata").path("name").asText().startsWith("opendars-realm-"))
                .findFirst().orElseThrow();
        JsonNode keycloak = ofKind("Deployment").stream()
                .filter(deployment -> deployment.path("metadata").path("name").asText().equals("keycloak"))
                .findFirst().orElseThrow();
        String mounted = keycloak.path("spec").path("template").path("spec").path("volumes").get(0)
                .path("configMap").path("name").asText();

        assertThat(realm.path("data").path("opendars-realm.json").asText()).contains("\"realm\"");
        assertThat(mounted).isEqualTo(realm.path("metadata").path("name").asText());
    }

    private static List<JsonNode> ofKind(String kind) {
        return rendered.stream().filter(node -> node.path("kind").asText().equals(kind)).toList();
    }

    private static List<JsonNode> documents(String yaml) throws IOException {
        List<JsonNode> documents = new ArrayList<>();
        try (JsonParser parser = Manifests.YAML.getFactory().createParser(yaml)) {
            while (parser.nextToken() != null) {
                documents.add(Manifests.YAML.readTree(parser));
            }
        }
        return documents;
    }

    private static boolean kubectlOnPath() {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(folder -> Path.of(folder, "kubectl"))
                .anyMatch(Files::isExecutable);
    }
}
