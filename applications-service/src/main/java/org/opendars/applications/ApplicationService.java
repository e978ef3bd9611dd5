package org.opendars.applications;

import org.opendars.kit.api.IdempotencyKeys;
import org.opendars.kit.messaging.UnknownAggregateException;
import org.opendars.kit.problem.StaleVersionException;

import org.opendars.kit.problem.InvalidRequestException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.opendars.kit.problem.InvalidRequestException.FieldError;
import org.opendars.applications.messaging.ApplicationResubmitted;
import org.opendars.applications.messaging.ApplicationReturned;
import org.opendars.applications.messaging.ApplicationSubmitted;
import org.opendars.applications.messaging.CohortRegistered;
import org.opendars.applications.messaging.ApplicationWithdrawn;
import org.opendars.kit.messaging.Outbox;

/** The applicant's use cases, and the status view kept from the custodian's other services' events. */
@ApplicationScoped
public class ApplicationService {

    private final Outbox outbox;
    private final EntityManager entityManager;
    private final IdempotencyKeys idempotency;

    ApplicationService(Outbox outbox, EntityManager entityManager, IdempotencyKeys idempotency) {
        this.idempotency = idempotency;
        this.outbox = outbox;
        this.entityManager = entityManager;
    }

    /**
     * Creates a draft, complete or not; a repeated Idempotency-Key returns the application the first call created,
     * unless the request differs, which is refused.
     */
    @Transactional
    public Application create(String organisationId, String user, ApplicationForm form, String idempotencyKey) {
        ApplicationForm request = form == null ? ApplicationForm.empty() : form;
        String fingerprint = idempotencyKey == null ? null : idempotency.fingerprint(request);
        if (idempotencyKey != null) {
            Optional<Application> earlier = Application.byIdempotencyKey(organisationId, idempotencyKey);
            if (earlier.isPresent()) {
                IdempotencyKeys.requireSameRequest(earlier.get().idempotencyFingerprint, fingerprint);
                return earlier.get();
            }
        }
        checkAgainstCatalogue(organisationId, request);
        Application application = Application.draft(organisationId, user, nextReference(), request);
        CohortSummary.ofOrganisation(request.cohortId(), organisationId)
                .ifPresent(cohort -> application.cohortSize = cohort.members);
        application.idempotencyKey = idempotencyKey;
        application.idempotencyFingerprint = fingerprint;
        application.note("created", "draft created by " + user);
        application.persistAndFlush();
        return application;
    }

    /** Saves the applicant's changes to a draft or a returned application: partial answers are kept. */
    @Transactional
    public Application edit(UUID id, Predicate<Application> visible, Long expectedVersion, ApplicationForm form) {
        Application application = current(id, visible, expectedVersion, true);
        ApplicationForm changed = form == null ? ApplicationForm.empty() : form;
        checkAgainstCatalogue(application.organisationId, changed);
        application.edit(changed);
        CohortSummary.ofOrganisation(application.cohortId, application.organisationId)
                .ifPresent(cohort -> application.cohortSize = cohort.members);
        return flushed(application);
    }

    /** Commands find the application in their own transaction, so the change and its event commit together. */
    @Transactional
    public Application submit(UUID id, Predicate<Application> visible, Long expectedVersion, String user) {
        Application application = current(id, visible, expectedVersion);
        requireComplete(application);
        application.submit(user, CohortSummary.ofOrganisation(application.cohortId, application.organisationId));
        outbox.add(application.id.toString(), ApplicationSubmitted.of(submission(application, user)));
        return flushed(application);
    }

    @Transactional
    public Application resubmit(UUID id, Predicate<Application> visible, Long expectedVersion, String user) {
        Application application = current(id, visible, expectedVersion);
        requireComplete(application);
        application.resubmit(user, CohortSummary.ofOrganisation(application.cohortId, application.organisationId));
        List<Question> answers = application.questions.stream().filter(q -> q.version() == application.version)
                .toList();
        outbox.add(application.id.toString(), ApplicationResubmitted.of(submission(application, user), answers));
        return flushed(application);
    }

    @Transactional
    public Application answer(UUID id, Predicate<Application> visible, Long expectedVersion, String user,
            List<Answer> answers) {
        Application application = current(id, visible, expectedVersion);
        for (Answer answer : answers) {
            application.answer(answer.question(), answer.text(), user);
        }
        return flushed(application);
    }

    public record Answer(int question, String text) {
    }

    @Transactional
    public Application startVersion(UUID id, Predicate<Application> visible, Long expectedVersion, String user,
            ApplicationKind kind, String reason) {
        Application application = current(id, visible, expectedVersion);
        application.startVersion(kind, user, reason);
        return flushed(application);
    }

    @Transactional
    public Application withdraw(UUID id, Predicate<Application> visible, Long expectedVersion, String user) {
        Application application = current(id, visible, expectedVersion);
        int version = application.version;
        boolean amendmentOnly = application.isChangeUnderWay();
        application.withdraw(user, amendmentOnly ? ApplicationVersion.of(id, application.approvedVersion)
                .map(v -> v.form) : Optional.empty());
        outbox.add(application.id.toString(), ApplicationWithdrawn.of(application, version, amendmentOnly, user));
        return flushed(application);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void noteReturned(ApplicationReturned returned) {
        existing(returned.applicationId()).noteReturned(returned.version(), returned.round(), returned.questions(),
                returned.returnedBy());
    }

    /** Attachments are kept while the application can still change; a submitted version's are fixed. */
    @Transactional
    public Attachment attach(UUID id, Predicate<Application> visible, String user, Attachment.Kind kind,
            String fileName, String contentType, byte[] content) {
        Application application = find(id, visible).orElseThrow(() -> new ApplicationNotFoundException(id));
        if (!application.isEditable()) {
            throw new org.opendars.kit.problem.IllegalTransitionException("documents are attached to a draft or a"
                    + " returned application, not to one that is " + application.status);
        }
        Attachment attachment = new Attachment();
        attachment.id = UUID.randomUUID();
        attachment.applicationId = application.id;
        attachment.kind = kind;
        attachment.fileName = fileName;
        attachment.contentType = contentType;
        attachment.sizeBytes = content.length;
        attachment.sha256 = java.util.HexFormat.of().formatHex(IdempotencyKeys.sha256().digest(content));
        attachment.content = content;
        attachment.uploadedBy = user;
        attachment.uploadedAt = java.time.Instant.now();
        attachment.persist();
        application.note("attached", kind + " " + fileName + " by " + user);
        return attachment;
    }

    /** The answer carries the ETag, so the row version must have moved before the resource reads it. */
    private Application flushed(Application application) {
        entityManager.flush();
        return application;
    }

    private Submission submission(Application application, String user) {
        ApplicationVersion recorded = ApplicationVersion.record(application, user);
        ApplicationForm form = application.form;
        Map<String, Dataset> catalogue = catalogue();
        List<Submission.DatasetFacts> facts = new ArrayList<>();
        for (ApplicationForm.Product product : form.productsOrNone()) {
            for (ApplicationForm.RequestedDataset requested : product.datasets()) {
                Dataset dataset = catalogue.get(requested.code());
                facts.add(new Submission.DatasetFacts(dataset.code, dataset.name, dataset.identifiable,
                        dataset.sensitive, dataset.conditions, dataset.permittedPurposes, dataset.onwardSharing,
                        requested.fields().stream().map(f -> dataset.field(f.name()).orElseThrow())
                                .map(f -> new Submission.FieldFacts(f.name, f.identifiability, f.sensitive))
                                .toList()));
            }
        }
        List<Submission.RegistryEntry> registry = form.partiesOrNone().stream()
                .map(p -> Submission.RegistryEntry.of(p.odsCode(), Organisation.byOdsCode(p.odsCode()).orElse(null)))
                .toList();
        List<Submission.AttachmentNote> attachments = Attachment.ofApplication(application.id).stream()
                .map(Submission.AttachmentNote::of).toList();
        return new Submission(application.id, application.reference, application.version, application.kind,
                recorded.submissions, application.organisationId, form, facts, registry, attachments,
                application.cohortSize, application.cohortId, user, recorded.submittedAt);
    }

    /** Everything a submission lacks, listed at once; nothing changes. */
    private void requireComplete(Application application) {
        List<FieldError> missing = new ArrayList<>(application.form.missing());
        ApplicationForm form = application.form;
        java.util.Set<Attachment.Kind> attached = Attachment.ofApplication(application.id).stream()
                .map(a -> a.kind).collect(Collectors.toSet());
        if (form.ethics() != null && Boolean.TRUE.equals(form.ethics().required())
                && !attached.contains(Attachment.Kind.ETHICS_LETTER)) {
            missing.add(new FieldError("attachments", "attach the ethics committee's favourable opinion"
                    + " (an ETHICS_LETTER)"));
        }
        if (form.legalBasis() != null && form.legalBasis().commonLaw() == ApplicationForm.CommonLawBasis.CONSENT
                && !attached.contains(Attachment.Kind.CONSENT_MATERIALS)) {
            missing.add(new FieldError("attachments", "attach the consent materials (CONSENT_MATERIALS): the"
                    + " consent's scope is assessed against the purpose"));
        }
        if (!missing.isEmpty()) {
            throw new InvalidRequestException("the application is not complete: " + missing.size()
                    + " answer(s) missing", missing);
        }
    }

    private static Map<String, Dataset> catalogue() {
        return Dataset.catalogue().stream().collect(Collectors.toMap(d -> d.code, Function.identity()));
    }

    /** A cohort linkage-service took in: kept once; drafts of its organisation that name it learn its size. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void noteCohort(CohortRegistered registered) {
        if (CohortSummary.of(registered.cohortId()).isPresent()) {
            return;
        }
        CohortSummary summary = new CohortSummary();
        summary.cohortId = registered.cohortId();
        summary.organisationId = registered.organisationId();
        summary.members = registered.members();
        summary.withNhsNumber = registered.withNhsNumber();
        summary.withDateOfBirth = registered.withDateOfBirth();
        summary.withPostcode = registered.withPostcode();
        summary.registeredAt = registered.registeredAt() == null ? java.time.Instant.now() : registered.registeredAt();
        summary.persist();
        entityManager.createQuery("update Application a set a.cohortSize = :members where a.cohortId = :cohort"
                + " and a.organisationId = :org and a.status = :draft")
                .setParameter("members", registered.members()).setParameter("cohort", registered.cohortId())
                .setParameter("org", registered.organisationId()).setParameter("draft", ApplicationStatus.DRAFT)
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void noteApproved(UUID applicationId, int version, String agreementReference) {
        existing(applicationId).noteApproved(version, agreementReference);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void noteRejected(UUID applicationId, int version, String reason) {
        Application application = existing(applicationId);
        Optional<ApplicationForm> approved = application.approvedVersion == null ? Optional.empty()
                : ApplicationVersion.of(applicationId, application.approvedVersion).map(v -> v.form);
        application.noteRejected(version, reason, approved);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void noteLinked(UUID applicationId, String summary) {
        existing(applicationId).noteLinked(summary);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void noteLinkageFailed(UUID applicationId, String reason) {
        existing(applicationId).noteLinkageFailed(reason);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void noteAgreementEnded(UUID applicationId, String why) {
        existing(applicationId).noteAgreementEnded(why);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void noteExtractReady(UUID applicationId, String summary) {
        existing(applicationId).noteExtractReady(summary);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void noteExtractFailed(UUID applicationId, String reason) {
        existing(applicationId).noteExtractFailed(reason);
    }

    public Optional<Application> find(UUID id, Predicate<Application> visible) {
        return Application.<Application>findByIdOptional(id).filter(visible);
    }

    private Application current(UUID id, Predicate<Application> visible, Long expectedVersion) {
        return current(id, visible, expectedVersion, false);
    }

    /** Another organisation's application is absent (404) before any precondition is looked at. */
    private Application current(UUID id, Predicate<Application> visible, Long expectedVersion, boolean required) {
        Application application = find(id, visible).orElseThrow(() -> new ApplicationNotFoundException(id));
        if (required && expectedVersion == null) {
            throw new org.opendars.kit.problem.PreconditionRequiredException("send If-Match with the ETag you last"
                    + " read, so a change made meanwhile is not overwritten");
        }
        if (expectedVersion != null && expectedVersion != application.rowVersion) {
            throw new StaleVersionException("the application changed since you read it");
        }
        return application;
    }

    private Application existing(UUID applicationId) {
        return Application.<Application>findByIdOptional(applicationId)
                .orElseThrow(() -> new UnknownAggregateException("event for unknown application " + applicationId));
    }

    private String nextReference() {
        Number next = (Number) entityManager.createNativeQuery("select nextval('application_reference_seq')")
                .getSingleResult();
        return String.format("DARS-%06d", next.longValue());
    }

    /** Codes the form names must exist, whatever else a draft leaves out. */
    private void checkAgainstCatalogue(String organisationId, ApplicationForm form) {
        Map<String, Dataset> catalogue = catalogue();
        List<FieldError> errors = new ArrayList<>();
        for (int p = 0; p < form.productsOrNone().size(); p++) {
            ApplicationForm.Product product = form.products().get(p);
            List<ApplicationForm.RequestedDataset> datasets = product.datasets() == null ? List.of() : product.datasets();
            for (int i = 0; i < datasets.size(); i++) {
                ApplicationForm.RequestedDataset requested = datasets.get(i);
                String at = "products[" + p + "].datasets[" + i + "]";
                if (requested.code() == null) {
                    continue;
                }
                Dataset dataset = catalogue.get(requested.code());
                if (dataset == null) {
                    errors.add(new FieldError(at + ".code", "is not a data set of the catalogue"));
                    continue;
                }
                List<ApplicationForm.RequestedField> fields = requested.fields() == null ? List.of() : requested.fields();
                java.util.Set<String> seen = new java.util.HashSet<>();
                for (int f = 0; f < fields.size(); f++) {
                    String name = fields.get(f).name();
                    if (name != null && !dataset.hasField(name)) {
                        errors.add(new FieldError(at + ".fields[" + f + "].name", name + " is not a field of "
                                + dataset.code));
                    } else if (name != null && !seen.add(name)) {
                        errors.add(new FieldError(at + ".fields[" + f + "].name", name + " is asked for twice"));
                    }
                }
                if (requested.filters() != null) {
                    ApplicationForm.Filters filters = requested.filters();
                    if (filters.from() != null && filters.to() != null && filters.to().isBefore(filters.from())) {
                        errors.add(new FieldError(at + ".filters.to", "must not be before filters.from"));
                    }
                    if (filters.minAge() != null && filters.maxAge() != null && filters.maxAge() < filters.minAge()) {
                        errors.add(new FieldError(at + ".filters.maxAge", "must not be below filters.minAge"));
                    }
                }
            }
        }
        if (form.cohortId() != null && CohortSummary.of(form.cohortId()).isPresent()
                && CohortSummary.ofOrganisation(form.cohortId(), organisationId).isEmpty()) {
            errors.add(new FieldError("cohortId", "names no cohort of your organisation"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }
}
