package org.opendars.linkage.engine.probabilistic;

import java.util.List;

/** Why a pair scored as it did: the prior and each comparison's contribution, in match-weight units (bits). */
public record PairExplanation(String leftId, String rightId, double priorWeight, List<Contribution> contributions,
        double matchWeight, double matchProbability) {

    /**
     * @param weight             log2(m/u) of the level, 0 for the null level
     * @param termFrequencyWeight adjustment for how common the agreeing value is, 0 when none applies
     */
    public record Contribution(String comparison, String level, double weight, double termFrequencyWeight) {
    }
}
