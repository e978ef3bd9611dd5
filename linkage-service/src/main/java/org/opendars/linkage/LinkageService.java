package org.opendars.linkage;

import org.opendars.kit.problem.IllegalTransitionException;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.opendars.linkage.engine.PersonRecord;
import org.opendars.linkage.engine.deterministic.DeterministicLinker;
import org.opendars.linkage.engine.deterministic.DeterministicMatch;
import org.opendars.linkage.engine.deterministic.PostcodeIgnoreList;
import org.opendars.linkage.engine.quality.DeterministicReports;
import org.opendars.linkage.engine.quality.QualityReport;
import org.opendars.linkage.engine.run.ProbabilisticStage;
import org.opendars.linkage.messaging.AgreementActivated;
import org.opendars.linkage.messaging.AgreementEnded;
import org.opendars.linkage.messaging.LinkageCompleted;
import org.opendars.linkage.messaging.LinkageFailed;
import org.opendars.kit.messaging.Outbox;
import org.opendars.linkage.messaging.ReleaseLinked;

import org.opendars.kit.api.IdempotencyKeys;
import org.opendars.kit.jobs.Jobs;
import org.opendars.kit.jobs.Lease;
import org.opendars.kit.jobs.LeaseLostException;
import org.opendars.kit.jobs.PermanentJobFailure;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.logging.Log;

/**
 * Bespoke linkage of approved cohorts. Each step is its own transaction, so a crash loses at most the step under
 * way; the run, its results, its completion and its event commit together at the end.
 */
@ApplicationScoped
public class LinkageService {

    private final IdentifierStore identifiers;
    private final PseudonymKeys keys;
    private final CohortStore cohorts;
    private final Outbox outbox;
    private final MeterRegistry metrics;
    private final Jobs jobs;
    private final DeterministicLinker linker = DeterministicLinker.hesDefault(PostcodeIgnoreList.empty());

    private final ProbabilisticStage probabilisticStage = new ProbabilisticStage();
    private final LinkageModels models;
    private final PersonIndexCache indexCache;
    private final CohortService cohortService;
    private final PersonIndexKeeper personIndex;
    private final OptOuts optOuts;

    LinkageService(IdentifierStore identifiers, CohortStore cohorts, CohortService cohortService, PseudonymKeys keys,
            Outbox outbox, MeterRegistry metrics, Jobs jobs, PersonIndexKeeper personIndex, OptOuts optOuts,
            LinkageModels models, PersonIndexCache indexCache) {
        this.models = models;
        this.indexCache = indexCache;
        this.cohortService = cohortService;
        this.personIndex = personIndex;
        this.optOuts = optOuts;
        this.keys = keys;
        this.cohorts = cohorts;
        this.jobs = jobs;
        this.identifiers = identifiers;
        this.outbox = outbox;
        this.metrics = metrics;
    }

    /**
     * One run per application version whose agreement came into force: a redelivered activation, or a later
     * version of the same agreement (a renewal), finds its run already scheduled. The cohort it names is bound to
     * the application; an activation naming another organisation's cohort, or one bound to another application, is
     * refused (dead-lettered and alerted) and links nothing. A product not yet built fails closed with
     * linkage-failed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void schedule(AgreementActivated activated) {
        if (LinkageRun.forVersion(activated.applicationId(), activated.applicationVersion()).isPresent()) {
            return;
        }
        if (!activated.needsLinkage()) {
            Log.infof("application %s: a %s needs no linkage", activated.applicationId(), activated.productType());
            return;
        }
        UUID cohortId = activated.isSubscription() ? null : activated.cohortId();
        LinkageRun run = LinkageRun.pending(activated.applicationId(), activated.applicationVersion(),
                activated.organisationId(), activated.datasets(), cohortId, activated.needsCohort());
        run.productType = activated.productType();
        run.commonLawBasis = activated.commonLawBasis();
        run.decideOptOuts();
        if (cohortId != null) {
            Cohort.find(cohortId).ifPresent(cohort -> cohort.bindTo(activated.applicationId(),
                    activated.organisationId()));
        }
        run.persist();
        if (activated.isSubscription()) {
            Subscription.of(run).persist();
        }
    }

    /** The agreement ended: the cohort's identifiers go, and linkage not yet finished for it never will be. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void end(AgreementEnded ended) {
        cohortService.end(ended.cohortId(), ended.applicationId(), ended.organisationId(), ended.why());
        stop(ended.applicationId(), ended.organisationId(), ended.why());
    }

    /**
     * Cancels the application's unfinished runs and ends its subscriptions; another organisation's naming of it
     * changes nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void stop(UUID applicationId, String organisationId, String why) {
        for (Subscription subscription : Subscription.ofApplication(applicationId)) {
            if (subscription.organisationId.equals(organisationId)) {
                subscription.end(why);
            }
        }
        for (LinkageRun run : LinkageRun.ofApplication(applicationId)) {
            if (run.organisationId.equals(organisationId) && run.cancel(why)) {
                Log.warnf("linkage run %s cancelled: %s", run.id, why);
            }
        }
    }

    /**
     * A data manager's cohort file: loaded now, linked by the worker like any other run. A repeated
     * Idempotency-Key returns the first run if the file and mapping are the same, and is refused if not.
     */
    @Transactional
    public LinkageRun upload(String organisationId, String user, InputStream csv, ColumnMapping mapping,
            String idempotencyKey) {
        IdempotencyKeys.FingerprintedStream counted = IdempotencyKeys.fingerprinted(csv, mapping.toString());
        if (idempotencyKey != null) {
            Optional<LinkageRun> earlier = LinkageRun.byIdempotencyKey(organisationId, idempotencyKey);
            if (earlier.isPresent()) {
                IdempotencyKeys.requireSameRequest(earlier.get().idempotencyFingerprint, counted.drain());
                return earlier.get();
            }
        }
        LinkageRun run = LinkageRun.uploaded(organisationId, user);
        run.idempotencyKey = idempotencyKey;
        run.persistAndFlush();
        run.cohortSize = identifiers.loadUpload(run.id, counted, mapping);
        run.idempotencyFingerprint = idempotencyKey == null ? null : counted.fingerprint();
        return run;
    }

    /**
     * A release file's identifiers: loaded now, linked by the worker, its record-person links stored at the end. The
     * same file again answers with its run; another file under a version already linked is refused, as is a
     * version older than one already linked.
     */
    @Transactional
    public LinkageRun ingestRelease(String datasetCode, String releaseId, int fileVersion, String user,
            InputStream csv, ColumnMapping mapping) {
        IdempotencyKeys.FingerprintedStream counted = IdempotencyKeys.fingerprinted(csv, mapping.toString());
        for (LinkageRun earlier : LinkageRun.ofRelease(datasetCode, releaseId)) {
            if (earlier.fileVersion != null && earlier.fileVersion > fileVersion) {
                throw new IllegalTransitionException("release " + releaseId + " of " + datasetCode + " is already"
                        + " linked at file version " + earlier.fileVersion + "; file versions only go forward");
            }
            if (earlier.fileVersion == null || earlier.fileVersion == fileVersion) {
                if (counted.drain().equals(earlier.idempotencyFingerprint)) {
                    return earlier;
                }
                throw new IllegalTransitionException("file version " + fileVersion + " of release " + releaseId
                        + " of " + datasetCode + " was linked from another file; send a correction as file version "
                        + (fileVersion + 1));
            }
        }
        LinkageRun run = LinkageRun.release(datasetCode, releaseId, fileVersion, user);
        run.persistAndFlush();
        run.cohortSize = identifiers.loadUpload(run.id, counted, mapping);
        run.idempotencyFingerprint = counted.fingerprint();
        return run;
    }

    /** Takes the oldest run that is waiting, or whose worker's lease lapsed. */
    public Optional<Lease> claimNext() {
        return jobs.claim(LinkageRun.JOBS);
    }

    /**
     * Works on a claimed run: the bound cohort's members are copied into the run, then linked; a worker that lost
     * its lease stops at the next step and changes nothing.
     */
    public void execute(Lease lease) {
        jobs.work(lease, this::run, this::fail, this::giveUp);
    }

    private void run(Lease lease) {
        if (loadCohort(lease)) {
            jobs.checkpoint(lease);
            link(lease);
        } else {
            complete(lease, List.of(), null, null);
        }
    }

    boolean loadCohort(Lease lease) {
        LinkageRun run = jobs.inTransaction(() -> LinkageRun.<LinkageRun>findById(lease.jobId()));
        if (run.isUpload() || run.isRelease()) {
            return true;
        }
        if (!run.hasCohort()) {
            if (run.needsCohort) {
                throw new PermanentJobFailure("the approval of application " + run.applicationId + " names no cohort,"
                        + " but its product is built around one", null);
            }
            return false;
        }
        jobs.inTransaction(() -> {
            LinkageRun locked = lockedRun(lease);
            Cohort cohort = Cohort.find(locked.cohortId).orElseThrow(() -> new PermanentJobFailure(
                    "no cohort " + locked.cohortId + " was uploaded", null));
            if (cohort.isDeleted()) {
                throw new PermanentJobFailure("cohort " + cohort.id + " was deleted: " + cohort.deletedReason, null);
            }
            if (!locked.applicationId.equals(cohort.applicationId)
                    || !locked.organisationId.equals(cohort.organisationId)) {
                throw new PermanentJobFailure("cohort " + cohort.id + " is not bound to application "
                        + locked.applicationId, null);
            }
            locked.cohortSize = cohorts.copyToRun(cohort.id, locked.id);
            locked.progress(40);
            return null;
        });
        return true;
    }

    void link(Lease lease) {
        UUID runId = lease.jobId();
        IdentifierStore.Cohort cohort = identifiers.cohort(runId);
        PersonIndexCache.Snapshot snapshot = indexCache.current();
        int indexVersion = snapshot.version();
        List<PersonRecord> index = snapshot.records();
        long started = System.nanoTime();
        List<DeterministicMatch> ranked = linker.link(cohort.records(), snapshot.lookups());
        jobs.progress(lease, 60, 100);
        ProbabilisticOutcome probabilistic = linkProbabilistically(runId, cohort.records(), ranked, index,
                indexVersion);
        List<DeterministicMatch> matches = probabilistic.outcome().matches();
        long nanos = System.nanoTime() - started;
        metrics.timer("dars.linkage.duration").record(nanos, TimeUnit.NANOSECONDS);
        jobs.progress(lease, 80, 100);
        jobs.checkpoint(lease);
        QualityReport quality = DeterministicReports.withProbabilisticStage(
                DeterministicReports.of(matches, index.size(), nanos / 1_000_000), probabilistic.outcome().report());
        jobs.inTransaction(() -> {
            LinkageRun run = lockedRun(lease);
            List<DeterministicMatch> kept = matches;
            if (run.isRelease()) {
                PersonIndexKeeper.Kept changes = personIndex.keep(run, cohort.records(), matches, index);
                kept = changes.matches();
                run.personsAdded = changes.added();
                run.personsMerged = changes.merged();
                run.personIndexVersion = changes.indexVersion();
            } else {
                run.personIndexVersion = indexVersion;
            }
            run.modelIndexVersion = probabilistic.modelVersion();
            completeHeld(lease, kept, cohort, quality, probabilistic.outcome().probabilities());
            return null;
        });
    }

    private record ProbabilisticOutcome(ProbabilisticStage.Outcome outcome, Integer modelVersion) {
    }

    /**
     * The model of the index version the run links against is used when there is one; otherwise the run trains
     * one, which becomes that version's model. A run with too few records to train on uses the newest older model.
     */
    private ProbabilisticOutcome linkProbabilistically(UUID runId, List<PersonRecord> records,
            List<DeterministicMatch> ranked, List<PersonRecord> index, int indexVersion) {
        Optional<LinkageModels.Versioned> known = models.latestUpTo(indexVersion);
        boolean current = known.isPresent() && known.get().indexVersion() == indexVersion;
        ProbabilisticStage.Outcome outcome = probabilisticStage.complete(records, ranked, index,
                current ? known.get().model() : null, message -> Log.debugf("linkage run %s: %s", runId, message));
        if (!current && known.isPresent() && outcome.wantsModel()) {
            outcome = probabilisticStage.complete(records, ranked, index, known.get().model(),
                    message -> Log.debugf("linkage run %s: %s", runId, message));
        }
        if (!outcome.ran()) {
            Log.infof("linkage run %s: no probabilistic stage: %s", runId, outcome.skipped());
            return new ProbabilisticOutcome(outcome, null);
        }
        if (current) {
            return new ProbabilisticOutcome(outcome, indexVersion);
        }
        if (known.isPresent() && outcome.model() == known.get().model()) {
            return new ProbabilisticOutcome(outcome, known.get().indexVersion());
        }
        long unmatched = ranked.stream().filter(m -> !m.matched() && !m.ambiguous()).count();
        LinkageModels.Versioned saved = models.save(indexVersion, outcome.model(), runId, (int) unmatched);
        return new ProbabilisticOutcome(outcome, saved.indexVersion());
    }

    /** The results, the outcome and its event commit together, and only while this worker holds the lease. */
    void complete(Lease lease, List<DeterministicMatch> matches, IdentifierStore.Cohort cohort,
            QualityReport quality) {
        jobs.inTransaction(() -> {
            completeHeld(lease, matches, cohort, quality, null);
            return null;
        });
    }

    private void completeHeld(Lease lease, List<DeterministicMatch> matches, IdentifierStore.Cohort cohort,
            QualityReport quality, double[] probabilities) {
        UUID runId = lease.jobId();
        LinkageRun run = lockedRun(lease);
        run.quality = quality;
        if (cohort != null) {
            identifiers.saveMatches(runId, cohort, matches, probabilities);
        }
        if (run.personIndexVersion == null) {
            // A run without a cohort delivers the index's links as they stand now.
            run.personIndexVersion = personIndex.currentVersion();
        }
        if (!run.isUpload() && Boolean.TRUE.equals(run.optOutsApplied)) {
            run.optedOut = optOuts.apply(run);
        }
        LinkCounts counts = LinkCounts.of(matches);
        long rows = run.isRelease() ? identifiers.storeReleaseLinks(run) : identifiers.countResults(run);
        if (!run.isRelease()) {
            run.pseudonymKeyVersion = keys.current(run.organisationId).version();
        }
        run.complete(lease, counts, rows);
        metrics.counter("dars.linkage.records", "outcome", "matched").increment(counts.matched());
        metrics.counter("dars.linkage.records", "outcome", "unmatched").increment(counts.unmatched());
        metrics.counter("dars.linkage.records", "outcome", "ambiguous").increment(counts.ambiguous());
        if (run.isRelease()) {
            outbox.add(run.datasetCode + ":" + run.releaseId, ReleaseLinked.of(run));
            scheduleDeliveries(run);
        } else if (!run.isUpload()) {
            outbox.add(run.applicationId.toString(), LinkageCompleted.of(run));
        }
        Log.infof("linkage run %s: %d of %d matched, %d result rows", runId, counts.matched(), counts.cohortSize(),
                run.resultRows);
    }

    /** Each standard extract in force that takes the release's data set gets its next delivery, once. */
    private void scheduleDeliveries(LinkageRun release) {
        for (Subscription subscription : Subscription.activeFor(release.datasetCode)) {
            if (!LinkageRun.triggeredBy(subscription, release)) {
                LinkageRun.delivery(subscription, LinkageRun.lastDelivery(subscription.applicationId,
                        subscription.applicationVersion) + 1, release).persist();
                Log.infof("release %s of %s: next delivery of the standard extract of application %s",
                        release.releaseId, release.datasetCode, subscription.applicationId);
            }
        }
    }

    /** A superseded worker's failure is not the run's: only the lease holder may fail it. */
    void fail(Lease lease, String reason) {
        jobs.inTransaction(() -> {
            LinkageRun run = LinkageRun.findById(lease.jobId(), LockModeType.PESSIMISTIC_WRITE);
            if (!run.heldBy(lease)) {
                Log.warnf("linkage run %s was taken over; its failure in attempt %d is not recorded", run.id,
                        lease.attempt());
                return null;
            }
            if (run.attemptFailed(lease, reason, jobs.settings()) && !run.isUpload()) {
                outbox.add(run.applicationId.toString(), LinkageFailed.of(run));
            }
            return null;
        });
    }

    private void giveUp(Lease lease, String reason) {
        jobs.inTransaction(() -> {
            LinkageRun run = lockedRun(lease);
            run.failForGood(lease, reason);
            if (!run.isUpload()) {
                outbox.add(run.applicationId.toString(), LinkageFailed.of(run));
            }
            return null;
        });
    }

    /** The run, locked against a concurrent takeover, and only if this worker still holds its lease. */
    private static LinkageRun lockedRun(Lease lease) {
        LinkageRun run = LinkageRun.findById(lease.jobId(), LockModeType.PESSIMISTIC_WRITE);
        if (!run.heldBy(lease)) {
            throw new LeaseLostException(lease);
        }
        return run;
    }
}
