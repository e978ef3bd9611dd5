package org.opendars.linkage.engine.spec;

/**
 * Decision settings.
 *
 * @param matchProbability pairs at or above this probability are links
 * @param vetoWeight       in deduplication, two clusters are never merged when any scored pair between them
 *                         weighs less than this (the guard against chaining A~B~C when A and C clearly differ)
 * @param maxBlockSize     blocking keys shared by more records than this in either file are skipped and
 *                         reported
 * @param maxClusterSize   deduplication never grows a cluster beyond this size
 * @param oneToOne         linking two files keeps only the best link of each record
 * @param maxComparisonsPerRule a blocking rule making more comparisons than this on the loaded files is
 *                         tightened (or refused, see {@code BlockingBudget}); 0 means ten per record read, at
 *                         least two million
 */
public record Thresholds(double matchProbability, double vetoWeight, int maxBlockSize, int maxClusterSize,
        Boolean oneToOne, long maxComparisonsPerRule) {

    public Thresholds(double matchProbability, double vetoWeight, int maxBlockSize, int maxClusterSize,
            Boolean oneToOne) {
        this(matchProbability, vetoWeight, maxBlockSize, maxClusterSize, oneToOne, 0);
    }

    public Thresholds {
        matchProbability = matchProbability > 0 && matchProbability < 1 ? matchProbability : 0.5;
        vetoWeight = vetoWeight != 0 ? vetoWeight : -5;
        maxBlockSize = maxBlockSize > 0 ? maxBlockSize : 1_000;
        maxClusterSize = maxClusterSize > 0 ? maxClusterSize : 200;
        oneToOne = oneToOne == null || oneToOne;
        maxComparisonsPerRule = Math.max(0, maxComparisonsPerRule);
    }

    public static Thresholds defaults() {
        return new Thresholds(0, 0, 0, 0, null);
    }
}
