package org.opendars.extract.api;

import java.time.Instant;
import java.util.List;

import org.opendars.extract.ReleaseFile;

/** A release file as loaded, and whether its rows are the data set's content in force. */
public record ReleaseFileView(String datasetCode, String releaseId, int fileVersion, String financialYear,
        String period, long rows, String sha256, String status, String supersededBy, List<String> supersedes,
        String ingestedBy, Instant ingestedAt) {

    static ReleaseFileView of(ReleaseFile file, List<ReleaseFile> superseded) {
        return new ReleaseFileView(file.datasetCode, file.releaseId, file.fileVersion, file.year().toString(),
                file.period, file.rows, file.sha256, file.status.name(), file.supersededBy,
                superseded.stream().map(ReleaseFile::label).toList(), file.ingestedBy, file.ingestedAt);
    }

    static ReleaseFileView of(ReleaseFile file) {
        return of(file, List.of());
    }
}
