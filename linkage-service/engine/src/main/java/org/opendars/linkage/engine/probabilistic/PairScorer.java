package org.opendars.linkage.engine.probabilistic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.opendars.linkage.engine.data.Table;

/**
 * Scores pairs with a trained model: match weight = prior weight + sum of log2(m/u) of each comparison's
 * level + term-frequency adjustments, where an exact agreement on a value of frequency f weighs
 * log2(m/f) instead of log2(m/u). Match probability = 2^w / (1 + 2^w).
 */
public final class PairScorer {

    /** Values rarer than this are scored as if this frequent, so one-off typos do not dominate. */
    private static final double MIN_TERM_FREQUENCY = 1e-6;

    private final List<Comparison> comparisons;
    private final Comparison[] bound;
    private final double[][] weights;
    private final double[] exactU;
    private final double priorWeight;
    /** Comparisons in the order a bounded score evaluates them: cheapest first, then widest weight range. */
    private final int[] order;
    /** Most and least that the comparisons from position k of {@link #order} on can still add. */
    private final double[] mostAfter;
    private final double[] leastAfter;

    public PairScorer(List<Comparison> comparisons, ModelParameters model) {
        this.comparisons = comparisons;
        this.bound = comparisons.toArray(Comparison[]::new);
        this.priorWeight = model.priorWeight();
        weights = new double[bound.length][];
        exactU = new double[bound.length];
        for (int c = 0; c < bound.length; c++) {
            ModelParameters.ComparisonParameters parameters = model.comparison(bound[c].name());
            weights[c] = new double[parameters.m().length + 1];
            for (int level = 1; level < weights[c].length; level++) {
                weights[c][level] = ModelParameters.log2(parameters.m()[level - 1] / parameters.u()[level - 1]);
            }
            exactU[c] = parameters.u()[0];
        }
        double[] most = new double[bound.length];
        double[] least = new double[bound.length];
        for (int c = 0; c < bound.length; c++) {
            double[] frequencies = bound[c].termFrequencyRange();
            for (int level = 1; level < weights[c].length; level++) {
                double high = weights[c][level];
                double low = weights[c][level];
                if (frequencies != null && level == 1) {
                    high += termFrequencyWeight(c, frequencies[0]);
                    low += Math.min(0, termFrequencyWeight(c, frequencies[1]));
                    high = Math.max(high, weights[c][level]);
                }
                most[c] = Math.max(most[c], high);
                least[c] = Math.min(least[c], low);
            }
        }
        order = IntStream.range(0, bound.length).boxed()
                .sorted(Comparator.<Integer>comparingInt(c -> bound[c].cost())
                        .thenComparing((a, b) -> Double.compare(most[b] - least[b], most[a] - least[a])))
                .mapToInt(Integer::intValue).toArray();
        mostAfter = new double[bound.length + 1];
        leastAfter = new double[bound.length + 1];
        for (int k = bound.length - 1; k >= 0; k--) {
            mostAfter[k] = mostAfter[k + 1] + most[order[k]];
            leastAfter[k] = leastAfter[k + 1] + least[order[k]];
        }
    }

    /**
     * The weight of a pair, or, once the comparisons left can no longer lift it to {@code linkWeight}, an upper
     * bound on it: then {@code bound.exact} is false. A pair is only cut short when the bound also settles which
     * side of {@code vetoWeight} it is on, so callers still see every veto. Most candidate pairs are clear
     * non-matches, and the comparisons that decide them run first, so most pairs skip the costly string measures.
     */
    public double boundedWeight(int left, int right, double linkWeight, double vetoWeight, Bound result) {
        double weight = priorWeight;
        for (int k = 0; k < order.length; k++) {
            double most = weight + mostAfter[k];
            if (most < linkWeight) {
                double least = weight + leastAfter[k];
                if (most < vetoWeight || least >= vetoWeight) {
                    result.exact = false;
                    return most;
                }
            }
            int c = order[k];
            int level = bound[c].level(left, right);
            if (level != 0) {
                weight += weights[c][level];
                double frequency = bound[c].termFrequency(level, left, right);
                if (frequency > 0) {
                    weight += termFrequencyWeight(c, frequency);
                }
            }
        }
        result.exact = true;
        return weight;
    }

    /** Whether the last {@link #boundedWeight} was exact; one per thread. */
    public static final class Bound {
        boolean exact;

        public boolean exact() {
            return exact;
        }
    }

    public double weight(int left, int right) {
        double weight = priorWeight;
        for (int c = 0; c < bound.length; c++) {
            int level = bound[c].level(left, right);
            if (level != 0) {
                weight += weights[c][level];
                double frequency = bound[c].termFrequency(level, left, right);
                if (frequency > 0) {
                    weight += termFrequencyWeight(c, frequency);
                }
            }
        }
        return weight;
    }

    private double termFrequencyWeight(int comparison, double frequency) {
        return ModelParameters.log2(exactU[comparison]) - ModelParameters.log2(Math.max(frequency, MIN_TERM_FREQUENCY));
    }

    public static double probability(double weight) {
        double bayesFactor = Math.pow(2, weight);
        return Double.isInfinite(bayesFactor) ? 1.0 : bayesFactor / (1 + bayesFactor);
    }

    public static double log2(double x) {
        return ModelParameters.log2(x);
    }

    public static double weightOf(double probability) {
        return ModelParameters.log2(probability / (1 - probability));
    }

    public PairExplanation explain(Table left, int l, Table right, int r) {
        List<PairExplanation.Contribution> contributions = new ArrayList<>();
        double total = priorWeight;
        for (int c = 0; c < bound.length; c++) {
            int level = bound[c].level(l, r);
            String label = level == 0 ? "null" : bound[c].levelLabels().get(level - 1);
            double weight = level == 0 ? 0 : weights[c][level];
            double frequency = level == 0 ? -1 : bound[c].termFrequency(level, l, r);
            double tf = frequency > 0 ? termFrequencyWeight(c, frequency) : 0;
            contributions.add(new PairExplanation.Contribution(bound[c].name(), label, weight, tf));
            total += weight + tf;
        }
        return new PairExplanation(left.id(l), right.id(r), priorWeight, contributions, total, probability(total));
    }

    public List<Comparison> comparisons() {
        return comparisons;
    }
}
