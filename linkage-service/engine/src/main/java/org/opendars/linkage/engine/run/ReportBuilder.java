package org.opendars.linkage.engine.run;

import java.util.LinkedHashMap;
import java.util.Map;
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

    ReportBuilder(LinkSpec spec, LoadedTables tables, Blocker blocker, long[] perRule, Prediction prediction,
            Map<String, Long> timings) {
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
        return new QualityReport(tables.dedupe() ? "dedupe" : "link", left.size(), tables.dedupe() ? 0 : right.size(),
                rules, prediction.comparisons(), blocker.recordsInSkippedBlocks(), links.size(), byRank,
                WeightBands.labelled(bands), unmatchedLeft(leftLinked, rightLinked),
                tables.dedupe() ? 0 : count(rightLinked, false), ambiguousDeterministic, ambiguousProbabilistic,
                probabilistic == 0 ? null : falseMatches / probabilistic,
                expected == 0 ? null : prediction.expectedMatchesNotLinked() / expected,
                tables.validation().counts(), clusterOf == null ? null : distinct(clusterOf), refusedMerges,
                truth(links), timings, MemoryUse.peakMegabytes());
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
