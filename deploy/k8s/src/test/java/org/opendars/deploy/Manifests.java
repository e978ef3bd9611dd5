package org.opendars.deploy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads every Kubernetes object below a kustomize folder; kustomizations and JSON patches are not objects. */
final class Manifests {

    static final YAMLMapper YAML = new YAMLMapper();

    private final List<Manifest> all;

    private Manifests(List<Manifest> all) {
        this.all = List.copyOf(all);
    }

    static Manifests under(Path folder) {
        List<Manifest> manifests = new ArrayList<>();
        yamlFiles(folder).filter(file -> !isKustomization(file)).forEach(file ->
                readDocuments(file).stream()
                        .filter(node -> node.isObject() && node.has("kind"))
                        .forEach(node -> manifests.add(new Manifest(file, node))));
        return new Manifests(manifests);
    }

    static Stream<Path> yamlFiles(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isKustomization(Path file) {
        return file.getFileName().toString().equals("kustomization.yaml");
    }

    /** Every document of a multi-document YAML file; a document that is a list (a JSON patch) stays a list. */
    static List<JsonNode> readDocuments(Path file) {
        List<JsonNode> documents = new ArrayList<>();
        try (JsonParser parser = YAML.getFactory().createParser(file.toFile())) {
            while (parser.nextToken() != null) {
                JsonNode document = YAML.readTree(parser);
                if (document != null && !document.isNull() && !document.isMissingNode()) {
                    documents.add(document);
                }
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    List<Manifest> all() {
        return all;
    }

    List<Manifest> ofKind(String kind) {
        return all.stream().filter(manifest -> manifest.kind().equals(kind)).toList();
    }

    Manifest get(String kind, String name) {
        return all.stream().filter(manifest -> manifest.is(kind, name)).findFirst()
                .orElseThrow(() -> new AssertionError("No " + kind + " named " + name));
    }
}
