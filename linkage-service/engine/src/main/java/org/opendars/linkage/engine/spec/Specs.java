package org.opendars.linkage.engine.spec;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Reads and writes specs as JSON, and gives the built-in example specs. */
public final class Specs {

    public static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private Specs() {
    }

    public static LinkSpec read(Path file) throws IOException {
        return JSON.readValue(file.toFile(), LinkSpec.class);
    }

    /** A spec shipped with the engine: {@code febrl4} or {@code nhs-person}. */
    public static LinkSpec builtIn(String name) {
        try (InputStream in = Specs.class.getResourceAsStream("/org/opendars/linkage/engine/specs/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no built-in spec " + name);
            }
            return JSON.readValue(in, LinkSpec.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
