package org.opendars.linkage.engine.quality;

import java.util.List;
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
 * @param weightHistogram           every scored pair by match weight, in bins of one bit ("-3" holds weights
 *                                  from -3 to -2); the ends collect everything beyond them
 * @param estimatedBlockingRecall   estimated share of true matches that some blocking rule compares, from how
 *                                  often each rule finds the confident links the other rules found (assumes the
 *                                  rules miss independently); null when too few confident links
 * @param missedPairs               present with ground truth: where the true matches not linked were lost
 * @param model                     m, u and weight of every comparison level of the model used
 * @param pairs                     explained pairs: the most doubtful links and, with truth, missed matches
 * @param linkWeight                the match weight at and above which a pair is linked, log2 of the odds of the
 *                                  spec's {@code matchProbability}; null where no model decided (deterministic only)
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
        long peakMemoryMegabytes,
        Map<String, Long> weightHistogram,
        Double estimatedBlockingRecall,
        MissedPairs missedPairs,
        List<ModelLevel> model,
        List<ExplainedPair> pairs,
        Double linkWeight) {

    public double matchRate() {
        return leftRecords == 0 ? 0 : 1.0 - (double) unmatchedLeft / leftRecords;
    }
}
