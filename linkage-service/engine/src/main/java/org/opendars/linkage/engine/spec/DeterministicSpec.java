package org.opendars.linkage.engine.spec;

import java.util.List;

/**
 * The stepwise deterministic stage (HES ranks 1-8), run before the probabilistic model when linking two
 * files: each left record is linked to the right file, which plays the person index. Column names refer to
 * the CSV headers.
 */
public record DeterministicSpec(boolean enabled, String nhsNumber, String dateOfBirth, String sex, String postcode,
        List<String> ignorePostcodes, int confirmFromRank) {

    /**
     * @param confirmFromRank deterministic links at this rank or weaker are kept only when the probabilistic
     *                        model also scores them at or above the match threshold; otherwise the record
     *                        goes on to the probabilistic stage. 0 (the default) keeps all ranks as HES does.
     */
    public DeterministicSpec {
        ignorePostcodes = ignorePostcodes == null ? List.of() : List.copyOf(ignorePostcodes);
    }

    public static DeterministicSpec disabled() {
        return new DeterministicSpec(false, null, null, null, null, null, 0);
    }

    public boolean needsConfirmation(int rank) {
        return confirmFromRank > 0 && rank >= confirmFromRank;
    }
}
