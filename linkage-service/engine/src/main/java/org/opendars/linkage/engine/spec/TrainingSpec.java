package org.opendars.linkage.engine.spec;

import java.util.List;

/**
 * How the model is estimated: u by random sampling, m by expectation-maximisation in one session per
 * {@code emBlocking} rule, and the prior from pairs that satisfy a {@code deterministicRules} rule divided by
 * the assumed {@code recall} of those rules.
 */
public record TrainingSpec(long uSamplePairs, long seed, List<List<String>> emBlocking, long maxEmPairs,
        List<List<String>> deterministicRules, double recall, int maxIterations) {

    public TrainingSpec {
        uSamplePairs = uSamplePairs > 0 ? uSamplePairs : 2_000_000;
        emBlocking = emBlocking == null ? List.of() : emBlocking;
        maxEmPairs = maxEmPairs > 0 ? maxEmPairs : 1_000_000;
        deterministicRules = deterministicRules == null ? List.of() : deterministicRules;
        recall = recall > 0 && recall <= 1 ? recall : 0.8;
        maxIterations = maxIterations > 0 ? maxIterations : 25;
    }

    public static TrainingSpec defaults() {
        return new TrainingSpec(0, 42, null, 0, null, 0, 0);
    }
}
