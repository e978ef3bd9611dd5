package org.opendars.approvals;

/** The two parties whose signatures make an agreement binding. */
public enum SigningParty {
    /** The applicant organisation's signatory, of the same organisation. */
    APPLICANT,
    /** The custodian's signatory, never the case officer, approver or submitter of the application. */
    CUSTODIAN
}
