package org.opendars.linkage.engine.deterministic;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.EnumSet;
import java.util.Set;
import org.opendars.linkage.engine.identifiers.DatesOfBirth;

/**
 * One step of a stepwise deterministic linkage: the agreements it requires and the guards that keep weak
 * steps (those without an NHS number) from linking people who merely share a birthday and an address.
 *
 * @param nhsNumberMustNotContradict both NHS numbers present and different vetoes the match
 * @param excludeFirstOfJanuary      1 January is a common default date of birth, so it proves little
 * @param excludeIgnoredPostcodes    communal establishments (care homes, prisons) house many people
 */
public record RankRule(
        int rank,
        String description,
        Set<Criterion> criteria,
        boolean nhsNumberMustNotContradict,
        boolean excludeFirstOfJanuary,
        boolean excludeIgnoredPostcodes) {

    public RankRule {
        criteria = criteria.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(criteria));
        if (!criteria.contains(Criterion.NHS_NUMBER) && !criteria.contains(Criterion.DATE_OF_BIRTH)
                && !criteria.contains(Criterion.POSTCODE)) {
            throw new IllegalArgumentException("rank " + rank + " needs an NHS number, date of birth or postcode");
        }
    }

    public static RankRule of(int rank, String description, Criterion... criteria) {
        return new RankRule(rank, description, Set.of(criteria), false, false, false);
    }

    boolean matches(PersonColumns in, int i, PersonColumns index, int j, PostcodeIgnoreList ignored) {
        for (Criterion criterion : criteria) {
            if (!criterion.holds(in, i, index, j)) {
                return false;
            }
        }
        if (nhsNumberMustNotContradict && in.nhsNumber(i) != 0 && index.nhsNumber(j) != 0
                && in.nhsNumber(i) != index.nhsNumber(j)) {
            return false;
        }
        if (excludeFirstOfJanuary && DatesOfBirth.isFirstOfJanuary(in.dateOfBirth(i))) {
            return false;
        }
        return !(excludeIgnoredPostcodes && ignored.contains(in.postcode(i)));
    }

    /** Which index serves this rule's candidates: the most selective exact key it requires. */
    @JsonIgnore
    CandidateKey candidateKey() {
        if (criteria.contains(Criterion.NHS_NUMBER)) {
            return CandidateKey.NHS_NUMBER;
        }
        boolean dob = criteria.contains(Criterion.DATE_OF_BIRTH);
        boolean postcode = criteria.contains(Criterion.POSTCODE);
        if (dob && postcode) {
            return CandidateKey.DATE_OF_BIRTH_AND_POSTCODE;
        }
        return dob ? CandidateKey.DATE_OF_BIRTH : CandidateKey.POSTCODE;
    }
}
