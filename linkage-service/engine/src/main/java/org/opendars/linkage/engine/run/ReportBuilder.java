package org.opendars.linkage.engine.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.IntStream;
import org.opendars.linkage.engine.data.LongSet;
import org.opendars.linkage.engine.probabilistic.ModelParameters;
import org.opendars.linkage.engine.quality.ExplainedPair;
import org.opendars.linkage.engine.quality.MissedPairs;
import org.opendars.linkage.engine.quality.ModelLevel;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.opendars.linkage.engine.data.Table;
import org.opendars.linkage.engine.deterministic.DeterministicLinker;
import org.opendars.linkage.engine.probabilistic.Blocker;
import org.opendars.linkage.engine.probabilistic.PairScorer;
import org.opendars.linkage.engine.probabilistic.Prediction;
import org.opendars.linkage.engine.quality.MemoryUse;
import org.opendars.linkage.engine.quality.Metrics;
import org.opendars.linkage.engine.quality.QualityReport;
import org.opendars.linkage.engine.quality.TruthEvaluation;
import org.opendars.linkage.engine.quality.TruthMetrics;
import org.opendars.linkage.engine.quality.WeightBands;
import org.opendars.linkage.engine.spec.LinkSpec;

/** Assembles the quality report of a run from its stages. */
final class ReportBuilder {

    private final LinkSpec spec;
    private final LoadedTables tables;
    private final Blocker blocker;
    private final long[] perRule;
    private final Prediction prediction;
    private final Map<String, Long> timings;
    private long ambiguousDeterministic;
    private long ambiguousProbabilistic;
    private int[] clusterOf;
    private Long refusedMerges;

    /** Confident links, from which each rule's share is measured: match probability about 0.99 and above. */
    private static final double CONFIDENT_WEIGHT = 6.6;
    private static final int MIN_CONFIDENT_LINKS = 50;
    /** A true entity with more records than this would cost too many pairs to enumerate. */
    private static final int MAX_ENTITY_RECORDS = 1000;
    private static final int EXPLAINED_PAIRS = 10;

    private final PairScorer scorer;
    private final ModelParameters model;
    private final double linkWeight;
    private MissedPairs missed;
    private final List<long[]> missedExamples = new ArrayList<>();

    ReportBuilder(LinkSpec spec, LoadedTables tables, Blocker blocker, long[] perRule, Prediction prediction,
            Map<String, Long> timings, PairScorer scorer, ModelParameters model, double linkWeight) {
        this.scorer = scorer;
        this.model = model;
        this.linkWeight = linkWeight;
        this.spec = spec;
        this.tables = tables;
        this.blocker = blocker;
        this.perRule = perRule;
        this.prediction = prediction;
        this.timings = timings;
    }

    void deterministic(DeterministicLinker.LinkOutcome ranks) {
        for (int l = 0; l < ranks.rank().length; l++) {
            ambiguousDeterministic += ranks.ambiguous(l) ? 1 : 0;
        }
    }

    void ambiguousProbabilistic(long count) {
        ambiguousProbabilistic = count;
    }

    void clusters(int[] clusters, int refused) {
        clusterOf = clusters;
        refusedMerges = (long) refused;
    }

    QualityReport build(LinkRows links) {
        Table left = tables.left();
        Table right = tables.right();
        Map<String, Long> byRank = new TreeMap<>();
        long[] bands = new long[WeightBands.count()];
        double falseMatches = 0;
        long probabilistic = 0;
        boolean[] leftLinked = new boolean[left.size()];
        boolean[] rightLinked = new boolean[right.size()];
        for (int i = 0; i < links.size(); i++) {
            byRank.merge(links.rank(i) == 0 ? "probabilistic" : Integer.toString(links.rank(i)), 1L, Long::sum);
            bands[WeightBands.bandOf(links.weight(i))]++;
            if (links.rank(i) == 0) {
                falseMatches += 1 - PairScorer.probability(links.weight(i));
                probabilistic++;
            }
            leftLinked[links.left(i)] = true;
            rightLinked[links.right(i)] = true;
        }
        Map<String, Long> rules = new LinkedHashMap<>();
        for (int r = 0; r < perRule.length; r++) {
            rules.put(String.join("+", spec.blocking().get(r)), perRule[r]);
        }
        double expected = prediction.expectedMatchesLinked() + prediction.expectedMatchesNotLinked();
        findMissedPairs(links);
        return new QualityReport(tables.dedupe() ? "dedupe" : "link", left.size(), tables.dedupe() ? 0 : right.size(),
                rules, prediction.comparisons(), blocker.recordsInSkippedBlocks(), links.size(), byRank,
                WeightBands.labelled(bands), unmatchedLeft(leftLinked, rightLinked),
                tables.dedupe() ? 0 : count(rightLinked, false), ambiguousDeterministic, ambiguousProbabilistic,
                probabilistic == 0 ? null : falseMatches / probabilistic,
                expected == 0 ? null : prediction.expectedMatchesNotLinked() / expected,
                tables.validation().counts(), clusterOf == null ? null : distinct(clusterOf), refusedMerges,
                truth(links), timings, MemoryUse.peakMegabytes(), prediction.weightHistogram(),
                estimatedBlockingRecall(links), missed, modelLevels(), explainedPairs(links, missedExamples), linkWeight);
    }

    /**
     * Each rule's recall is measured on the confident links that the other rules also find, and a true match
     * is missed only if every rule misses it: 1 - product of (1 - recall of each rule).
     */
    private Double estimatedBlockingRecall(LinkRows links) {
        int rules = spec.blocking().size();
        long[] foundByOthers = new long[rules];
        long[] foundByBoth = new long[rules];
        long confident = 0;
        for (int i = 0; i < links.size(); i++) {
            if (links.weight(i) < CONFIDENT_WEIGHT) {
                continue;
            }
            confident++;
            boolean[] found = new boolean[rules];
            int count = 0;
            for (int r = 0; r < rules; r++) {
                found[r] = blocker.compares(r, links.left(i), links.right(i));
                count += found[r] ? 1 : 0;
            }
            for (int r = 0; r < rules; r++) {
                if (count - (found[r] ? 1 : 0) > 0) {
                    foundByOthers[r]++;
                    foundByBoth[r] += found[r] ? 1 : 0;
                }
            }
        }
        if (confident < MIN_CONFIDENT_LINKS || rules == 0) {
            return null;
        }
        double missedByAll = 1;
        for (int r = 0; r < rules; r++) {
            double recall = foundByOthers[r] == 0 ? 0 : (double) foundByBoth[r] / foundByOthers[r];
            missedByAll *= 1 - recall;
        }
        return 1 - missedByAll;
    }

    private List<ModelLevel> modelLevels() {
        List<ModelLevel> levels = new ArrayList<>();
        for (ModelParameters.ComparisonParameters comparison : model.comparisons()) {
            for (int level = 0; level < comparison.m().length; level++) {
                double m = comparison.m()[level];
                double u = comparison.u()[level];
                levels.add(new ModelLevel(comparison.name(), comparison.levels().get(level), m, u,
                        PairScorer.log2(m / u)));
            }
        }
        return levels;
    }

    private List<ExplainedPair> explainedPairs(LinkRows links, List<long[]> missedExamples) {
        List<ExplainedPair> pairs = new ArrayList<>();
        Table left = tables.left();
        Table right = tables.right();
        IntStream.range(0, links.size()).boxed()
                .sorted(Comparator.comparingDouble(links::weight))
                .limit(EXPLAINED_PAIRS)
                .forEach(i -> pairs.add(new ExplainedPair(ExplainedPair.DOUBTFUL_LINK,
                        scorer.explain(left, links.left(i), right, links.right(i)))));
        for (long[] pair : missedExamples) {
            pairs.add(new ExplainedPair(ExplainedPair.MISSED_MATCH,
                    scorer.explain(left, (int) pair[0], right, (int) pair[1])));
        }
        return pairs;
    }

    /** Classifies every true pair the run did not link by where it was lost (see {@link MissedPairs}). */
    private void findMissedPairs(LinkRows links) {
        Table left = tables.left();
        Table right = tables.right();
        if (!left.hasTruth()) {
            return;
        }
        boolean dedupe = tables.dedupe();
        LongSet linked = new LongSet(Math.max(16, links.size() * 2));
        for (int i = 0; i < links.size(); i++) {
            linked.add(pairKey(links.left(i), links.right(i)));
        }
        Map<String, IntList> rightByTruth = new HashMap<>();
        for (int r = 0; r < right.size(); r++) {
            if (right.truth(r) != null) {
                rightByTruth.computeIfAbsent(right.truth(r), t -> new IntList()).add(r);
            }
        }
        long[] counts = new long[6];
        Set<String> skippedEntities = new HashSet<>();
        for (int l = 0; l < left.size(); l++) {
            String truth = left.truth(l);
            IntList candidates = truth == null ? null : rightByTruth.get(truth);
            if (candidates == null) {
                continue;
            }
            if (candidates.size > MAX_ENTITY_RECORDS) {
                skippedEntities.add(truth);
                continue;
            }
            for (int k = 0; k < candidates.size; k++) {
                int r = candidates.values[k];
                if (dedupe && r <= l) {
                    continue;
                }
                counts[0]++;
                boolean isLinked = dedupe ? clusterOf[l] == clusterOf[r] : linked.contains(pairKey(l, r));
                if (isLinked) {
                    counts[1]++;
                    continue;
                }
                int cause = causeOfMiss(l, r);
                counts[cause]++;
                if (missedExamples.size() < EXPLAINED_PAIRS) {
                    missedExamples.add(new long[] {l, r});
                }
            }
        }
        missed = new MissedPairs(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5],
                skippedEntities.size());
    }

    /** 2 never blocked, 3 only in skipped blocks, 4 below the link weight, 5 lost in the decision. */
    private int causeOfMiss(int l, int r) {
        boolean shared = false;
        boolean compared = false;
        for (int rule = 0; rule < spec.blocking().size(); rule++) {
            shared |= blocker.sharesKey(rule, l, r) || tables.dedupe() && blocker.sharesKey(rule, r, l);
            compared |= blocker.compares(rule, l, r) || tables.dedupe() && blocker.compares(rule, r, l);
        }
        if (!compared) {
            return shared ? 3 : 2;
        }
        return scorer.weight(l, r) < linkWeight ? 4 : 5;
    }

    private static long pairKey(int l, int r) {
        return ((long) l << 32) | (r & 0xFFFFFFFFL);
    }

    /** A growable list of row numbers, to group rows by entity without boxing. */
    private static final class IntList {
        int[] values = new int[2];
        int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }
    }

    private long unmatchedLeft(boolean[] leftLinked, boolean[] rightLinked) {
        if (!tables.dedupe()) {
            return count(leftLinked, false);
        }
        long unmatched = 0;
        for (int i = 0; i < leftLinked.length; i++) {
            unmatched += clusterOf[i] == i && !leftLinked[i] && !rightLinked[i] ? 1 : 0;
        }
        return unmatched;
    }

    private TruthMetrics truth(LinkRows links) {
        Table left = tables.left();
        if (!left.hasTruth()) {
            return null;
        }
        String[] leftTruth = truthOf(left);
        if (tables.dedupe()) {
            return new TruthMetrics(TruthEvaluation.clusterPairs(clusterOf, leftTruth),
                    TruthEvaluation.exactClusters(clusterOf, leftTruth));
        }
        String[] rightTruth = truthOf(tables.right());
        Metrics pairwise = TruthEvaluation.linkPairs(links.leftRows(), links.rightRows(), links.size(), leftTruth,
                rightTruth);
        int n = left.size();
        int[] combined = new int[n + rightTruth.length];
        for (int i = 0; i < combined.length; i++) {
            combined[i] = i;
        }
        for (int i = 0; i < links.size(); i++) {
            combined[n + links.right(i)] = Math.min(combined[n + links.right(i)], links.left(i));
            combined[links.left(i)] = Math.min(combined[links.left(i)], combined[n + links.right(i)]);
        }
        String[] allTruth = new String[combined.length];
        System.arraycopy(leftTruth, 0, allTruth, 0, n);
        System.arraycopy(rightTruth, 0, allTruth, n, rightTruth.length);
        return new TruthMetrics(pairwise, TruthEvaluation.exactClusters(combined, allTruth));
    }

    private static String[] truthOf(Table table) {
        String[] truth = new String[table.size()];
        for (int i = 0; i < truth.length; i++) {
            truth[i] = table.truth(i);
        }
        return truth;
    }

    private static long count(boolean[] values, boolean wanted) {
        long count = 0;
        for (boolean value : values) {
            count += value == wanted ? 1 : 0;
        }
        return count;
    }

    private static long distinct(int[] clusterOf) {
        long clusters = 0;
        for (int i = 0; i < clusterOf.length; i++) {
            clusters += clusterOf[i] == i ? 1 : 0;
        }
        return clusters;
    }
}
