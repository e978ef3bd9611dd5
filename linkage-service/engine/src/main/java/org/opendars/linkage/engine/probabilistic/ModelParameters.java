package org.opendars.linkage.engine.probabilistic;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.opendars.linkage.engine.spec.LinkSpec;

/**
 * A trained Fellegi-Sunter model, saved and loaded as versioned JSON together with the spec it was trained
 * for. Per comparison and level (null level excluded): m = P(level | match), u = P(level | non-match).
 */
public record ModelParameters(int formatVersion, double probabilityTwoRandomRecordsMatch,
        List<ComparisonParameters> comparisons, LinkSpec spec) {

    public static final int FORMAT_VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public ModelParameters {
        if (formatVersion != FORMAT_VERSION) {
            throw new IllegalArgumentException("model format version " + formatVersion + " is not supported");
        }
        comparisons = List.copyOf(comparisons);
    }

    /** m and u of one comparison; {@code mEstimated} is false when no EM session could estimate m. */
    public record ComparisonParameters(String name, List<String> levels, double[] m, double[] u,
            boolean mEstimated) {
    }

    public double priorWeight() {
        double p = probabilityTwoRandomRecordsMatch;
        return log2(p / (1 - p));
    }

    public ComparisonParameters comparison(String name) {
        return comparisons.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("model has no comparison " + name));
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    public void save(Path file) throws IOException {
        JSON.writeValue(file.toFile(), this);
    }

    public static ModelParameters load(Path file) throws IOException {
        return JSON.readValue(file.toFile(), ModelParameters.class);
    }

    public static ModelParameters fromJson(String json) throws IOException {
        return JSON.readValue(json, ModelParameters.class);
    }

    public String toJson() throws IOException {
        return JSON.writeValueAsString(this);
    }
}
