package org.opendars.linkage.engine.quality;

import java.util.HashMap;
import java.util.Map;

/** Computes pairwise and cluster accuracy from truth labels (equal label = same entity). */
public final class TruthEvaluation {

    private TruthEvaluation() {
    }

    /** Links between two files; {@code linkedLeft[k]} and {@code linkedRight[k]} are the rows of link k. */
    public static Metrics linkPairs(int[] linkedLeft, int[] linkedRight, int links, String[] leftTruth,
            String[] rightTruth) {
        Map<String, long[]> counts = new HashMap<>();
        for (String truth : leftTruth) {
            if (truth != null) {
                counts.computeIfAbsent(truth, t -> new long[2])[0]++;
            }
        }
        for (String truth : rightTruth) {
            if (truth != null) {
                counts.computeIfAbsent(truth, t -> new long[2])[1]++;
            }
        }
        long actual = counts.values().stream().mapToLong(c -> c[0] * c[1]).sum();
        long correct = 0;
        for (int k = 0; k < links; k++) {
            String truth = leftTruth[linkedLeft[k]];
            correct += truth != null && truth.equals(rightTruth[linkedRight[k]]) ? 1 : 0;
        }
        return Metrics.of(correct, links, actual);
    }

    /** Pairs of records sharing a predicted cluster, against pairs sharing a truth label. */
    public static Metrics clusterPairs(int[] clusterOf, String[] truth) {
        Map<Integer, Long> predicted = new HashMap<>();
        Map<String, Long> actual = new HashMap<>();
        Map<String, Long> both = new HashMap<>();
        for (int i = 0; i < clusterOf.length; i++) {
            predicted.merge(clusterOf[i], 1L, Long::sum);
            if (truth[i] != null) {
                actual.merge(truth[i], 1L, Long::sum);
                both.merge(clusterOf[i] + "\u0000" + truth[i], 1L, Long::sum);
            }
        }
        return Metrics.of(pairs(both), pairs(predicted), pairs(actual));
    }

    private static long pairs(Map<?, Long> sizes) {
        return sizes.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
    }

    /** A predicted cluster is correct when it holds exactly the records of one truth label. */
    public static Metrics exactClusters(int[] clusterOf, String[] truth) {
        Map<Integer, Long> clusterSize = new HashMap<>();
        Map<String, Long> truthSize = new HashMap<>();
        Map<Integer, String> clusterTruth = new HashMap<>();
        Map<Integer, Boolean> pure = new HashMap<>();
        for (int i = 0; i < clusterOf.length; i++) {
            clusterSize.merge(clusterOf[i], 1L, Long::sum);
            String label = truth[i] == null ? "\u0000row" + i : truth[i];
            truthSize.merge(label, 1L, Long::sum);
            String first = clusterTruth.putIfAbsent(clusterOf[i], label);
            if (first != null && !first.equals(label)) {
                pure.put(clusterOf[i], false);
            }
        }
        long correct = clusterSize.entrySet().stream()
                .filter(e -> pure.getOrDefault(e.getKey(), true))
                .filter(e -> truthSize.get(clusterTruth.get(e.getKey())).equals(e.getValue()))
                .count();
        return Metrics.of(correct, clusterSize.size(), truthSize.size());
    }
}
