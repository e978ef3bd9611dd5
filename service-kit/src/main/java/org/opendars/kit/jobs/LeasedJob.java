package org.opendars.kit.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The lease columns of a claimed job. Claims, heartbeats and takeovers are done by {@link Jobs} in SQL; an entity
 * changes its own outcome only while it holds the current lease, so a superseded worker cannot overwrite the
 * outcome of the one that took over.
 */
@MappedSuperclass
public abstract class LeasedJob extends PanacheEntityBase {

    @Column(nullable = false)
    public int attempts;

    @Column(name = "lease_token")
    public UUID leaseToken;

    @Column(name = "lease_expires_at")
    public Instant leaseExpiresAt;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "claimed_at")
    public Instant claimedAt;

    @Column(name = "percent_done", nullable = false)
    public int percentDone;

    @Column(name = "failure_reason")
    public String failureReason;

    public boolean heldBy(Lease lease) {
        return lease.token().equals(leaseToken);
    }

    /** Refuses any change of outcome from a worker whose lease was taken over. */
    protected void requireLease(Lease lease) {
        if (!heldBy(lease)) {
            throw new LeaseLostException(lease);
        }
    }

    /** Ends the claim, successfully or for good. */
    protected void releaseLease() {
        leaseToken = null;
        leaseExpiresAt = null;
        nextAttemptAt = null;
    }

    /**
     * Ends a failed attempt. Returns true when the attempts are spent and the job fails for good; otherwise the job
     * waits, each time longer, before it may be claimed again.
     */
    protected boolean endFailedAttempt(Lease lease, String reason, JobSettings settings) {
        endForGood(lease, reason);
        if (attempts >= settings.maxAttempts()) {
            return true;
        }
        nextAttemptAt = Instant.now().plus(backoff(attempts, settings));
        return false;
    }

    /** Ends the job for good now, whatever attempts are left: a failure no retry can mend, or a worker lost too often. */
    protected void endForGood(Lease lease, String reason) {
        requireLease(lease);
        failureReason = reason == null ? "unknown failure" : (reason.length() > 1000 ? reason.substring(0, 1000) : reason);
        releaseLease();
    }

    static Duration backoff(int attempts, JobSettings settings) {
        Duration pause = settings.firstBackoff();
        for (int i = 1; i < attempts && pause.compareTo(settings.maxBackoff()) < 0; i++) {
            pause = pause.multipliedBy(4);
        }
        return pause.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : pause;
    }
}
