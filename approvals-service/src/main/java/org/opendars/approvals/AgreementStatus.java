package org.opendars.approvals;

/**
 * Where one version of an agreement is. Data moves only under an ACTIVE version; every status after it is final.
 */
public enum AgreementStatus {
    /** Issued for signature; neither or one party has signed. */
    ISSUED,
    /** Both parties signed; waiting for its start date. */
    SIGNED,
    ACTIVE,
    /** A later version (renewal, extension) took over; deliveries continued under it. */
    SUPERSEDED,
    EXPIRED,
    REVOKED,
    /** The application was withdrawn. */
    WITHDRAWN;

    public boolean isEnded() {
        return this == SUPERSEDED || this == EXPIRED || this == REVOKED || this == WITHDRAWN;
    }

    /** Ended without a successor: the data must be destroyed. */
    public boolean isTerminal() {
        return this == EXPIRED || this == REVOKED || this == WITHDRAWN;
    }
}
