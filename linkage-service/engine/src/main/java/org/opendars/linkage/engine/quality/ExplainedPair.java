package org.opendars.linkage.engine.quality;

import org.opendars.linkage.engine.probabilistic.PairExplanation;

/**
 * A pair worth looking at, with the reason it was chosen: the links the model was least sure of, and (with
 * ground truth) true matches the run missed.
 */
public record ExplainedPair(String why, PairExplanation explanation) {

    public static final String DOUBTFUL_LINK = "doubtful link";
    public static final String MISSED_MATCH = "missed true match";
}
