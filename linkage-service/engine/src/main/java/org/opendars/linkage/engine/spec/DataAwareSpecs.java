package org.opendars.linkage.engine.spec;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opendars.linkage.engine.data.ColumnRole;

/**
 * The default spec for files nobody has described: every informative column is classified from its name and
 * a sample of its values, compared in the way that suits its kind, and used in blocking rules chosen to fit a
 * comparison budget. NHS-style files keep the header-based spec with its deterministic HES ranks.
 */
public final class DataAwareSpecs {

    /** Comparisons per record the blocking rules may make together, before the fixed allowance below. */
    private static final double COMPARISONS_PER_RECORD = 10;
    private static final double FIXED_ALLOWANCE = 5_000_000;

    /**
     * Only a clear non-match may stop two clusters merging: with the usual veto of -5, one badly corrupted
     * record pair between two halves of an entity split it (on Splink's fake_1000, cluster F1 0.56 against 0.70).
     */
    private static final Thresholds THRESHOLDS = new Thresholds(0.5, -10, 0, 0, null);

    private static final int MAX_COMPARISONS = 16;

    private DataAwareSpecs() {
    }

    public static LinkSpec forSample(DataSample sample, String truthColumn) {
        String id = DefaultSpecs.idColumn(sample.header());
        Map<String, ColumnKind> kinds = classify(sample, id, truthColumn);
        if (nhsStyle(kinds)) {
            LinkSpec byHeader = DefaultSpecs.forHeader(usable(sample.header(), id, truthColumn));
            if (byHeader.deterministic().enabled()) {
                return withExtraComparisons(byHeader, kinds);
            }
        }
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("no usable columns found in " + sample.header() + "; give a --spec");
        }
        Map<ColumnKind, List<String>> byKind = new EnumMap<>(ColumnKind.class);
        kinds.forEach((column, kind) -> byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(column));
        Map<String, ColumnRole> roles = new LinkedHashMap<>();
        kinds.forEach((column, kind) -> roles.put(column, kind.role));
        List<ComparisonSpec> comparisons = comparisons(kinds, byKind);
        BlockingCosts costs = new BlockingCosts(sample);
        double budget = FIXED_ALLOWANCE + COMPARISONS_PER_RECORD * (sample.leftRecords() + sample.rightRecords());
        List<List<String>> blocking = DefaultBlocking.rules(kinds, byKind, costs, budget);
        TrainingSpec training = DefaultTraining.of(byKind, blocking,
                sample.leftRecords() + sample.rightRecords());
        return new LinkSpec(1, id, null, null, roles, comparisons, blocking, training, THRESHOLDS,
                DeterministicSpec.disabled());
    }

    private static List<String> usable(List<String> header, String id, String truthColumn) {
        return header.stream().filter(c -> c.equals(id) || !(c.equals(truthColumn)
                || ColumnClassifier.isTruthLike(c))).toList();
    }

    private static Map<String, ColumnKind> classify(DataSample sample, String id, String truthColumn) {
        Map<String, ColumnKind> kinds = new LinkedHashMap<>();
        for (String column : usable(sample.header(), id, truthColumn)) {
            if (!column.equals(id)) {
                ColumnClassifier.classify(ColumnProfile.of(column, sample.rows().get(column)))
                        .ifPresent(kind -> kinds.put(column, kind));
            }
        }
        keepOne(kinds, ColumnKind.DATE_OF_BIRTH);
        keepOne(kinds, ColumnKind.GIVEN_NAME);
        keepOne(kinds, ColumnKind.FAMILY_NAME);
        keepOne(kinds, ColumnKind.SEX);
        return mostTelling(kinds, MAX_COMPARISONS);
    }

    /** The model holds at most 16 comparisons: wide files keep the columns whose kinds identify people best. */
    private static Map<String, ColumnKind> mostTelling(Map<String, ColumnKind> kinds, int limit) {
        if (kinds.size() <= limit) {
            return kinds;
        }
        List<String> kept = kinds.keySet().stream().sorted(Comparator.comparing(kinds::get))
                .limit(limit).toList();
        Map<String, ColumnKind> out = new LinkedHashMap<>();
        kinds.forEach((column, kind) -> {
            if (kept.contains(column)) {
                out.put(column, kind);
            }
        });
        return out;
    }

    /** Only one column can be the date of birth (or name, or sex); the others are compared as codes or text. */
    private static void keepOne(Map<String, ColumnKind> kinds, ColumnKind kind) {
        List<String> columns = kinds.entrySet().stream().filter(e -> e.getValue() == kind).map(Map.Entry::getKey)
                .toList();
        String keep = columns.stream().filter(ColumnClassifier::namedAsBirthDate).findFirst()
                .orElse(columns.isEmpty() ? null : columns.get(0));
        for (String column : columns) {
            if (!column.equals(keep)) {
                kinds.put(column, kind == ColumnKind.DATE_OF_BIRTH ? ColumnKind.CODE : ColumnKind.PLACE);
            }
        }
    }

    private static boolean nhsStyle(Map<String, ColumnKind> kinds) {
        return kinds.containsValue(ColumnKind.NHS_NUMBER) && kinds.containsValue(ColumnKind.DATE_OF_BIRTH)
                && kinds.containsValue(ColumnKind.SEX) && kinds.containsValue(ColumnKind.UK_POSTCODE);
    }

    /** The header-based NHS spec, plus a comparison for each column it did not recognise. */
    private static LinkSpec withExtraComparisons(LinkSpec base, Map<String, ColumnKind> kinds) {
        List<ComparisonSpec> comparisons = new ArrayList<>(base.comparisons());
        Map<String, ColumnRole> roles = new LinkedHashMap<>(base.columns());
        kinds.forEach((column, kind) -> {
            if (!roles.containsKey(column) && comparisons.size() < MAX_COMPARISONS) {
                roles.put(column, kind.role);
                comparisons.add(single(column, kind));
            }
        });
        return new LinkSpec(1, base.idColumn(), null, null, roles, comparisons, base.blocking(), base.training(),
                base.thresholds(), base.deterministic());
    }

    private static List<ComparisonSpec> comparisons(Map<String, ColumnKind> kinds,
            Map<ColumnKind, List<String>> byKind) {
        List<ComparisonSpec> comparisons = new ArrayList<>();
        List<String> given = byKind.get(ColumnKind.GIVEN_NAME);
        List<String> family = byKind.get(ColumnKind.FAMILY_NAME);
        boolean fullName = given != null && family != null;
        if (fullName) {
            comparisons.add(new ComparisonSpec("name", ComparisonType.FORENAME_SURNAME,
                    List.of(given.get(0), family.get(0)), null, true));
        }
        kinds.forEach((column, kind) -> {
            boolean inName = fullName && (kind == ColumnKind.GIVEN_NAME || kind == ColumnKind.FAMILY_NAME);
            if (!inName) {
                comparisons.add(single(column, kind));
            }
        });
        return comparisons;
    }

    private static ComparisonSpec single(String column, ColumnKind kind) {
        return new ComparisonSpec(column, kind.comparison, List.of(column), kind.levels, kind.termFrequency);
    }
}
