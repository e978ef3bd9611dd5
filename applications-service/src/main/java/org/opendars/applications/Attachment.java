package org.opendars.applications;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A supporting document of an application: an ethics letter, a protocol, consent materials. */
@Entity
@Table(name = "attachment")
public class Attachment extends PanacheEntityBase {

    public enum Kind {
        ETHICS_LETTER, PROTOCOL, CONSENT_MATERIALS, CAG_LETTER, OTHER
    }

    @Id
    public UUID id;

    @Column(name = "application_id", nullable = false)
    public UUID applicationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Column(name = "content_type", nullable = false)
    public String contentType;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(nullable = false)
    public String sha256;

    // Read only when downloaded: listings and submissions need the metadata alone.
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public byte[] content;

    @Column(name = "uploaded_by", nullable = false)
    public String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    public Instant uploadedAt;

    public static List<Attachment> ofApplication(UUID applicationId) {
        return list("applicationId = ?1 order by uploadedAt", applicationId);
    }

    public static Optional<Attachment> of(UUID applicationId, UUID id) {
        return find("applicationId = ?1 and id = ?2", applicationId, id).firstResultOptional();
    }
}
