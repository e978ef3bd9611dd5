package org.opendars.linkage.engine.quality;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.opendars.linkage.engine.deterministic.DeterministicMatch;
import org.opendars.linkage.engine.identifiers.ValidationIssue;
import org.opendars.linkage.engine.run.ProbabilisticStage;

/** The quality report of a deterministic-only linkage, for callers of {@code DeterministicLinker}. */
public final class DeterministicReports {

    private DeterministicReports() {
    }

    /** "1".."8" for the deterministic ranks, "P" for the probabilistic stage's links. */
    public static String rankLabel(int rank) {
        return rank == ProbabilisticStage.RANK ? ProbabilisticStage.RANK_LABEL : Integer.toString(rank);
    }

    /**
     * The deterministic report of a run whose leftovers went through the probabilistic stage, with that stage's
     * comparisons, weights, model and explained pairs; unchanged when the stage did not run.
     */
    public static QualityReport withProbabilisticStage(QualityReport ranks, QualityReport probabilistic) {
        if (probabilistic == null) {
            return ranks;
        }
        Map<String, Long> timings = new LinkedHashMap<>(ranks.timingsMillis());
        probabilistic.timingsMillis().forEach((stage, millis) -> timings.put("probabilistic " + stage, millis));
        return new QualityReport("deterministic+probabilistic", ranks.leftRecords(), ranks.rightRecords(),
                probabilistic.comparisonsPerBlockingRule(), probabilistic.comparisonsScored(),
                probabilistic.recordsInSkippedBlocks(), ranks.links(), ranks.linksByRank(),
                probabilistic.linksByWeightBand(), ranks.unmatchedLeft(), ranks.unmatchedRight(),
                ranks.ambiguousDeterministic(), probabilistic.ambiguousProbabilistic(),
                probabilistic.estimatedFalseMatchRate(), probabilistic.estimatedMissedMatchRate(),
                ranks.validationIssues(), null, null, null, timings, Math.max(ranks.peakMemoryMegabytes(),
                        probabilistic.peakMemoryMegabytes()), probabilistic.weightHistogram(),
                probabilistic.estimatedBlockingRecall(), null, probabilistic.model(), probabilistic.pairs(),
                probabilistic.linkWeight());
    }

    public static QualityReport of(List<DeterministicMatch> matches, long indexSize, long millis) {
        Map<String, Long> byRank = new TreeMap<>();
        Map<String, Long> issues = new TreeMap<>();
        long unmatched = 0;
        long ambiguous = 0;
        for (DeterministicMatch match : matches) {
            if (match.matched()) {
                byRank.merge(rankLabel(match.rank()), 1L, Long::sum);
            } else {
                unmatched++;
            }
            ambiguous += match.ambiguous() ? 1 : 0;
            for (ValidationIssue issue : match.issues()) {
                issues.merge(issue.field() + ": " + issue.problem(), 1L, Long::sum);
            }
        }
        long links = matches.size() - unmatched;
        return new QualityReport("deterministic", matches.size(), indexSize, Map.of(), 0, 0, links, byRank, Map.of(),
                unmatched, 0, ambiguous, 0, null, null, issues, null, null, null, Map.of("link", millis),
                MemoryUse.peakMegabytes(), Map.of(), null, null, List.of(), List.of(), null);
    }
}
