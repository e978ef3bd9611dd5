package org.opendars.approvals.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.opendars.approvals.Agreement;
import org.opendars.approvals.AgreementKind;
import org.opendars.approvals.AgreementParty;
import org.opendars.approvals.AgreementStatus;
import org.opendars.approvals.AgreementTerms;
import org.opendars.approvals.LegalBasis;
import org.opendars.approvals.RequestedDataset;

/** One agreement version as its parties see it; the document itself is served on its own. */
public record AgreementView(UUID id, String reference, int version, String displayReference, AgreementKind kind,
        AgreementStatus status, UUID applicationId, int applicationVersion, String organisationId, String title,
        String purpose, String productType, LegalBasis legalBasis, List<RequestedDataset> datasets,
        List<AgreementParty> parties, String territory, List<String> conditions, LocalDate startDate,
        LocalDate endDate, String documentSha256, List<AgreementTerms.Change> changes, String changeReason,
        Signature applicantSignature, Signature custodianSignature, Instant issuedAt, Instant activatedAt,
        Instant endedAt, String endReason, LocalDate destructionDue, Destruction destruction) {

    public record Signature(String signedBy, Instant signedAt) {
    }

    /** What the recipient recorded; the certificate is served on its own. */
    public record Destruction(LocalDate destroyedOn, String method, String recordedBy, Instant recordedAt,
            String certificateName, String certificateSha256) {
    }

    static AgreementView of(Agreement a, LocalDate destructionDue, org.opendars.approvals.DataDestruction d) {
        return new AgreementView(a.id, a.reference, a.version, a.versionedReference(), a.kind, a.status,
                a.applicationId, a.applicationVersion, a.organisationId, a.title, a.purpose, a.productType,
                a.legalBasis, a.datasets, a.parties, a.territory, a.conditions, a.startDate, a.endDate,
                a.documentSha256, a.changes, a.changeReason,
                a.applicantSignedBy == null ? null : new Signature(a.applicantSignedBy, a.applicantSignedAt),
                a.custodianSignedBy == null ? null : new Signature(a.custodianSignedBy, a.custodianSignedAt),
                a.issuedAt, a.activatedAt, a.endedAt, a.endReason,
                a.status.isTerminal() ? destructionDue : null,
                d == null ? null : new Destruction(d.destroyedOn, d.method.name(), d.recordedBy, d.recordedAt,
                        d.certificateName, d.certificateSha256));
    }
}
