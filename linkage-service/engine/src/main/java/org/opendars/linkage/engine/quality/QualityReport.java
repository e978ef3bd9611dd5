package org.opendars.linkage.engine.quality;

import java.util.Map;

/**
 * The quality report of one run, serialisable by Jackson. Rates are fractions (0-1). Estimated rates come
 * from the model's own match probabilities and cover compared pairs only: matches that no blocking rule put
 * together cannot be estimated and are not included.
 *
 * @param linksByRank               links per deterministic rank ("1".."8") and "probabilistic"
 * @param linksByWeightBand         links per match-weight band
 * @param estimatedFalseMatchRate   mean (1 - match probability) over probabilistic links
 * @param estimatedMissedMatchRate  expected matches among compared but unlinked pairs, as a share of all
 *                                  expected matches among compared pairs
 * @param truth                     present when a truth column was given
 */
public record QualityReport(
        String mode,
        long leftRecords,
        long rightRecords,
        Map<String, Long> comparisonsPerBlockingRule,
        long comparisonsScored,
        long recordsInSkippedBlocks,
        long links,
        Map<String, Long> linksByRank,
        Map<String, Long> linksByWeightBand,
        long unmatchedLeft,
        long unmatchedRight,
        long ambiguousDeterministic,
        long ambiguousProbabilistic,
        Double estimatedFalseMatchRate,
        Double estimatedMissedMatchRate,
        Map<String, Long> validationIssues,
        Long clusters,
        Long refusedClusterMerges,
        TruthMetrics truth,
        Map<String, Long> timingsMillis,
        long peakMemoryMegabytes) {

    public double matchRate() {
        return leftRecords == 0 ? 0 : 1.0 - (double) unmatchedLeft / leftRecords;
    }
}
