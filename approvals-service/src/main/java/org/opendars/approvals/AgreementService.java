package org.opendars.approvals;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.opendars.approvals.messaging.AgreementActivated;
import org.opendars.approvals.messaging.AgreementExpired;
import org.opendars.approvals.messaging.AgreementExpiring;
import org.opendars.approvals.messaging.AgreementIssued;
import org.opendars.approvals.messaging.AgreementRevoked;
import org.opendars.approvals.messaging.AgreementSigned;
import org.opendars.approvals.messaging.ExtractReady;
import org.opendars.kit.messaging.Outbox;
import org.opendars.kit.problem.IllegalTransitionException;
import org.opendars.kit.problem.InvalidRequestException;
import org.opendars.kit.problem.NotFoundProblem;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Agreements from issue to end. Every change of an agreement, its events and the register's rows commit together.
 * All versions of one agreement are locked together, in version order, before any of them changes, so a signature,
 * a revocation and several replicas' sweeps never interleave on the same agreement.
 */
@ApplicationScoped
public class AgreementService {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final Outbox outbox;
    private final EntityManager entityManager;
    private final AgreementDocument documents;
    private final AgreementSettings settings;
    private final TermPolicy terms;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AgreementService(Outbox outbox, EntityManager entityManager, AgreementDocument documents,
            AgreementSettings settings, Clock clock) {
        this.outbox = outbox;
        this.entityManager = entityManager;
        this.documents = documents;
        this.settings = settings;
        this.terms = new TermPolicy(settings);
        this.clock = clock;
    }

    /** What the approver asks for beyond the decision: the term and any conditions of their own. */
    public record TermRequest(LocalDate startDate, Integer termMonths, List<String> conditions) {

        public static final TermRequest DEFAULT = new TermRequest(null, null, List.of());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A version issued: its document rendered and stored, and agreement-issued in the same transaction. */
    private Agreement published(Agreement agreement) {
        documents.render(agreement);
        agreement.persist();
        outbox.add(agreement.applicationId.toString(), AgreementIssued.of(agreement));
        Log.infof("agreement %s issued (%s, application %s v%d)", agreement.versionedReference(), agreement.kind,
                agreement.applicationId, agreement.applicationVersion);
        return agreement;
    }

    int maximumTermMonths(ApplicationForm.PurposeCategory category) {
        return terms.maximumMonths(category);
    }

    Instant now() {
        return clock.instant();
    }

    /**
     * The agreement an approval issues, in the decision's transaction: the first version for a new application;
     * for an approved amendment, renewal or extension, the next version of the agreement in force, which keeps
     * governing deliveries until the new one is signed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Agreement issue(AssessmentCase approved, TermRequest request, List<String> panelConditions) {
        ApplicationForm.PurposeCategory category = approved.form.purpose() == null ? null
                : approved.form.purpose().category();
        Integer months = request.termMonths() != null ? request.termMonths() : approved.form.termMonths();
        // The latest open version, signed or still awaiting signatures: an amendment approved before the first
        // version was signed becomes its next version, never a second agreement.
        Optional<Agreement> inForce = Agreement.ofApplication(approved.applicationId).stream()
                .filter(Agreement::isOpen).max(java.util.Comparator.comparingInt(a -> a.version));
        List<AgreementParty> parties = new java.util.ArrayList<>();
        for (ApplicationForm.Party party : approved.form.partiesOrNone()) {
            parties.add(new AgreementParty(party.role() == ApplicationForm.PartyRole.PROCESSOR
                    ? AgreementParty.Role.PROCESSOR : AgreementParty.Role.CONTROLLER,
                    party.name() + " (" + party.odsCode() + ")"
                            + (party.controllership() == ApplicationForm.Controllership.JOINT ? ", joint controller" : "")));
        }
        if (parties.isEmpty()) {
            parties.add(new AgreementParty(AgreementParty.Role.CONTROLLER, approved.organisationId));
        }
        parties.add(new AgreementParty(AgreementParty.Role.CUSTODIAN, settings.custodian()));
        String territory = approved.form.territory() == null ? settings.territory()
                : approved.form.territory().name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        List<String> conditions = SpecialConditions.of(approved.facts, approved.overrides, approved.checks,
                panelConditions, request.conditions());
        if (inForce.isPresent() && approved.applicationVersion > inForce.get().applicationVersion) {
            Agreement current = inForce.get();
            AgreementKind kind = switch (approved.kind) {
                case "RENEWAL" -> AgreementKind.RENEWAL;
                case "EXTENSION" -> AgreementKind.EXTENSION;
                default -> AgreementKind.AMENDMENT;
            };
            LocalDate start = kind == AgreementKind.RENEWAL ? current.endDate : current.startDate;
            LocalDate end = switch (kind) {
                case AMENDMENT -> current.endDate;
                default -> terms.laterEnd(category, start, kind == AgreementKind.RENEWAL ? start : current.endDate,
                        start.plusMonths(months == null ? terms.maximumMonths(category) : months));
            };
            AgreementTerms next = new AgreementTerms(approved.title, approved.purpose, approved.productType,
                    approved.legalBasis, approved.datasets, parties, territory, conditions, start, end);
            Agreement version = Agreement.issue(approved, current.reference, current.version + 1, kind, next,
                    next.changesSince(current.terms()), kind + " approved as application version "
                            + approved.applicationVersion + ": " + approved.decisionReason,
                    approved.decidedBy, now());
            return published(version);
        }
        TermPolicy.Term term = terms.term(category, today(), request.startDate(), months);
        AgreementTerms agreed = new AgreementTerms(approved.title, approved.purpose, approved.productType,
                approved.legalBasis, approved.datasets, parties, territory, conditions, term.start(), term.end());
        Agreement agreement = Agreement.issue(approved, nextReference(), 1, AgreementKind.ORIGINAL, agreed, List.of(),
                null, approved.decidedBy, now());
        return published(agreement);
    }

    /**
     * A renewal or extension: a new version of the same agreement with a later end, issued for both parties to
     * sign again. The version it follows keeps governing deliveries until the new one comes into force.
     */
    @Transactional
    public Agreement amend(UUID agreementId, AgreementKind kind, LocalDate endDate, String reason, String by) {
        if (kind != AgreementKind.RENEWAL && kind != AgreementKind.EXTENSION) {
            throw new InvalidRequestException("kind", "the approver issues a RENEWAL or an EXTENSION; an amendment"
                    + " comes as a new version of the application");
        }
        List<Agreement> versions = lockedVersions(existing(agreementId).reference);
        Agreement current = versions.get(versions.size() - 1);
        if (!current.id.equals(agreementId)) {
            throw new IllegalTransitionException(current.versionedReference() + " is the latest version: amend that");
        }
        if (current.status != AgreementStatus.ACTIVE && current.status != AgreementStatus.SIGNED) {
            throw new IllegalTransitionException(current.versionedReference() + " is " + current.status
                    + ": only an agreement signed by both parties can be renewed or extended");
        }
        AssessmentCase decided = AssessmentCase.findById(current.caseId);
        ApplicationForm.PurposeCategory category = decided.form == null || decided.form.purpose() == null ? null
                : decided.form.purpose().category();
        LocalDate start = kind == AgreementKind.RENEWAL ? current.endDate : current.startDate;
        LocalDate end = kind == AgreementKind.RENEWAL
                ? terms.laterEnd(category, start, start, endDate)
                : terms.laterEnd(category, start, current.endDate, endDate);
        AgreementTerms next = current.terms().withDates(start, end);
        Agreement version = Agreement.issue(decided, current.reference, current.version + 1, kind, next,
                next.changesSince(current.terms()), reason, by, now());
        return published(version);
    }

    /**
     * One party's signature over the document hash it was shown. The applicant's signatory signs only for its own
     * organisation (another organisation's agreement is not found); the custodian's may be none of the people who
     * handled the application. The second signature makes the agreement binding, and in force at once if its start
     * date has come.
     */
    @Transactional
    public Agreement sign(UUID agreementId, SigningParty party, String signer, Optional<String> signerOrganisation,
            String documentSha256) {
        Agreement agreement = existing(agreementId);
        if (party == SigningParty.APPLICANT
                && !signerOrganisation.map(agreement.organisationId::equals).orElse(false)) {
            throw new NotFoundProblem("no agreement " + agreementId);
        }
        List<Agreement> versions = lockedVersions(agreement.reference);
        Agreement locked = versions.stream().filter(v -> v.id.equals(agreementId)).findFirst().orElseThrow();
        if (locked.isExpired(today())) {
            throw new IllegalTransitionException(locked.versionedReference() + " reached its end date " + locked.endDate
                    + " unsigned: it can no longer be signed");
        }
        boolean complete = locked.sign(party, signer, documentSha256, now());
        outbox.add(locked.applicationId.toString(), AgreementSigned.of(locked, party));
        Log.infof("agreement %s signed for the %s by %s", locked.versionedReference(), party, signer);
        if (complete) {
            advance(versions, today());
        }
        return locked;
    }

    /** The custodian ends the agreement before its time; every open version of it ends with it. */
    @Transactional
    public Agreement revoke(UUID agreementId, String by, String reason) {
        List<Agreement> versions = lockedVersions(existing(agreementId).reference);
        List<Agreement> open = versions.stream().filter(Agreement::isOpen).toList();
        if (open.isEmpty()) {
            throw new IllegalTransitionException("agreement " + versions.get(0).reference + " has already ended");
        }
        for (Agreement version : open) {
            version.revoke(now(), by, reason);
        }
        Agreement last = open.get(open.size() - 1);
        publish(last, AgreementRevoked.of(governing(open)));
        Log.warnf("agreement %s revoked by %s", last.reference, by);
        return versions.stream().filter(v -> v.id.equals(agreementId)).findFirst().orElseThrow();
    }

    /** The application was withdrawn: its agreement ends at whatever stage, and downstream stops. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void withdraw(UUID applicationId, String by) {
        List<String> references = Agreement.ofApplication(applicationId).stream().map(a -> a.reference).distinct()
                .toList();
        for (String reference : references) {
            List<Agreement> open = lockedVersions(reference).stream().filter(Agreement::isOpen).toList();
            if (open.isEmpty()) {
                continue;
            }
            for (Agreement version : open) {
                version.withdraw(now(), by == null ? "applicant" : by);
            }
            publish(open.get(open.size() - 1), AgreementRevoked.of(governing(open)));
            Log.warnf("agreement %s ended: application %s withdrawn", reference, applicationId);
        }
    }

    /** A delivered release, for the register. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void noteReleased(ExtractReady ready) {
        DataUsesRegister.apply(ready, DataUsesRegister.STORED);
    }

    /**
     * The recipient organisation's record that the data of an ended agreement was destroyed. Only once, only after
     * the end, only for its own organisation.
     */
    @Transactional
    public DataDestruction recordDestruction(UUID agreementId, String by, Optional<String> organisation,
            LocalDate destroyedOn, DestructionMethod method, String fileName, String contentType, byte[] certificate) {
        Agreement agreement = existing(agreementId);
        if (!organisation.map(agreement.organisationId::equals).orElse(false)) {
            throw new NotFoundProblem("no agreement " + agreementId);
        }
        if (!agreement.status.isTerminal()) {
            throw new IllegalTransitionException(agreement.versionedReference() + " is " + agreement.status
                    + ": destruction is recorded after the agreement ends");
        }
        if (DataDestruction.of(agreement) != null) {
            throw new IllegalTransitionException("the destruction of " + agreement.versionedReference()
                    + "'s data is already recorded");
        }
        if (destroyedOn.isAfter(today())) {
            throw new InvalidRequestException("destroyedOn", "the data cannot have been destroyed in the future");
        }
        if (destroyedOn.isBefore(agreement.startDate)) {
            throw new InvalidRequestException("destroyedOn", "the date is before the agreement started");
        }
        DataDestruction record = new DataDestruction();
        record.agreementId = agreement.id;
        record.organisationId = agreement.organisationId;
        record.recordedBy = by;
        record.recordedAt = now();
        record.destroyedOn = destroyedOn;
        record.method = method;
        record.certificateName = fileName;
        record.certificateType = contentType;
        record.certificate = certificate;
        record.certificateSha256 = AgreementDocument.sha256(certificate);
        record.persist();
        Log.infof("destruction of %s's data recorded by %s", agreement.versionedReference(), by);
        return record;
    }

    /** Ended agreements whose destruction is past due and not yet recorded, oldest first. */
    public List<Agreement> overdueDestructions() {
        LocalDate cutoff = today().minusDays(settings.destructionDays());
        return Agreement.<Agreement>list("status in ?1 and endedAt < ?2 order by endedAt",
                List.of(AgreementStatus.EXPIRED, AgreementStatus.REVOKED, AgreementStatus.WITHDRAWN),
                cutoff.atStartOfDay(java.time.ZoneOffset.UTC).toInstant())
                .stream().filter(a -> DataDestruction.of(a) == null).toList();
    }

    public LocalDate destructionDue(Agreement agreement) {
        return agreement.endedAt == null ? null
                : LocalDate.ofInstant(agreement.endedAt, java.time.ZoneOffset.UTC).plusDays(settings.destructionDays());
    }

    /**
     * Brings every agreement up to date with the clock: signed ones whose start date came into force, active ones
     * reminded before their end and expired at it. Each agreement is advanced in its own transaction; one that
     * another replica holds is skipped and comes again in the next sweep. Returns how many were looked at.
     */
    public int sweep() {
        LocalDate today = today();
        int horizon = settings.reminderDays().stream().mapToInt(Integer::intValue).max().orElse(0);
        @SuppressWarnings("unchecked")
        List<String> due = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select distinct reference from agreement where (status = 'SIGNED' and start_date <= :today)"
                        + " or (status = 'ACTIVE' and end_date <= :horizon)"
                        + " or (status in ('ISSUED', 'SIGNED') and end_date <= :today)")
                .setParameter("today", today).setParameter("horizon", today.plusDays(horizon)).getResultList());
        for (String reference : due) {
            QuarkusTransaction.requiringNew().run(() -> {
                List<Agreement> versions = versionsUnlessHeld(reference);
                if (!versions.isEmpty()) {
                    advance(versions, today);
                }
            });
        }
        return due.size();
    }

    /**
     * Moves one agreement's versions on to {@code today}: the newest version that is signed and due comes into
     * force and supersedes the one before; an active one is reminded and, at its end date, expires.
     */
    private void advance(List<Agreement> versions, LocalDate today) {
        Agreement active = versions.stream().filter(Agreement::isActive).findFirst().orElse(null);
        Optional<Agreement> due = versions.stream().filter(v -> v.isDue(today))
                .max(Comparator.comparingInt(v -> v.version));
        if (due.isPresent()) {
            Agreement next = due.get();
            Integer superseded = null;
            if (active != null) {
                active.supersede(now(), "system");
                superseded = active.version;
            }
            next.activate(now());
            publish(next, AgreementActivated.of(next, superseded));
            Log.infof("agreement %s in force%s", next.versionedReference(),
                    superseded == null ? "" : " (supersedes v" + superseded + ")");
            active = next;
        }
        if (active == null) {
            lapse(versions, today);
            return;
        }
        if (active.isExpired(today)) {
            active.expire(now());
            versions.stream().filter(v -> v.status == AgreementStatus.ISSUED || v.status == AgreementStatus.SIGNED)
                    .forEach(v -> v.revoke(now(), "system", "the version it would follow expired first"));
            publish(active, AgreementExpired.of(active));
            Log.infof("agreement %s expired", active.versionedReference());
            return;
        }
        remind(active, today);
    }

    /**
     * An agreement never in force whose end date passed unsigned (or signed too late to start) lapses as expired,
     * so nothing can come into force under it and its cohort is dropped downstream.
     */
    private void lapse(List<Agreement> versions, LocalDate today) {
        List<Agreement> lapsed = versions.stream().filter(Agreement::isOpen).filter(v -> v.isExpired(today)).toList();
        if (lapsed.isEmpty() || versions.stream().anyMatch(v -> v.isOpen() && !v.isExpired(today))) {
            return;
        }
        lapsed.forEach(v -> v.expire(now()));
        Agreement last = lapsed.get(lapsed.size() - 1);
        publish(last, AgreementExpired.of(last));
        Log.infof("agreement %s lapsed: never in force before its end date", last.versionedReference());
    }

    /** The nearest reminder threshold crossed and not yet sent goes out; any wider ones crossed with it are spent. */
    private void remind(Agreement active, LocalDate today) {
        long left = active.daysLeft(today);
        List<Integer> crossed = new ArrayList<>(settings.reminderDays().stream().filter(d -> left <= d).toList());
        if (crossed.isEmpty()) {
            return;
        }
        crossed.sort(Comparator.naturalOrder());
        boolean first = true;
        for (int days : crossed) {
            int inserted = entityManager.createNativeQuery("insert into agreement_reminder (agreement_id,"
                    + " days_before, sent_at) values (:id, :days, :at) on conflict do nothing")
                    .setParameter("id", active.id).setParameter("days", days).setParameter("at", now())
                    .executeUpdate();
            if (inserted == 1 && first) {
                outbox.add(active.applicationId.toString(), AgreementExpiring.of(active, days, left, now()));
                Log.infof("agreement %s: %d days left, reminder sent", active.versionedReference(), left);
            }
            first = false;
        }
    }

    /** Of several versions ending together, the one deliveries were made under: the active one, else the newest. */
    private static Agreement governing(List<Agreement> ending) {
        return ending.stream().filter(v -> v.activatedAt != null).max(Comparator.comparingInt(v -> v.version))
                .orElse(ending.get(ending.size() - 1));
    }

    private void publish(Agreement agreement, Object event) {
        outbox.add(agreement.applicationId.toString(), event);
        DataUsesRegister.apply(event, DataUsesRegister.STORED);
    }

    private Agreement existing(UUID agreementId) {
        return Agreement.<Agreement>findByIdOptional(agreementId)
                .orElseThrow(() -> new NotFoundProblem("no agreement " + agreementId));
    }

    @SuppressWarnings("unchecked")
    private List<Agreement> lockedVersions(String reference) {
        return entityManager.createNativeQuery("select * from agreement where reference = :reference"
                + " order by version for update", Agreement.class).setParameter("reference", reference)
                .getResultList();
    }

    /** Every version of the agreement, locked; none if another transaction holds any of them. */
    @SuppressWarnings("unchecked")
    private List<Agreement> versionsUnlessHeld(String reference) {
        long all = Agreement.count("reference", reference);
        List<Agreement> locked = entityManager.createNativeQuery("select * from agreement where reference = :reference"
                + " order by version for update skip locked", Agreement.class).setParameter("reference", reference)
                .getResultList();
        return locked.size() == all ? locked : List.of();
    }

    /** NIC-style: a running number and a random check part, so references cannot be guessed from each other. */
    private String nextReference() {
        Number next = (Number) entityManager.createNativeQuery("select nextval('agreement_number_seq')")
                .getSingleResult();
        StringBuilder suffix = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            suffix.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return String.format("NIC-%06d-%s", next.longValue(), suffix);
    }
}
