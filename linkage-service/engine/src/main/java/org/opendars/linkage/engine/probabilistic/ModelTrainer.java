package org.opendars.linkage.engine.probabilistic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.IntStream;
import org.opendars.linkage.engine.Progress;
import org.opendars.linkage.engine.data.Table;
import org.opendars.linkage.engine.spec.LinkSpec;
import org.opendars.linkage.engine.spec.TrainingSpec;

/**
 * Unsupervised training: u by random sampling, the prior from high-precision deterministic rules, m by EM in
 * one session per training blocking rule; the final m of a level is the median of the sessions' estimates.
 */
public final class ModelTrainer {

    private static final int EM_MAX_BLOCK_SIZE = 100_000;

    private final LinkSpec spec;
    private final List<Comparison> comparisons;
    private final Table left;
    private final Table right;
    private final Progress progress;

    public ModelTrainer(LinkSpec spec, List<Comparison> comparisons, Table left, Table right, Progress progress) {
        this.spec = spec;
        this.comparisons = comparisons;
        this.left = left;
        this.right = right;
        this.progress = progress;
    }

    public ModelParameters train() {
        TrainingSpec training = spec.training();
        double[][] u = UEstimator.estimate(comparisons, left, right, training.uSamplePairs(), training.seed());
        progress.report(String.format(Locale.ROOT, "u estimated from %,d random pairs", training.uSamplePairs()));
        double prior = estimatePrior(training);
        progress.report(String.format(Locale.ROOT, "prior probability two random records match: %.3g", prior));
        double[][] start = startingM();
        List<List<double[]>> estimates = new ArrayList<>();
        comparisons.forEach(c -> estimates.add(new ArrayList<>()));
        for (List<String> rule : training.emBlocking()) {
            double[][] m = emSession(rule, u, start, training);
            for (int c = 0; c < m.length; c++) {
                if (m[c] != null) {
                    estimates.get(c).add(m[c]);
                }
            }
        }
        List<ModelParameters.ComparisonParameters> parameters = new ArrayList<>();
        for (int c = 0; c < comparisons.size(); c++) {
            boolean estimated = !estimates.get(c).isEmpty();
            double[] m = estimated ? median(estimates.get(c)) : start[c];
            if (!estimated) {
                progress.report("warning: no EM session estimated m for " + comparisons.get(c).name()
                        + "; add a training blocking rule that does not use its columns");
            }
            parameters.add(new ModelParameters.ComparisonParameters(comparisons.get(c).name(),
                    comparisons.get(c).levelLabels(), m, u[c], estimated));
        }
        return new ModelParameters(ModelParameters.FORMAT_VERSION, prior, parameters, spec);
    }

    private double[][] emSession(List<String> rule, double[][] u, double[][] start, TrainingSpec training) {
        // Sessions sample their pairs down to maxEmPairs, so large blocks cost nothing extra here and must not be
        // skipped: at ten million records every date-of-birth block exceeds the scoring limit.
        Blocker blocker = new Blocker(List.of(rule), left, right, Math.max(spec.thresholds().maxBlockSize(),
                EM_MAX_BLOCK_SIZE));
        long pairs = blocker.comparisonsPerRule()[0];
        double fraction = pairs > training.maxEmPairs() ? (double) training.maxEmPairs() / pairs : 1.0;
        PatternCounts patterns = PatternCounts.of(comparisons, blocker, 0, fraction, training.seed());
        boolean[] excluded = new boolean[comparisons.size()];
        for (int c = 0; c < excluded.length; c++) {
            excluded[c] = !Collections.disjoint(comparisons.get(c).columns(), rule);
        }
        double[][] m = ExpectationMaximisation.estimate(patterns, u, start, excluded, training.maxIterations());
        progress.report(String.format(Locale.ROOT, "EM session blocked on %s: %,.0f pairs, %d patterns",
                rule, patterns.total(), patterns.counts.length));
        return m;
    }

    /** Pairs agreeing on every column of some deterministic rule, divided by all pairs and the rules' recall. */
    private double estimatePrior(TrainingSpec training) {
        double allPairs = left == right ? (double) left.size() * (left.size() - 1) / 2
                : (double) left.size() * right.size();
        if (training.deterministicRules().isEmpty()) {
            return Math.min(0.5, Math.max(left.size(), right.size()) / allPairs);
        }
        Blocker blocker = new Blocker(training.deterministicRules(), left, right, Integer.MAX_VALUE);
        LongAdder agreeing = new LongAdder();
        IntStream.range(0, left.size()).parallel()
                .forEach(l -> blocker.forEachCandidate(l, (a, b, rule) -> agreeing.increment()));
        double prior = agreeing.sum() / allPairs / training.recall();
        return Math.min(0.5, Math.max(prior, 1 / allPairs));
    }

    /** Before EM: most matches agree exactly, few fall in the "else" level. */
    private double[][] startingM() {
        double[][] m = new double[comparisons.size()][];
        for (int c = 0; c < m.length; c++) {
            int levels = comparisons.get(c).levelLabels().size();
            m[c] = new double[levels];
            if (levels == 2) {
                m[c][0] = 0.9;
                m[c][1] = 0.1;
                continue;
            }
            m[c][0] = 0.8;
            m[c][levels - 1] = 0.05;
            for (int level = 1; level < levels - 1; level++) {
                m[c][level] = 0.15 / (levels - 2);
            }
        }
        return m;
    }

    private static double[] median(List<double[]> estimates) {
        int levels = estimates.get(0).length;
        double[] median = new double[levels];
        double total = 0;
        for (int level = 0; level < levels; level++) {
            int l = level;
            double[] values = estimates.stream().mapToDouble(m -> m[l]).sorted().toArray();
            int n = values.length;
            median[level] = n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
            total += median[level];
        }
        double sum = total;
        return Arrays.stream(median).map(v -> v / sum).toArray();
    }
}
