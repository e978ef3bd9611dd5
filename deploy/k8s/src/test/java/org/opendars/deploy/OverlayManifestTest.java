package org.opendars.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class OverlayManifestTest {

    private static final Manifests BASE = Manifests.under(ProjectPaths.BASE);
    private static final Path OVERLAY = ProjectPaths.DEV_OVERLAY;
    private static final JsonNode KUSTOMIZATION =
            Manifests.readDocuments(OVERLAY.resolve("kustomization.yaml")).get(0);

    @Test
    void patchesOnlyResourcesThatExistInTheBase() {
        JsonNode patches = KUSTOMIZATION.path("patches");
        assertThat(patches.size()).isPositive();

        for (JsonNode patch : patches) {
            List<Manifest> targets = targetsOf(patch);
            assertThat(targets).as("base resources patched by %s", patch).isNotEmpty();
        }
    }

    @Test
    void listsEveryManifestFileInAKustomization() {
        Set<Path> listed = new HashSet<>();
        for (Path root : List.of(ProjectPaths.BASE, OVERLAY)) {
            Manifests.yamlFiles(root).filter(Manifests::isKustomization).forEach(kustomization -> {
                JsonNode document = Manifests.readDocuments(kustomization).get(0);
                document.path("resources").forEach(entry -> listed.add(resolve(kustomization, entry.asText())));
                document.path("patches").forEach(entry ->
                        listed.add(resolve(kustomization, entry.path("path").asText())));
            });
        }

        for (Path root : List.of(ProjectPaths.BASE, OVERLAY)) {
            Manifests.yamlFiles(root).filter(file -> !Manifests.isKustomization(file)).forEach(file ->
                    assertThat(listed).as("kustomizations list %s", file).contains(file.normalize()));
        }
        listed.forEach(file -> assertThat(file).as("listed file").exists());
    }

    @Test
    void generatesTheRealmConfigMapFromTheLocalKeycloakRealmFile() {
        JsonNode generator = KUSTOMIZATION.path("configMapGenerator").get(0);
        String source = generator.path("files").get(0).asText();
        Path realmFile = OVERLAY.resolve(source.substring(source.indexOf('=') + 1)).normalize();

        assertThat(generator.path("name").asText()).isEqualTo("opendars-realm");
        assertThat(realmFile).isEqualTo(ProjectPaths.ROOT.resolve("deploy/local/keycloak/opendars-realm.json"));
        assertThat(realmFile).isRegularFile();
    }

    @Test
    void shrinksTheDevelopmentClusterToOneReplicaAndTopicReplicationOne() {
        JsonNode topicsPatch = patchDocument("KafkaTopic");
        JsonNode deploymentsPatch = patchDocument("Deployment");

        assertThat(operation(topicsPatch, "/spec/replicas").asInt()).isEqualTo(1);
        assertThat(operation(topicsPatch, "/spec/config/min.insync.replicas").asInt()).isEqualTo(1);
        assertThat(operation(deploymentsPatch, "/spec/replicas").asInt()).isEqualTo(1);
        assertThat(Manifests.readDocuments(OVERLAY.resolve("node-pool.yaml")).get(0)
                .path("spec").path("replicas").asInt()).isEqualTo(1);
    }

    private static List<Manifest> targetsOf(JsonNode patch) {
        JsonNode target = patch.path("target");
        if (target.isMissingNode()) {
            Path patchFile = OVERLAY.resolve(patch.path("path").asText());
            Manifest patched = new Manifest(patchFile, Manifests.readDocuments(patchFile).get(0));
            return BASE.all().stream().filter(manifest -> manifest.is(patched.kind(), patched.name())).toList();
        }
        return BASE.all().stream()
                .filter(manifest -> manifest.kind().equals(target.path("kind").asText()))
                .filter(manifest -> !target.has("name") || manifest.name().equals(target.path("name").asText()))
                .filter(manifest -> matchesLabelSelector(manifest, target.path("labelSelector").asText("")))
                .toList();
    }

    private static boolean matchesLabelSelector(Manifest manifest, String selector) {
        if (selector.isBlank()) {
            return true;
        }
        for (String requirement : selector.split(",")) {
            String[] keyAndValue = requirement.split("=", 2);
            if (!keyAndValue[1].trim().equals(manifest.label(keyAndValue[0].trim()))) {
                return false;
            }
        }
        return true;
    }

    private static JsonNode patchDocument(String targetKind) {
        for (JsonNode patch : KUSTOMIZATION.path("patches")) {
            if (patch.path("target").path("kind").asText().equals(targetKind)) {
                return Manifests.readDocuments(OVERLAY.resolve(patch.path("path").asText())).get(0);
            }
        }
        throw new AssertionError("No patch targets " + targetKind);
    }

    private static JsonNode operation(JsonNode jsonPatch, String path) {
        for (JsonNode operation : jsonPatch) {
            if (operation.path("path").asText().equals(path)) {
                return operation.path("value");
            }
        }
        throw new AssertionError("No operation on " + path);
    }

    private static Path resolve(Path kustomization, String entry) {
        Path resolved = kustomization.getParent().resolve(entry).normalize();
        return Files.isDirectory(resolved) ? resolved.resolve("kustomization.yaml") : resolved;
    }
}
