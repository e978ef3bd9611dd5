package org.opendars.extract.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.opendars.extract.Extract;
import org.opendars.extract.ExtractStatus;

public record ExtractView(UUID id, UUID applicationId, String organisationId, UUID linkageRunId, ExtractStatus status,
        long rows, String sha256, String fileName, Long sizeBytes, int percentDone, int attempts,
        String failureReason, Integer pseudonymKeyVersion, Instant createdAt, Instant readyAt, Instant purgedAt,
        String purgedBy, Integer personIndexVersion, Boolean optOutsApplied, Long optedOut, List<FileView> files) {

    /** One data set's file of the delivery, downloadable on its own at {@code href}. */
    public record FileView(String name, String datasetCode, long rows, long sizeBytes, String sha256, String href) {
    }

    static ExtractView of(Extract e) {
        List<FileView> files = e.files == null ? List.of() : e.files.stream()
                .map(f -> new FileView(f.name(), f.datasetCode(), f.rows(), f.sizeBytes(), f.sha256(),
                        "/api/extracts/" + e.id + "/files/" + f.name()))
                .toList();
        return new ExtractView(e.id, e.applicationId, e.organisationId, e.linkageRunId, e.status, e.rows, e.sha256,
                e.fileName, e.sizeBytes, e.percentDone, e.attempts, e.failureReason, e.pseudonymKeyVersion,
                e.createdAt, e.readyAt, e.purgedAt, e.purgedBy, e.personIndexVersion, e.optOutsApplied, e.optedOut,
                files);
    }
}
