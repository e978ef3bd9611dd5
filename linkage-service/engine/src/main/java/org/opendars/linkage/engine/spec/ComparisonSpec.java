package org.opendars.linkage.engine.spec;

import java.util.List;

/**
 * One comparison of the probabilistic model.
 *
 * @param levels for {@code string} comparisons, the ordered similarity levels after "exact", such as
 *               {@code "jw>=0.92"} (Jaro-Winkler) or {@code "dl<=1"} (Damerau-Levenshtein); ignored otherwise
 * @param termFrequency adjust the exact-match weight by how common the value is
 */
public record ComparisonSpec(String name, ComparisonType type, List<String> columns, List<String> levels,
        boolean termFrequency) {

    public ComparisonSpec {
        if (columns == null || columns.isEmpty()) {
            throw new IllegalArgumentException("comparison " + name + " needs at least one column");
        }
        name = name == null ? String.join("_", columns) : name;
        levels = levels == null ? List.of() : List.copyOf(levels);
        columns = List.copyOf(columns);
    }
}
