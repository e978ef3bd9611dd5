package org.opendars.applications;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The form of one version of an application as last submitted: what its case assessed and, once approved, what
 * its agreement names. A resubmission after a return replaces the form and counts the submission.
 */
@Entity
@Table(name = "application_version")
public class ApplicationVersion extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "application_id", nullable = false)
    public UUID applicationId;

    @Column(nullable = false)
    public int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ApplicationKind kind;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public ApplicationForm form;

    @Column(nullable = false)
    public int submissions;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    static ApplicationVersion record(Application application, String by) {
        ApplicationVersion recorded = of(application.id, application.version).orElseGet(() -> {
            ApplicationVersion created = new ApplicationVersion();
            created.id = UUID.randomUUID();
            created.applicationId = application.id;
            created.version = application.version;
            created.kind = application.kind;
            return created;
        });
        recorded.form = application.form;
        recorded.submissions++;
        recorded.submittedBy = by;
        recorded.submittedAt = Instant.now();
        recorded.persist();
        return recorded;
    }

    public static Optional<ApplicationVersion> of(UUID applicationId, int version) {
        return find("applicationId = ?1 and version = ?2", applicationId, version).firstResultOptional();
    }

    public static List<ApplicationVersion> ofApplication(UUID applicationId) {
        return list("applicationId = ?1 order by version", applicationId);
    }
}
