package org.opendars.linkage.engine.probabilistic;

import java.util.List;
import org.opendars.linkage.engine.data.Table;
import org.opendars.linkage.engine.spec.ComparisonSpec;

/** Binds the comparisons declared in a spec to a pair of loaded tables. */
public final class Comparisons {

    private Comparisons() {
    }

    public static List<Comparison> bind(List<ComparisonSpec> specs, Table left, Table right) {
        return specs.stream().map(spec -> bind(spec, left, right)).toList();
    }

    static Comparison bind(ComparisonSpec spec, Table left, Table right) {
        String first = spec.columns().get(0);
        return switch (spec.type()) {
            case EXACT -> new ExactComparison(spec.name(), first, left, right, spec.termFrequency());
            case STRING -> new StringComparison(spec.name(), first, spec.levels(), left, right,
                    spec.termFrequency());
            case DATE -> new DateComparison(spec.name(), first, left, right);
            case POSTCODE -> new PostcodeComparison(spec.name(), first, left, right, spec.termFrequency());
            case FORENAME_SURNAME -> {
                if (spec.columns().size() != 2) {
                    throw new IllegalArgumentException("forenameSurname comparison " + spec.name()
                            + " needs two columns: given name, family name");
                }
                yield new ForenameSurnameComparison(spec.name(), first, spec.columns().get(1), left, right,
                        spec.termFrequency());
            }
        };
    }
}
