package org.opendars.approvals;

/** Why a version exists: the first from the decision, later ones from a renewal or an extension. */
public enum AgreementKind {
    ORIGINAL, RENEWAL, EXTENSION
}
