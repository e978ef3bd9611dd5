package org.opendars.linkage.engine.probabilistic;

import java.util.List;
import java.util.Set;
import org.opendars.linkage.engine.data.Dictionary;
import org.opendars.linkage.engine.data.Table;
import org.opendars.linkage.engine.identifiers.PersonNames;

/**
 * Given and family name judged together, so that names entered the wrong way round, nicknames and one
 * misspelt part still count as evidence: exact, reversed, both similar (Jaro-Winkler 0.92, 0.88), nickname of
 * the given name with the same family name, family name only, given name only, else.
 */
final class ForenameSurnameComparison implements Comparison {

    private static final List<String> LABELS = List.of("exact", "reversed", "both jw>=0.92", "both jw>=0.88",
            "nickname", "family name only", "given name only", "else");

    private final String name;
    private final String givenColumn;
    private final String familyColumn;
    private final int[] givenLeft;
    private final int[] givenRight;
    private final int[] familyLeft;
    private final int[] familyRight;
    private final Dictionary given;
    private final Dictionary family;
    private final int[] formalGiven;
    private final int[] givenAsFamily;
    private final SimilarityCache givenCache = new SimilarityCache();
    private final SimilarityCache familyCache = new SimilarityCache();
    private final double[] givenFrequency;
    private final double[] familyFrequency;

    ForenameSurnameComparison(String name, String givenColumn, String familyColumn, Table left, Table right,
            boolean termFrequency) {
        this.name = name;
        this.givenColumn = givenColumn;
        this.familyColumn = familyColumn;
        givenLeft = left.codes(givenColumn);
        givenRight = right.codes(givenColumn);
        familyLeft = left.codes(familyColumn);
        familyRight = right.codes(familyColumn);
        given = left.dictionary(givenColumn);
        family = left.dictionary(familyColumn);
        Dictionary formal = new Dictionary();
        formalGiven = new int[given.size()];
        givenAsFamily = new int[given.size()];
        for (int code = 1; code < given.size(); code++) {
            formalGiven[code] = formal.encode(PersonNames.formalGivenName(given.value(code)));
            givenAsFamily[code] = family.codeOf(given.value(code));
        }
        givenFrequency = termFrequency ? TermFrequencies.of(givenColumn, left, right) : null;
        familyFrequency = termFrequency ? TermFrequencies.of(familyColumn, left, right) : null;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> levelLabels() {
        return LABELS;
    }

    @Override
    public Set<String> columns() {
        return Set.of(givenColumn, familyColumn);
    }

    @Override
    public int level(int l, int r) {
        int g1 = givenLeft[l];
        int f1 = familyLeft[l];
        int g2 = givenRight[r];
        int f2 = familyRight[r];
        if ((g1 == 0 && f1 == 0) || (g2 == 0 && f2 == 0)) {
            return 0;
        }
        boolean givenSame = g1 != 0 && g1 == g2;
        boolean familySame = f1 != 0 && f1 == f2;
        if (givenSame && familySame) {
            return 1;
        }
        if (g1 != 0 && f1 != 0 && g2 != 0 && f2 != 0) {
            if (givenAsFamily[g1] == f2 && givenAsFamily[g2] == f1) {
                return 2;
            }
            double givenSimilarity = givenSame ? 1 : givenCache.get(g1, g2,
                    (x, y) -> JaroWinkler.similarity(given.value(x), given.value(y)));
            double familySimilarity = familySame ? 1 : familyCache.get(f1, f2,
                    (x, y) -> JaroWinkler.similarity(family.value(x), family.value(y)));
            double both = Math.min(givenSimilarity, familySimilarity);
            if (both >= 0.92) {
                return 3;
            }
            if (both >= 0.88) {
                return 4;
            }
            if (familySame && formalGiven[g1] == formalGiven[g2]) {
                return 5;
            }
        }
        if (familySame) {
            return 6;
        }
        return givenSame ? 7 : 8;
    }

    @Override
    public double termFrequency(int level, int l, int r) {
        if (givenFrequency == null || level != 1) {
            return -1;
        }
        return givenFrequency[givenLeft[l]] * familyFrequency[familyLeft[l]];
    }

    @Override
    public int cost() {
        return 2;
    }

    @Override
    public double[] termFrequencyRange() {
        double[] given = TermFrequencies.range(givenFrequency);
        double[] family = TermFrequencies.range(familyFrequency);
        return given == null || family == null ? null
                : new double[] {given[0] * family[0], given[1] * family[1]};
    }
}
