package org.opendars.deploy;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locations in the repository, resolved from this module's directory (deploy/k8s). */
final class ProjectPaths {

    static final Path MODULE = Path.of("").toAbsolutePath();
    static final Path ROOT = MODULE.getParent().getParent();
    static final Path BASE = MODULE.resolve("base");
    static final Path DEV_OVERLAY = MODULE.resolve("overlays/dev");
    static final Path EVENTS = ROOT.resolve("docs/events");

    static {
        if (!Files.isDirectory(BASE)) {
            throw new IllegalStateException("Run the tests from deploy/k8s; no base/ folder under " + MODULE);
        }
    }

    private ProjectPaths() {
    }

    static Path serviceProperties(String service) {
        return ROOT.resolve(service).resolve("src/main/resources/application.properties");
    }
}
