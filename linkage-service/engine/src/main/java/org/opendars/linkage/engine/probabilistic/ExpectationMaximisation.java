package org.opendars.linkage.engine.probabilistic;

/**
 * Estimates m-probabilities (and the in-block match proportion) from unlabelled pairs with u held fixed.
 * Comparisons on the session's blocking columns agree by construction, so they are left out of the session.
 */
final class ExpectationMaximisation {

    private static final double CONVERGENCE = 1e-4;
    private static final double FLOOR = 1e-6;

    private ExpectationMaximisation() {
    }

    /** Returns m per comparison, with null for the comparisons the session had to leave out. */
    static double[][] estimate(PatternCounts patterns, double[][] u, double[][] startM, boolean[] excluded,
            int maxIterations) {
        int comparisons = u.length;
        double[][] m = new double[comparisons][];
        for (int c = 0; c < comparisons; c++) {
            m[c] = startM[c].clone();
        }
        double lambda = 0.3;
        for (int iteration = 0; iteration < maxIterations; iteration++) {
            double[][] matchMass = new double[comparisons][];
            for (int c = 0; c < comparisons; c++) {
                matchMass[c] = new double[u[c].length];
            }
            double matched = 0;
            double total = 0;
            for (int p = 0; p < patterns.counts.length; p++) {
                double probability = matchProbability(patterns.levels[p], m, u, excluded, lambda);
                double mass = probability * patterns.counts[p];
                matched += mass;
                total += patterns.counts[p];
                for (int c = 0; c < comparisons; c++) {
                    int level = patterns.levels[p][c];
                    if (level != 0 && !excluded[c]) {
                        matchMass[c][level - 1] += mass;
                    }
                }
            }
            double change = update(m, matchMass, excluded);
            lambda = Math.min(Math.max(matched / total, 1e-9), 1 - 1e-9);
            if (change < CONVERGENCE) {
                break;
            }
        }
        for (int c = 0; c < comparisons; c++) {
            if (excluded[c]) {
                m[c] = null;
            }
        }
        return m;
    }

    private static double matchProbability(int[] levels, double[][] m, double[][] u, boolean[] excluded,
            double lambda) {
        double match = lambda;
        double nonMatch = 1 - lambda;
        for (int c = 0; c < levels.length; c++) {
            int level = levels[c];
            if (level != 0 && !excluded[c]) {
                match *= m[c][level - 1];
                nonMatch *= u[c][level - 1];
            }
        }
        return match / (match + nonMatch);
    }

    private static double update(double[][] m, double[][] matchMass, boolean[] excluded) {
        double change = 0;
        for (int c = 0; c < m.length; c++) {
            if (excluded[c]) {
                continue;
            }
            double sum = 0;
            for (double mass : matchMass[c]) {
                sum += mass;
            }
            if (sum <= 0) {
                continue;
            }
            for (int level = 0; level < m[c].length; level++) {
                double updated = Math.max(matchMass[c][level] / sum, FLOOR);
                change = Math.max(change, Math.abs(updated - m[c][level]));
                m[c][level] = updated;
            }
        }
        return change;
    }
}
