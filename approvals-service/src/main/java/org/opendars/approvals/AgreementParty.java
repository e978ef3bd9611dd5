package org.opendars.approvals;

/** A party to the agreement and its role in the processing. */
public record AgreementParty(Role role, String organisation) {

    public enum Role {
        CONTROLLER, PROCESSOR, CUSTODIAN
    }
}
