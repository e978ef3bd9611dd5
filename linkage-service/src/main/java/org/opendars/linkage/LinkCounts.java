package org.opendars.linkage;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.opendars.linkage.engine.quality.DeterministicReports;

import org.opendars.linkage.engine.deterministic.DeterministicMatch;

/** The headline numbers of a linkage: how many matched, at which rank, and how many could not be decided. */
public record LinkCounts(int cohortSize, int matched, int unmatched, int ambiguous, Map<String, Integer> byRank,
        Map<String, Integer> issuesByField) {

    static LinkCounts of(List<DeterministicMatch> matches) {
        Map<String, Integer> byRank = new TreeMap<>();
        Map<String, Integer> issues = new TreeMap<>();
        int matched = 0;
        int ambiguous = 0;
        for (DeterministicMatch match : matches) {
            match.issues().forEach(issue -> issues.merge(issue.field(), 1, Integer::sum));
            if (match.matched()) {
                matched++;
                byRank.merge(DeterministicReports.rankLabel(match.rank()), 1, Integer::sum);
            } else if (match.ambiguous()) {
                ambiguous++;
            }
        }
        return new LinkCounts(matches.size(), matched, matches.size() - matched - ambiguous, ambiguous, byRank, issues);
    }
}
