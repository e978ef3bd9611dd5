package org.opendars.linkage.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.opendars.linkage.LinkageRun;
import org.opendars.linkage.RunSource;
import org.opendars.linkage.RunStatus;

public record LinkageRunView(UUID id, UUID applicationId, int applicationVersion, String organisationId,
        RunSource source, String datasetCode, String releaseId, List<String> datasets, RunStatus status, int cohortSize, int matched, int unmatched,
        int ambiguous, Map<String, Integer> matchesByRank, Map<String, Integer> validationIssues, long resultRows,
        int percentDone, int attempts, String failureReason, Integer pseudonymKeyVersion, Instant createdAt,
        Instant finishedAt, Integer fileVersion, int personsAdded, int personsMerged, Integer personIndexVersion,
        Boolean optOutsApplied, Integer optedOut, String optOutExemption) {

    static LinkageRunView of(LinkageRun r) {
        return new LinkageRunView(r.id, r.applicationId, r.applicationVersion, r.organisationId, r.source,
                r.datasetCode, r.releaseId, r.datasetCodes(), r.status, r.cohortSize, r.matched, r.unmatched, r.ambiguous, r.matchesByRank,
                r.validationIssues, r.resultRows, r.percentDone, r.attempts, r.failureReason, r.pseudonymKeyVersion, r.createdAt,
                r.finishedAt, r.fileVersion, r.personsAdded, r.personsMerged, r.personIndexVersion, r.optOutsApplied,
                r.optedOut, r.optOutExemption);
    }
}
