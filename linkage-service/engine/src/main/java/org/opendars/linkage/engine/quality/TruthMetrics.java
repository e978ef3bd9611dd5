package org.opendars.linkage.engine.quality;

/**
 * Accuracy against ground truth.
 *
 * @param pairwise pairs: for a link, the links between the two files; for deduplication, all pairs of
 *                 records placed in the same cluster
 * @param clusters whole clusters: a predicted cluster counts as correct only when it holds exactly the
 *                 records of one true entity
 */
public record TruthMetrics(Metrics pairwise, Metrics clusters) {
}
