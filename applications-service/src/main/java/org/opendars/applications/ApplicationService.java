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
     * Creates a draft; a repeated Idempotency-Key returns the application the first call created, unless the
     * request differs, which is refused.
     */
    @Transactional
    public Application create(String organisationId, String user, NewApplication request, String idempotencyKey) {
        String fingerprint = idempotencyKey == null ? null : idempotency.fingerprint(request);
        if (idempotencyKey != null) {
            Optional<Application> earlier = Application.byIdempotencyKey(organisationId, idempotencyKey);
            if (earlier.isPresent()) {
                IdempotencyKeys.requireSameRequest(earlier.get().idempotencyFingerprint, fingerprint);
                return earlier.get();
            }
        }
        checkAgainstCatalogue(organisationId, request);
        Application application = Application.draft(organisationId, user, nextReference(), request.title(),
                request.purpose(), request.productType(), request.legalBasis(), request.datasets(),
                request.cohortId());
        CohortSummary.ofOrganisation(request.cohortId(), organisationId)
                .ifPresent(cohort -> application.cohortSize = cohort.members);
        application.idempotencyKey = idempotencyKey;
        application.idempotencyFingerprint = fingerprint;
        application.persistAndFlush();
        application.note("created", "draft created by " + user);
        return application;
    }

    /** Commands find the application in their own transaction, so the change and its event commit together. */
    @Transactional
    public Application submit(UUID id, Predicate<Application> visible, Long expectedVersion, String user) {
        Application application = current(id, visible, expectedVersion);
        application.submit(user, CohortSummary.ofOrganisation(application.cohortId, application.organisationId));
        outbox.add(application.id.toString(), ApplicationSubmitted.of(application, user));
        return application;
    }

    @Transactional
    public Application withdraw(UUID id, Predicate<Application> visible, Long expectedVersion, String user) {
        Application application = current(id, visible, expectedVersion);
        application.withdraw(user);
        outbox.add(application.id.toString(), ApplicationWithdrawn.of(application, user));
        return application;
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
    public void noteApproved(UUID applicationId, String agreementReference) {
        existing(applicationId).noteApproved(agreementReference);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void noteRejected(UUID applicationId, String reason) {
        existing(applicationId).noteRejected(reason);
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
        Application application = find(id, visible).orElseThrow(() -> new ApplicationNotFoundException(id));
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

    private void checkAgainstCatalogue(String organisationId, NewApplication request) {
        Map<String, Dataset> catalogue = Dataset.catalogue().stream()
                .collect(Collectors.toMap(d -> d.code, Function.identity()));
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < request.datasets().size(); i++) {
            RequestedDataset requested = request.datasets().get(i);
            Dataset dataset = catalogue.get(requested.code());
            if (dataset == null) {
                errors.add(new FieldError("datasets[" + i + "].code", "is not a data set of the catalogue"));
                continue;
            }
            for (String field : requested.fields()) {
                if (!dataset.hasField(field)) {
                    errors.add(new FieldError("datasets[" + i + "].fields", field + " is not a field of " + dataset.code));
                }
            }
        }
        if (request.productType().needsCohort() && request.cohortId() == null) {
            errors.add(new FieldError("cohortId", "is required for a " + request.productType() + " product: upload"
                    + " the cohort file to linkage-service (POST /api/cohorts) and name the cohort it registers"));
        }
        if (request.cohortId() != null && CohortSummary.of(request.cohortId()).isPresent()
                && CohortSummary.ofOrganisation(request.cohortId(), organisationId).isEmpty()) {
            errors.add(new FieldError("cohortId", "names no cohort of your organisation"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }
}
