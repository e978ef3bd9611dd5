package org.opendars.approvals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.opendars.kit.problem.IllegalTransitionException;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One version of a data sharing agreement (a DSA): what may be released, to whom, for what and until when. It is
 * binding only when both parties have signed the exact document, and data moves only while it is active: from its
 * start date, once signed, until its end date, a revocation, the application's withdrawal or a later version.
 */
@Entity
@Table(name = "agreement")
public class Agreement extends PanacheEntityBase {

    @Id
    public UUID id;

    /** NIC-style, shared by every version of the same agreement. */
    @Column(nullable = false)
    public String reference;

    @Column(nullable = false)
    public int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AgreementKind kind;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "application_id", nullable = false)
    public UUID applicationId;

    @Column(name = "application_version", nullable = false)
    public int applicationVersion;

    @Column(name = "organisation_id", nullable = false)
    public String organisationId;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String purpose;

    @Column(name = "product_type", nullable = false)
    public String productType;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "legal_basis", nullable = false)
    public LegalBasis legalBasis;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<RequestedDataset> datasets;

    @Column(name = "cohort_id")
    public UUID cohortId;

    @Column(name = "cohort_size", nullable = false)
    public int cohortSize;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<AgreementParty> parties;

    @Column(nullable = false)
    public String territory;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> conditions;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    /** The expiry date: the agreement is in force up to the day before. */
    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    /** What differs from the previous version; empty for the first. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<AgreementTerms.Change> changes;

    @Column(name = "change_reason")
    public String changeReason;

    /** The document exactly as rendered at issue: its SHA-256 is what each party signs. */
    @Column(name = "document_html", nullable = false)
    public String documentHtml;

    @Column(name = "document_sha256", nullable = false)
    public String documentSha256;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AgreementStatus status;

    @Column(name = "issued_by", nullable = false)
    public String issuedBy;

    @Column(name = "issued_at", nullable = false)
    public Instant issuedAt;

    /** The people who handled the application, none of whom may countersign for the custodian. */
    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    @Column(name = "decided_by", nullable = false)
    public String decidedBy;

    @Column(name = "applicant_signed_by")
    public String applicantSignedBy;

    @Column(name = "applicant_signed_at")
    public Instant applicantSignedAt;

    @Column(name = "custodian_signed_by")
    public String custodianSignedBy;

    @Column(name = "custodian_signed_at")
    public Instant custodianSignedAt;

    @Column(name = "activated_at")
    public Instant activatedAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Column(name = "ended_by")
    public String endedBy;

    @Column(name = "end_reason")
    public String endReason;

    /** The charges quoted for the application version it follows, as the applicant was shown them. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Quote quote;

    @Version
    @Column(name = "row_version", nullable = false)
    public long rowVersion;

    /** A new version, issued for signature; its document is rendered from {@code terms} by the caller. */
    static Agreement issue(AssessmentCase decided, String reference, int version, AgreementKind kind,
            AgreementTerms terms, List<AgreementTerms.Change> changes, String changeReason, String issuedBy,
            Instant now) {
        Agreement agreement = new Agreement();
        agreement.id = UUID.randomUUID();
        agreement.reference = reference;
        agreement.version = version;
        agreement.kind = kind;
        agreement.caseId = decided.id;
        agreement.applicationId = decided.applicationId;
        agreement.applicationVersion = decided.applicationVersion;
        agreement.organisationId = decided.organisationId;
        agreement.cohortId = decided.cohortId;
        agreement.cohortSize = decided.cohortSize;
        agreement.quote = decided.quote;
        agreement.submittedBy = decided.submittedBy;
        agreement.reviewedBy = decided.reviewer;
        agreement.decidedBy = decided.decidedBy;
        agreement.title = terms.title();
        agreement.purpose = terms.purpose();
        agreement.productType = terms.productType();
        agreement.legalBasis = terms.legalBasis();
        agreement.datasets = terms.datasets();
        agreement.parties = terms.parties();
        agreement.territory = terms.territory();
        agreement.conditions = terms.conditions();
        agreement.startDate = terms.startDate();
        agreement.endDate = terms.endDate();
        agreement.changes = List.copyOf(changes);
        agreement.changeReason = changeReason;
        agreement.status = AgreementStatus.ISSUED;
        agreement.issuedBy = issuedBy;
        agreement.issuedAt = now;
        return agreement;
    }

    public AgreementTerms terms() {
        return new AgreementTerms(title, purpose, productType, legalBasis, datasets, parties, territory, conditions,
                startDate, endDate);
    }

    void render(String html, String sha256) {
        documentHtml = html;
        documentSha256 = sha256;
    }

    public static List<Agreement> ofApplication(UUID applicationId) {
        return list("applicationId = ?1 order by version", applicationId);
    }

    public static List<Agreement> ofOrganisation(String organisationId) {
        return list("organisationId = ?1 order by issuedAt desc", organisationId);
    }

    public static List<Agreement> recent() {
        return find("order by issuedAt desc").page(0, 200).list();
    }

    public static Optional<Agreement> latest(String reference) {
        return find("reference = ?1 order by version desc", reference).firstResultOptional();
    }

    /** The display form, as on the register: {@code NIC-000123-ABCDE v2}. */
    public String versionedReference() {
        return reference + " v" + version;
    }

    /**
     * Signs for one party over the document the signer was shown. A signature over another document, a second
     * signature for the same party, a signature after the agreement ended, a custodian signature by anyone who
     * handled the application, all are refused. Returns true when this signature completes the agreement.
     */
    boolean sign(SigningParty party, String signer, String documentHash, Instant now) {
        require(status == AgreementStatus.ISSUED, "agreement " + versionedReference() + " is " + status
                + ": it takes no more signatures");
        require(documentSha256.equalsIgnoreCase(documentHash == null ? "" : documentHash),
                "the signature is over another document than " + versionedReference() + " (SHA-256 "
                        + documentSha256 + ")");
        if (party == SigningParty.APPLICANT) {
            require(applicantSignedBy == null, versionedReference() + " is already signed for " + organisationId);
            applicantSignedBy = signer;
            applicantSignedAt = now;
        } else {
            require(custodianSignedBy == null, versionedReference() + " is already signed for the custodian");
            require(!signer.equals(decidedBy), "the approver who decided the application may not sign for the"
                    + " custodian");
            require(!signer.equals(reviewedBy), "the case officer who reviewed the application may not sign for"
                    + " the custodian");
            require(!signer.equals(submittedBy), "the person who submitted the application may not sign for the"
                    + " custodian");
            custodianSignedBy = signer;
            custodianSignedAt = now;
        }
        if (applicantSignedBy != null && custodianSignedBy != null) {
            status = AgreementStatus.SIGNED;
            return true;
        }
        return false;
    }

    /** A signed agreement comes into force on its start date (and not after its end). */
    boolean isDue(LocalDate today) {
        return status == AgreementStatus.SIGNED && !today.isBefore(startDate) && today.isBefore(endDate);
    }

    void activate(Instant now) {
        require(status == AgreementStatus.SIGNED, versionedReference() + " is " + status + ", not signed by both"
                + " parties");
        status = AgreementStatus.ACTIVE;
        activatedAt = now;
    }

    boolean isExpired(LocalDate today) {
        return !today.isBefore(endDate);
    }

    /** Days until the end date, counted from {@code today}. */
    long daysLeft(LocalDate today) {
        return java.time.temporal.ChronoUnit.DAYS.between(today, endDate);
    }

    void supersede(Instant now, String by) {
        end(AgreementStatus.SUPERSEDED, now, by, "superseded by a later version");
    }

    void expire(Instant now) {
        end(AgreementStatus.EXPIRED, now, "system", "reached its end date " + endDate);
    }

    void revoke(Instant now, String by, String reason) {
        end(AgreementStatus.REVOKED, now, by, reason);
    }

    void withdraw(Instant now, String by) {
        end(AgreementStatus.WITHDRAWN, now, by, "the application was withdrawn");
    }

    private void end(AgreementStatus ended, Instant now, String by, String reason) {
        require(!status.isEnded(), versionedReference() + " already ended: " + status);
        status = ended;
        endedAt = now;
        endedBy = by;
        endReason = reason;
    }

    public boolean isActive() {
        return status == AgreementStatus.ACTIVE;
    }

    public boolean isOpen() {
        return !status.isEnded();
    }

    private static void require(boolean allowed, String rule) {
        if (!allowed) {
            throw new IllegalTransitionException(rule);
        }
    }
}
