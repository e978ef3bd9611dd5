package org.opendars.approvals.messaging;

import java.time.Instant;
import java.util.UUID;

import org.opendars.approvals.Agreement;
import org.opendars.approvals.SigningParty;
import org.opendars.kit.messaging.Topic;

/** Topic {@code agreement-signed}: one party signed the document with this digest; {@code complete} when both have. */
@Topic(value = "agreement-signed", owner = "approvals-service")
public record AgreementSigned(UUID agreementId, String reference, int version, UUID applicationId,
        String organisationId, String party, String signedBy, String documentSha256, boolean complete,
        Instant signedAt) {

    public static AgreementSigned of(Agreement a, SigningParty party) {
        boolean applicant = party == SigningParty.APPLICANT;
        return new AgreementSigned(a.id, a.reference, a.version, a.applicationId, a.organisationId, party.name(),
                applicant ? a.applicantSignedBy : a.custodianSignedBy, a.documentSha256,
                a.applicantSignedBy != null && a.custodianSignedBy != null,
                applicant ? a.applicantSignedAt : a.custodianSignedAt);
    }
}
