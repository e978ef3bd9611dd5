package org.opendars.applications.api;

import java.time.Instant;
import java.util.UUID;

import org.opendars.applications.Attachment;

public record AttachmentView(UUID id, Attachment.Kind kind, String fileName, String contentType, long sizeBytes,
        String sha256, String uploadedBy, Instant uploadedAt) {

    static AttachmentView of(Attachment a) {
        return new AttachmentView(a.id, a.kind, a.fileName, a.contentType, a.sizeBytes, a.sha256, a.uploadedBy,
                a.uploadedAt);
    }
}
