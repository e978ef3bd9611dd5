package org.opendars.linkage.messaging;

import org.opendars.kit.messaging.Topic;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.opendars.linkage.LinkageRun;

/** Topic {@code linkage-completed}: counts, and where to pull the pseudonymised results from. */
@Topic(value = "linkage-completed", owner = "linkage-service")
public record LinkageCompleted(UUID applicationId, String organisationId, UUID linkageRunId, int cohortSize,
        int matched, int unmatched, int ambiguous, Map<String, Integer> matchesByRank, long resultRows,
        String resultsRef, Integer pseudonymKeyVersion, Instant completedAt) {

    public static LinkageCompleted of(LinkageRun run) {
        return new LinkageCompleted(run.applicationId, run.organisationId, run.id, run.cohortSize, run.matched,
                run.unmatched, run.ambiguous, run.matchesByRank, run.resultRows,
                "/internal/linkage-runs/" + run.id + "/results", run.pseudonymKeyVersion, run.finishedAt);
    }
}
