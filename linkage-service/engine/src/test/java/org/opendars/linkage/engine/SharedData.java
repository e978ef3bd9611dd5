package org.opendars.linkage.engine;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The project's shared reference data, which sits beside the project root and is absent in a plain clone. */
public final class SharedData {

    private SharedData() {
    }

    /** {@code ../shared/data/<folder>} relative to the project root; skips the test when it is missing. */
    public static Path folder(String folder) {
        Path projectRoot = Path.of("").toAbsolutePath().getParent().getParent();
        Path shared = projectRoot.resolveSibling("shared").resolve("data").resolve(folder);
        assumeTrue(Files.isDirectory(shared), "skipped: shared reference data not found at ../shared/data/" + folder
                + " (it is not part of the repository)");
        return shared;
    }
}
