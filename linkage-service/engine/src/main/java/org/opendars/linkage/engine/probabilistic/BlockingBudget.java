package org.opendars.linkage.engine.probabilistic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.opendars.linkage.engine.data.LongMultiIndex;
import org.opendars.linkage.engine.data.Table;

/**
 * Holds each blocking rule to a budget of comparisons, counted exactly on the loaded files. A rule over the
 * budget (the date of birth alone on a million records, say) is replaced by that rule with one more column, for
 * the three such columns that keep the most pairs within the budget: a true pair with an error in some of them is
 * still found by another. A rule that no added column brings within the budget is refused.
 */
public final class BlockingBudget {

    /**
     * Replacements per rule over the budget: three, so that a true pair is lost only when all three columns are
     * wrong; columns often fail together (a move changes street and postcode), so two were not enough.
     */
    private static final int REPLACEMENTS = 3;

    /** A budget's automatic size: ten comparisons per record, and never less than this. */
    private static final long MIN_AUTOMATIC_BUDGET = 2_000_000;

    /** The rules to block with, and what was changed and why (empty when every rule fitted). */
    public record Outcome(List<List<String>> rules, List<String> changes) {
    }

    private BlockingBudget() {
    }

    /** {@code configured} 0 means automatic: ten comparisons per record read, at least two million. */
    public static long budget(long configured, Table left, Table right) {
        if (configured > 0) {
            return configured;
        }
        long records = left.size() + (left == right ? 0 : right.size());
        return Math.max(MIN_AUTOMATIC_BUDGET, 10 * records);
    }

    public static Outcome apply(List<List<String>> rules, Set<String> usableColumns, Table left, Table right,
            int maxBlockSize, long budget) {
        Set<List<String>> kept = new LinkedHashSet<>();
        List<String> changes = new ArrayList<>();
        List<Long> made = rules.stream().map(rule -> comparisons(rule, left, right, maxBlockSize)).toList();
        // Only a rule that stays can cover the pairs of a narrower form of another.
        List<List<String>> fitting = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            if (made.get(r) <= budget) {
                fitting.add(rules.get(r));
            }
        }
        for (int r = 0; r < rules.size(); r++) {
            List<String> rule = rules.get(r);
            long comparisons = made.get(r);
            if (comparisons <= budget) {
                kept.add(rule);
                continue;
            }
            List<List<String>> tighter = new ArrayList<>();
            List<Long> counts = new ArrayList<>();
            for (String column : usableColumns) {
                if (rule.contains(column) || !left.hasColumn(column) || !right.hasColumn(column)) {
                    continue;
                }
                List<String> candidate = new ArrayList<>(rule);
                candidate.add(column);
                if (coveredByAnother(candidate, rule, fitting)) {
                    continue;
                }
                long count = comparisons(candidate, left, right, maxBlockSize);
                // A column that barely narrows the rule (a state, a sex) adds a pass and no safety.
                if (count <= budget && count < comparisons / 2) {
                    tighter.add(candidate);
                    counts.add(count);
                }
            }
            if (tighter.isEmpty() && narrowerFormsCovered(rule, usableColumns, fitting, left, right)) {
                changes.add(String.format(Locale.ROOT, "blocking rule %s would make %,d comparisons, over the budget"
                        + " of %,d: dropped, as the other rules already find every pair a narrower form of it"
                        + " would", String.join("+", rule), comparisons, budget));
                continue;
            }
            if (tighter.isEmpty()) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "blocking rule %s would make %,d"
                        + " comparisons, over the budget of %,d (thresholds.maxComparisonsPerRule), and no other"
                        + " column brings it within the budget: drop the rule, or give it a column that narrows it",
                        String.join("+", rule), comparisons, budget));
            }
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < tighter.size(); i++) {
                order.add(i);
            }
            order.sort(Comparator.comparingLong(counts::get).reversed());
            List<String> added = new ArrayList<>();
            for (int i = 0; i < Math.min(REPLACEMENTS, order.size()); i++) {
                List<String> replacement = tighter.get(order.get(i));
                kept.add(replacement);
                added.add(String.format(Locale.ROOT, "%s (%,d)", String.join("+", replacement),
                        counts.get(order.get(i))));
            }
            changes.add(String.format(Locale.ROOT, "blocking rule %s would make %,d comparisons, over the budget of"
                    + " %,d: replaced by %s", String.join("+", rule), comparisons, budget, String.join(", ", added)));
        }
        return new Outcome(List.copyOf(kept), changes);
    }

    /** A rule with another rule's columns among its own finds only pairs that other rule finds already. */
    private static boolean coveredByAnother(List<String> candidate, List<String> rule, List<List<String>> rules) {
        return rules.stream().anyMatch(other -> other != rule && candidate.containsAll(other));
    }

    private static boolean narrowerFormsCovered(List<String> rule, Set<String> usableColumns, List<List<String>> rules,
            Table left, Table right) {
        boolean any = false;
        for (String column : usableColumns) {
            if (rule.contains(column) || !left.hasColumn(column) || !right.hasColumn(column)) {
                continue;
            }
            any = true;
            List<String> candidate = new ArrayList<>(rule);
            candidate.add(column);
            if (!coveredByAnother(candidate, rule, rules)) {
                return false;
            }
        }
        return any;
    }

    /** Pairs the rule makes on its own, without blocks skipped for their size, as {@link Blocker} counts them. */
    static long comparisons(List<String> rule, Table left, Table right, int maxBlockSize) {
        boolean dedupe = left == right;
        long[] leftKeys = Blocker.keys(rule, left);
        long[] rightKeys = dedupe ? leftKeys : Blocker.keys(rule, right);
        LongMultiIndex rightIndex = LongMultiIndex.build(right.size(), row -> rightKeys[row]);
        LongMultiIndex leftIndex = dedupe ? rightIndex : LongMultiIndex.build(left.size(), row -> leftKeys[row]);
        long total = 0;
        for (long key : leftKeys) {
            if (key == 0) {
                continue;
            }
            int block = rightIndex.count(key);
            if (block <= maxBlockSize && leftIndex.count(key) <= maxBlockSize) {
                total += dedupe ? block - 1 : block;
            }
        }
        return dedupe ? total / 2 : total;
    }
}
