package org.opendars.linkage.engine.spec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opendars.linkage.engine.data.ColumnRole;

/**
 * Everything a linkage run needs to know about the files: column roles, comparisons, blocking rules,
 * training, thresholds and the optional deterministic stage. Read from JSON; see docs/linkage.md.
 */
public record LinkSpec(int version, String idColumn, String truthColumn, String truthIdPattern,
        Map<String, ColumnRole> columns,
        List<ComparisonSpec> comparisons, List<List<String>> blocking, TrainingSpec training,
        Thresholds thresholds, DeterministicSpec deterministic) {

    public static final int CURRENT_VERSION = 1;

    public LinkSpec {
        if (version > CURRENT_VERSION) {
            throw new IllegalArgumentException("spec version " + version + " is newer than this engine");
        }
        version = CURRENT_VERSION;
        if (idColumn == null) {
            throw new IllegalArgumentException("spec needs an idColumn");
        }
        columns = new LinkedHashMap<>(columns == null ? Map.of() : columns);
        comparisons = comparisons == null ? List.of() : List.copyOf(comparisons);
        blocking = blocking == null ? List.of() : List.copyOf(blocking);
        training = training == null ? TrainingSpec.defaults() : training;
        thresholds = thresholds == null ? Thresholds.defaults() : thresholds;
        deterministic = deterministic == null ? DeterministicSpec.disabled() : deterministic;
        for (ComparisonSpec comparison : comparisons) {
            for (String column : comparison.columns()) {
                columns.putIfAbsent(column, ColumnRole.TEXT);
            }
        }
        if (deterministic.enabled()) {
            putRole(columns, deterministic.nhsNumber(), ColumnRole.NHS_NUMBER);
            putRole(columns, deterministic.dateOfBirth(), ColumnRole.DATE_OF_BIRTH);
            putRole(columns, deterministic.sex(), ColumnRole.SEX);
            putRole(columns, deterministic.postcode(), ColumnRole.POSTCODE);
        }
        requireColumns(columns, blocking, "blocking");
        requireColumns(columns, training.emBlocking(), "training emBlocking");
        requireColumns(columns, training.deterministicRules(), "training deterministicRules");
    }

    private static void putRole(Map<String, ColumnRole> columns, String column, ColumnRole role) {
        if (column != null) {
            columns.put(column, role);
        }
    }

    private static void requireColumns(Map<String, ColumnRole> columns, List<List<String>> rules, String where) {
        for (List<String> rule : rules) {
            for (String column : rule) {
                if (!columns.containsKey(column)) {
                    throw new IllegalArgumentException(where + " column '" + column + "' has no role in the spec");
                }
            }
        }
    }

    public LinkSpec withTruthColumn(String truth) {
        return new LinkSpec(version, idColumn, truth, null, columns, comparisons, blocking, training, thresholds,
                deterministic);
    }

    /** Truth taken from the record id: the first group of {@code pattern}, e.g. {@code rec-(\\d+)} for FEBRL. */
    public LinkSpec withTruthIdPattern(String pattern) {
        return new LinkSpec(version, idColumn, null, pattern, columns, comparisons, blocking, training, thresholds,
                deterministic);
    }

    public LinkSpec withBlocking(List<List<String>> rules) {
        return new LinkSpec(version, idColumn, truthColumn, truthIdPattern, columns, comparisons, rules, training,
                thresholds, deterministic);
    }

    public boolean hasTruth() {
        return truthColumn != null || truthIdPattern != null;
    }
}
