package org.opendars.extract;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An application a decision after its approval has stopped (a rejection): nothing is built or delivered for it,
 * whichever of the approval and the decision arrived first.
 */
@Entity
@Table(name = "withheld_application")
public class WithheldApplication extends PanacheEntityBase {

    @Id
    @Column(name = "application_id")
    public UUID applicationId;

    public String reason;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "withheld_at")
    public Instant withheldAt;

    static WithheldApplication of(UUID applicationId, String reason, String decidedBy) {
        WithheldApplication withheld = new WithheldApplication();
        withheld.applicationId = applicationId;
        withheld.reason = reason == null || reason.isBlank() ? "withheld" : truncated(reason);
        withheld.decidedBy = decidedBy;
        withheld.withheldAt = Instant.now();
        return withheld;
    }

    public static boolean isWithheld(UUID applicationId) {
        return findById(applicationId) != null;
    }

    private static String truncated(String reason) {
        return reason.length() > 1000 ? reason.substring(0, 1000) : reason;
    }
}
