package org.opendars.linkage.engine.spec;

import java.util.List;

import org.opendars.linkage.engine.deterministic.DeterministicLinker;
import org.opendars.linkage.engine.deterministic.PostcodeIgnoreList;
import org.opendars.linkage.engine.deterministic.RankRule;

/**
 * The stepwise deterministic stage (HES ranks 1-8), run before the probabilistic model when linking two
 * files: each left record is linked to the right file, which plays the person index. Column names refer to
 * the CSV headers.
 */
public record DeterministicSpec(boolean enabled, String nhsNumber, String dateOfBirth, String sex, String postcode,
        List<String> ignorePostcodes, int confirmFromRank, List<RankRule> rules) {

    /**
     * @param confirmFromRank deterministic links at this rank or weaker are kept only when the probabilistic
     *                        model also scores them at or above the match threshold; otherwise the record
     *                        goes on to the probabilistic stage. 0 (the default) keeps all ranks as HES does.
     * @param rules           the ranked rules; absent or empty means the HES ranks 1-8
     */
    public DeterministicSpec {
        ignorePostcodes = ignorePostcodes == null ? List.of() : List.copyOf(ignorePostcodes);
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    /** The linker these settings describe: the spec's own ranked rules, or the HES ranks when it gives none. */
    public DeterministicLinker linker() {
        PostcodeIgnoreList ignored = new PostcodeIgnoreList(ignorePostcodes);
        return rules.isEmpty() ? DeterministicLinker.hesDefault(ignored) : new DeterministicLinker(rules, ignored);
    }

    public static DeterministicSpec disabled() {
        return new DeterministicSpec(false, null, null, null, null, null, 0, null);
    }

    public boolean needsConfirmation(int rank) {
        return confirmFromRank > 0 && rank >= confirmFromRank;
    }
}
