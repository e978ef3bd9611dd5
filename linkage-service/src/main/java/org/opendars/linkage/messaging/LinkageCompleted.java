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
        String resultsRef, Integer pseudonymKeyVersion, Instant completedAt, Integer personIndexVersion,
        boolean optOutsApplied, long optedOut, String optOutExemption, String productType, int delivery,
        Trigger trigger) {

    /** The release whose linkage made a standard extract's delivery. */
    public record Trigger(String datasetCode, String releaseId, int fileVersion) {
    }

    public static LinkageCompleted of(LinkageRun run) {
        return new LinkageCompleted(run.applicationId, run.organisationId, run.id, run.cohortSize, run.matched,
                run.unmatched, run.ambiguous, run.matchesByRank, run.resultRows,
                "/internal/linkage-runs/" + run.id + "/results", run.pseudonymKeyVersion, run.finishedAt,
                run.personIndexVersion == null ? 0 : run.personIndexVersion, Boolean.TRUE.equals(run.optOutsApplied),
                run.optedOut == null ? 0 : run.optedOut,
                Boolean.TRUE.equals(run.optOutsApplied) ? null : run.optOutExemption, run.productType, run.delivery,
                run.triggerRelease == null ? null : new Trigger(run.triggerDataset, run.triggerRelease,
                        run.triggerFileVersion == null ? 1 : run.triggerFileVersion));
    }
}
