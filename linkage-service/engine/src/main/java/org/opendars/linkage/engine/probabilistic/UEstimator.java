package org.opendars.linkage.engine.probabilistic;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.opendars.linkage.engine.data.Table;

/**
 * u-probabilities: level frequencies among random pairs, which are almost all non-matches. For exact levels
 * of single-column comparisons the chance of a coincidental agreement is computed from value frequencies
 * instead, because rare identifiers (NHS numbers) would otherwise need billions of sampled pairs.
 */
final class UEstimator {

    private static final int CHUNKS = 32;

    private UEstimator() {
    }

    static double[][] estimate(List<Comparison> comparisons, Table left, Table right, long pairs, long seed) {
        boolean dedupe = left == right;
        long[][][] perChunk = IntStream.range(0, CHUNKS).parallel()
                .mapToObj(chunk -> sample(comparisons, left, right, pairs / CHUNKS, seed * 31 + chunk, dedupe))
                .toArray(long[][][]::new);
        double[][] u = new double[comparisons.size()][];
        for (int c = 0; c < u.length; c++) {
            int levels = comparisons.get(c).levelLabels().size();
            double[] counts = new double[levels];
            for (long[][] chunk : perChunk) {
                for (int level = 1; level <= levels; level++) {
                    counts[level - 1] += chunk[c][level];
                }
            }
            u[c] = normalise(counts);
            double exact = exactAgreement(comparisons.get(c), left, right);
            if (exact > 0) {
                rescaleWithExact(u[c], exact);
            }
        }
        return u;
    }

    private static long[][] sample(List<Comparison> comparisons, Table left, Table right, long pairs, long seed,
            boolean dedupe) {
        SplittableRandom random = new SplittableRandom(seed);
        long[][] counts = new long[comparisons.size()][];
        for (int c = 0; c < counts.length; c++) {
            counts[c] = new long[comparisons.get(c).levelLabels().size() + 1];
        }
        for (long p = 0; p < pairs; p++) {
            int l = random.nextInt(left.size());
            int r = random.nextInt(right.size());
            if (dedupe && l == r) {
                continue;
            }
            for (int c = 0; c < counts.length; c++) {
                counts[c][comparisons.get(c).level(l, r)]++;
            }
        }
        return counts;
    }

    /** Level frequencies with half a pseudo-count for unseen levels, so no weight becomes infinite. */
    private static double[] normalise(double[] counts) {
        double total = 0;
        for (int i = 0; i < counts.length; i++) {
            counts[i] = Math.max(counts[i], 0.5);
            total += counts[i];
        }
        for (int i = 0; i < counts.length; i++) {
            counts[i] /= total;
        }
        return counts;
    }

    private static void rescaleWithExact(double[] u, double exact) {
        double others = 1 - u[0];
        u[0] = exact;
        for (int i = 1; i < u.length; i++) {
            u[i] = u[i] / others * (1 - exact);
        }
    }

    /** P(two random non-missing values are equal), or -1 when the first level is not a plain equality. */
    static double exactAgreement(Comparison comparison, Table left, Table right) {
        if (comparison.columns().size() != 1 || !"exact".equals(comparison.levelLabels().get(0))) {
            return -1;
        }
        String column = comparison.columns().iterator().next();
        int codes = left.dictionary(column).size();
        double[] leftCounts = counts(left.codes(column), left.size(), codes);
        double[] rightCounts = left == right ? leftCounts : counts(right.codes(column), right.size(), codes);
        double leftTotal = leftCounts[0];
        double rightTotal = rightCounts[0];
        double agreeing = 0;
        for (int code = 1; code < codes; code++) {
            agreeing += left == right ? leftCounts[code] * (leftCounts[code] - 1) : leftCounts[code] * rightCounts[code];
        }
        double pairs = left == right ? leftTotal * (leftTotal - 1) : leftTotal * rightTotal;
        return pairs == 0 ? -1 : Math.max(agreeing, 0.5) / pairs;
    }

    /** Counts per code; index 0 holds the number of non-missing values. */
    private static double[] counts(int[] column, int size, int codes) {
        double[] counts = new double[codes];
        for (int row = 0; row < size; row++) {
            if (column[row] != 0) {
                counts[column[row]]++;
                counts[0]++;
            }
        }
        return counts;
    }
}
