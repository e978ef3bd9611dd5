package org.opendars.linkage.engine.probabilistic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.opendars.linkage.engine.Progress;

/**
 * Scores every candidate pair in parallel over chunks of left records. Only links (weight at or above the
 * link weight) and, for deduplication, clear non-matches (below the veto weight) are kept; everything else
 * is only summed, so memory grows with the links and not with the comparisons.
 */
public final class Prediction {

    private static final int CHUNK = 2048;
    /** The weight histogram spans -40 to +60 bits; pairs beyond are counted in the end bins. */
    private static final int HISTOGRAM_LOW = -40;
    private static final int HISTOGRAM_BINS = 101;

    private final ScoredPairs links;
    private final ScoredPairs vetoes;
    private final long comparisons;
    private final long[] comparisonsByRule;
    private final double expectedMatchesLinked;
    private final double expectedMatchesNotLinked;
    private final long[] histogram;

    private Prediction(ScoredPairs links, ScoredPairs vetoes, long comparisons, long[] comparisonsByRule,
            double linked, double notLinked, long[] histogram) {
        this.histogram = histogram;
        this.links = links;
        this.vetoes = vetoes;
        this.comparisons = comparisons;
        this.comparisonsByRule = comparisonsByRule;
        this.expectedMatchesLinked = linked;
        this.expectedMatchesNotLinked = notLinked;
    }

    public static Prediction run(Blocker blocker, PairScorer scorer, double linkWeight, double vetoWeight,
            Progress progress) {
        // Rule by rule, left records in block order, so that a block's records are compared while in cache.
        List<Work> work = new ArrayList<>();
        for (int rule = 0; rule < blocker.rules().size(); rule++) {
            int[] order = blocker.leftRowsInBlockOrder(rule);
            for (int from = 0; from < order.length; from += CHUNK) {
                work.add(new Work(rule, order, from, Math.min(order.length, from + CHUNK)));
            }
        }
        int chunks = work.size();
        AtomicInteger done = new AtomicInteger();
        List<Chunk> results = work.parallelStream().map(item -> {
            Chunk result = scoreChunk(blocker, scorer, item, linkWeight, vetoWeight);
            int finished = done.incrementAndGet();
            if (chunks >= 20 && finished % (chunks / 10) == 0) {
                progress.report(String.format(Locale.ROOT, "scoring: %d%% of blocks", 100L * finished / chunks));
            }
            return result;
        }).toList();
        ScoredPairs links = new ScoredPairs();
        ScoredPairs vetoes = new ScoredPairs();
        long comparisons = 0;
        long[] byRule = new long[blocker.rules().size()];
        double linked = 0;
        double notLinked = 0;
        long[] histogram = new long[HISTOGRAM_BINS];
        for (Chunk chunk : results) {
            for (int bin = 0; bin < HISTOGRAM_BINS; bin++) {
                histogram[bin] += chunk.histogram[bin];
            }
            links.addAll(chunk.links);
            vetoes.addAll(chunk.vetoes);
            comparisons += chunk.comparisons;
            for (int r = 0; r < byRule.length; r++) {
                byRule[r] += chunk.byRule[r];
            }
            linked += chunk.linked;
            notLinked += chunk.notLinked;
        }
        return new Prediction(links, vetoes, comparisons, byRule, linked, notLinked, histogram);
    }

    /** Left records {@code from} to {@code to} of one rule's block order. */
    private record Work(int rule, int[] order, int from, int to) {
    }

    private static Chunk scoreChunk(Blocker blocker, PairScorer scorer, Work item, double linkWeight,
            double vetoWeight) {
        Chunk result = new Chunk(blocker.rules().size());
        PairScorer.Bound bound = new PairScorer.Bound();
        for (int k = item.from(); k < item.to(); k++) {
            blocker.forEachPairOfRule(item.rule(), item.order()[k], true, (l, r, rule) -> {
                double weight = scorer.boundedWeight(l, r, linkWeight, vetoWeight, bound);
                result.comparisons++;
                result.byRule[rule]++;
                if (!bound.exact()) {
                    // Cut short: below the link weight (and a veto or not, as the bound settled). Its weight is
                    // unknown, so a fixed one in SAMPLE is scored in full and stands for SAMPLE of them.
                    if (weight < vetoWeight) {
                        result.vetoes.add(l, r, weight);
                    }
                    if (sampled(l, r)) {
                        double full = scorer.weight(l, r);
                        result.histogram[binOf(full)] += SAMPLE;
                        result.notLinked += SAMPLE * PairScorer.probability(full);
                    }
                    return;
                }
                result.histogram[binOf(weight)]++;
                double probability = PairScorer.probability(weight);
                if (weight >= linkWeight) {
                    result.links.add(l, r, weight);
                    result.linked += probability;
                } else {
                    result.notLinked += probability;
                    if (weight < vetoWeight) {
                        result.vetoes.add(l, r, weight);
                    }
                }
            });
        }
        return result;
    }

    /** One pair in this many of those cut short is scored in full, for the histogram and the expected misses. */
    private static final int SAMPLE = 64;

    private static boolean sampled(int left, int right) {
        long h = (((long) left << 32) | (right & 0xFFFFFFFFL)) * 0x9E3779B97F4A7C15L;
        return (h >>> 58) == 0;
    }

    private static int binOf(double weight) {
        int bin = (int) Math.floor(weight) - HISTOGRAM_LOW;
        return bin < 0 ? 0 : Math.min(bin, HISTOGRAM_BINS - 1);
    }

    /** Scored pairs per one-bit weight bin, labelled by the bin's lower bound; empty bins left out. */
    public Map<String, Long> weightHistogram() {
        Map<String, Long> labelled = new LinkedHashMap<>();
        for (int bin = 0; bin < HISTOGRAM_BINS; bin++) {
            if (histogram[bin] > 0) {
                labelled.put(Integer.toString(bin + HISTOGRAM_LOW), histogram[bin]);
            }
        }
        return labelled;
    }

    private static final class Chunk {
        final long[] histogram = new long[HISTOGRAM_BINS];
        final ScoredPairs links = new ScoredPairs();
        final ScoredPairs vetoes = new ScoredPairs();
        final long[] byRule;
        long comparisons;
        double linked;
        double notLinked;

        Chunk(int rules) {
            byRule = new long[rules];
        }
    }

    public ScoredPairs links() {
        return links;
    }

    /** Pairs scored below the veto weight (kept only when a veto weight above minus infinity is given). */
    public ScoredPairs vetoes() {
        return vetoes;
    }

    public long comparisons() {
        return comparisons;
    }

    public long[] comparisonsByRule() {
        return comparisonsByRule;
    }

    /** Sum of match probabilities over linked pairs: the model's expected number of true links among them. */
    public double expectedMatchesLinked() {
        return expectedMatchesLinked;
    }

    /** Sum of match probabilities over compared but unlinked pairs: expected matches the threshold missed. */
    public double expectedMatchesNotLinked() {
        return expectedMatchesNotLinked;
    }
}
