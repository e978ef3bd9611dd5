package org.opendars.approvals;

/**
 * Why a version exists: the first from the decision; later ones from an approved amendment of the application, or
 * a renewal or an extension (approved as a new application version, or issued by an approver directly).
 */
public enum AgreementKind {
    ORIGINAL, AMENDMENT, RENEWAL, EXTENSION
}
