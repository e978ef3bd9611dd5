package org.opendars.linkage.engine.quality;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.opendars.linkage.engine.deterministic.DeterministicMatch;
import org.opendars.linkage.engine.identifiers.ValidationIssue;

/** The quality report of a deterministic-only linkage, for callers of {@code DeterministicLinker}. */
public final class DeterministicReports {

    private DeterministicReports() {
    }

    public static QualityReport of(List<DeterministicMatch> matches, long indexSize, long millis) {
        Map<String, Long> byRank = new TreeMap<>();
        Map<String, Long> issues = new TreeMap<>();
        long unmatched = 0;
        long ambiguous = 0;
        for (DeterministicMatch match : matches) {
            if (match.matched()) {
                byRank.merge(Integer.toString(match.rank()), 1L, Long::sum);
            } else {
                unmatched++;
            }
            ambiguous += match.ambiguous() ? 1 : 0;
            for (ValidationIssue issue : match.issues()) {
                issues.merge(issue.field() + ": " + issue.problem(), 1L, Long::sum);
            }
        }
        long links = matches.size() - unmatched;
        return new QualityReport("deterministic", matches.size(), indexSize, Map.of(), 0, 0, links, byRank, Map.of(),
                unmatched, 0, ambiguous, 0, null, null, issues, null, null, null, Map.of("link", millis),
                MemoryUse.peakMegabytes(), Map.of(), null, null, List.of(), List.of(), null);
    }
}
