package org.opendars.deploy;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;

/** One Kubernetes object read from a YAML document. */
record Manifest(Path file, JsonNode node) {

    String kind() {
        return node.path("kind").asText();
    }

    String apiVersion() {
        return node.path("apiVersion").asText();
    }

    String name() {
        return node.path("metadata").path("name").asText();
    }

    String label(String key) {
        return node.path("metadata").path("labels").path(key).asText(null);
    }

    boolean is(String kind, String name) {
        return kind().equals(kind) && name().equals(name);
    }
}
