package org.opendars.linkage.engine.deterministic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.opendars.linkage.engine.PersonRecord;
import org.opendars.linkage.engine.data.LongMultiIndex;
import org.opendars.linkage.engine.identifiers.ValidationIssue;

/**
 * Stepwise deterministic linkage: rules are tried in rank order and the first rank with exactly one
 * satisfying person decides. Two or more persons at the deciding rank make the record ambiguous; it is
 * reported, never resolved by guessing.
 */
public final class DeterministicLinker {

    private final List<RankRule> rules;
    private final PostcodeIgnoreList ignoredPostcodes;

    public DeterministicLinker(List<RankRule> rules, PostcodeIgnoreList ignoredPostcodes) {
        this.rules = rules.stream().sorted((a, b) -> Integer.compare(a.rank(), b.rank())).toList();
        this.ignoredPostcodes = ignoredPostcodes;
    }

    /** The HES ranks 1-8 with the given communal-establishment postcodes on the ignore list. */
    public static DeterministicLinker hesDefault(PostcodeIgnoreList ignoredPostcodes) {
        return new DeterministicLinker(HesRankRules.rules(), ignoredPostcodes);
    }

    public List<RankRule> rules() {
        return rules;
    }

    public List<DeterministicMatch> link(Stream<PersonRecord> inputs, PersonIndex index) {
        return link(inputs.toList(), index);
    }

    public List<DeterministicMatch> link(List<PersonRecord> inputs, PersonIndex index) {
        PersonColumns columns = PersonColumns.of(inputs);
        Map<String, List<ValidationIssue>> issuesById = new HashMap<>();
        for (ValidationIssue issue : columns.issues()) {
            issuesById.computeIfAbsent(issue.recordId(), id -> new ArrayList<>()).add(issue);
        }
        LinkOutcome outcome = link(columns, index);
        List<DeterministicMatch> matches = new ArrayList<>(inputs.size());
        for (int i = 0; i < columns.size(); i++) {
            int person = outcome.personRow()[i];
            matches.add(new DeterministicMatch(columns.id(i), person >= 0 ? index.persons().id(person) : null,
                    outcome.rank()[i], outcome.candidates()[i] > 1, outcome.candidates()[i],
                    List.copyOf(issuesById.getOrDefault(columns.id(i), List.of()))));
        }
        return matches;
    }

    /** Columnar form for large runs: links every input row in parallel. */
    public LinkOutcome link(PersonColumns inputs, PersonIndex index) {
        Map<CandidateKey, LongMultiIndex> lookups = new HashMap<>();
        for (RankRule rule : rules) {
            lookups.computeIfAbsent(rule.candidateKey(), index::index);
        }
        int n = inputs.size();
        LinkOutcome outcome = new LinkOutcome(new int[n], new byte[n], new int[n]);
        IntStream.range(0, n).parallel().forEach(i -> linkOne(inputs, i, index.persons(), lookups, outcome));
        return outcome;
    }

    private void linkOne(PersonColumns inputs, int i, PersonColumns persons,
            Map<CandidateKey, LongMultiIndex> lookups, LinkOutcome outcome) {
        outcome.personRow()[i] = -1;
        for (RankRule rule : rules) {
            CandidateKey key = rule.candidateKey();
            int[] found = {-1, 0};
            lookups.get(key).forEach(key.of(inputs, i), j -> {
                if (found[0] != j && rule.matches(inputs, i, persons, j, ignoredPostcodes)) {
                    found[1] += found[0] < 0 || !persons.id(found[0]).equals(persons.id(j)) ? 1 : 0;
                    found[0] = j;
                }
            });
            if (found[1] > 0) {
                outcome.rank()[i] = (byte) rule.rank();
                outcome.candidates()[i] = found[1];
                outcome.personRow()[i] = found[1] == 1 ? found[0] : -1;
                return;
            }
        }
    }

    /**
     * Per input row: the matched person row (-1 for none or ambiguous), the deciding rank (0 for none) and the
     * number of persons satisfying that rank.
     */
    public record LinkOutcome(int[] personRow, byte[] rank, int[] candidates) {

        public boolean ambiguous(int row) {
            return candidates[row] > 1;
        }
    }
}
