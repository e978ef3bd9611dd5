package org.opendars.linkage.messaging;

import org.opendars.kit.messaging.Topic;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.opendars.linkage.LinkageRun;

/** Topic {@code release-linked}: a data set release's records now point to persons of the index. */
@Topic(value = "release-linked", owner = "linkage-service")
public record ReleaseLinked(String releaseId, String datasetCode, UUID linkageRunId, int records, int matched,
        int unmatched, int ambiguous, Map<String, Integer> matchesByRank, Map<String, Integer> validationIssues,
        long releaseRecords, String linkedBy, Instant completedAt, int fileVersion, int personsAdded,
        int personsMerged, int personIndexVersion) {

    public static ReleaseLinked of(LinkageRun run) {
        return new ReleaseLinked(run.releaseId, run.datasetCode, run.id, run.cohortSize, run.matched, run.unmatched,
                run.ambiguous, run.matchesByRank, run.validationIssues, run.resultRows, run.createdBy,
                run.finishedAt, run.fileVersion == null ? 1 : run.fileVersion, run.personsAdded, run.personsMerged,
                run.personIndexVersion == null ? 0 : run.personIndexVersion);
    }
}
