package org.opendars.linkage;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A standard extract's subscription to its data sets: while the agreement lasts, every release of one of them that
 * is linked makes the next delivery. It ends with the agreement and never starts again.
 */
@Entity
@Table(name = "subscription")
@IdClass(Subscription.Key.class)
public class Subscription extends PanacheEntityBase {

    public record Key(UUID applicationId, int applicationVersion) implements Serializable {
    }

    @Id
    @Column(name = "application_id")
    public UUID applicationId;

    @Id
    @Column(name = "application_version")
    public int applicationVersion;

    @Column(name = "organisation_id", nullable = false)
    public String organisationId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<ApprovedDataset> datasets;

    @Column(name = "common_law_basis")
    public String commonLawBasis;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Column(name = "ended_why")
    public String endedWhy;

    static Subscription of(LinkageRun first) {
        Subscription subscription = new Subscription();
        subscription.applicationId = first.applicationId;
        subscription.applicationVersion = first.applicationVersion;
        subscription.organisationId = first.organisationId;
        subscription.datasets = first.datasets;
        subscription.commonLawBasis = first.commonLawBasis;
        subscription.startedAt = Instant.now();
        return subscription;
    }

    /** Subscriptions in force that take the data set. */
    static List<Subscription> activeFor(String datasetCode) {
        return Subscription.<Subscription>list("endedAt is null").stream()
                .filter(s -> s.datasets.stream().anyMatch(d -> d.code().equals(datasetCode))).toList();
    }

    static List<Subscription> ofApplication(UUID applicationId) {
        return list("applicationId", applicationId);
    }

    boolean isActive() {
        return endedAt == null;
    }

    void end(String why) {
        if (endedAt == null) {
            endedAt = Instant.now();
            endedWhy = why == null ? null : why.length() > 500 ? why.substring(0, 500) : why;
        }
    }
}
