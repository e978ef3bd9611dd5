package org.opendars.extract.messaging;

import java.time.Instant;
import java.util.List;

import org.opendars.extract.ReleaseFile;
import org.opendars.kit.messaging.Topic;

/**
 * Topic {@code release-ingested}: a release file's content is loaded and which files it took over from. Keyed by
 * {@code datasetCode:releaseId}, so the files of one release stay in order.
 */
@Topic(value = "release-ingested", owner = "extract-service")
public record ReleaseIngested(String datasetCode, String releaseId, int fileVersion, String financialYear,
        String period, long rows, String sha256, boolean current, List<String> supersedes, String ingestedBy,
        Instant ingestedAt) {

    public static ReleaseIngested of(ReleaseFile file, List<ReleaseFile> superseded) {
        return new ReleaseIngested(file.datasetCode, file.releaseId, file.fileVersion, file.year().toString(),
                file.period, file.rows, file.sha256, file.isCurrent(), superseded.stream().map(ReleaseFile::label)
                        .toList(), file.ingestedBy, file.ingestedAt);
    }
}
