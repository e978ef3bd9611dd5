package org.opendars.linkage.engine.deterministic;

import static org.opendars.linkage.engine.deterministic.Criterion.DATE_OF_BIRTH;
import static org.opendars.linkage.engine.deterministic.Criterion.NHS_NUMBER;
import static org.opendars.linkage.engine.deterministic.Criterion.PARTIAL_DATE_OF_BIRTH;
import static org.opendars.linkage.engine.deterministic.Criterion.POSTCODE;
import static org.opendars.linkage.engine.deterministic.Criterion.SEX;

import java.util.List;
import java.util.Set;

/** The match ranks 1-8 used for HES-ONS mortality, HES-PROMs and HES-DID linkage. */
public final class HesRankRules {

    private HesRankRules() {
    }

    public static List<RankRule> rules() {
        return List.of(
                RankRule.of(1, "NHS number, sex, date of birth, postcode", NHS_NUMBER, SEX, DATE_OF_BIRTH, POSTCODE),
                RankRule.of(2, "NHS number, sex, date of birth", NHS_NUMBER, SEX, DATE_OF_BIRTH),
                RankRule.of(3, "NHS number, sex, partial date of birth, postcode",
                        NHS_NUMBER, SEX, PARTIAL_DATE_OF_BIRTH, POSTCODE),
                RankRule.of(4, "NHS number, sex, partial date of birth", NHS_NUMBER, SEX, PARTIAL_DATE_OF_BIRTH),
                RankRule.of(5, "NHS number, postcode", NHS_NUMBER, POSTCODE),
                new RankRule(6, "date of birth, sex, postcode; NHS number does not contradict, not 1 January,"
                        + " postcode not on the ignore list", Set.of(DATE_OF_BIRTH, SEX, POSTCODE), true, true, true),
                new RankRule(7, "as rank 6 without the postcode ignore list",
                        Set.of(DATE_OF_BIRTH, SEX, POSTCODE), true, true, false),
                RankRule.of(8, "NHS number only", NHS_NUMBER));
    }
}
