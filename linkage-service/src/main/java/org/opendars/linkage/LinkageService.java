package org.opendars.linkage;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.opendars.linkage.engine.PersonRecord;
import org.opendars.linkage.engine.deterministic.DeterministicLinker;
import org.opendars.linkage.engine.deterministic.DeterministicMatch;
import org.opendars.linkage.engine.deterministic.PersonIndex;
import org.opendars.linkage.engine.deterministic.PostcodeIgnoreList;
import org.opendars.linkage.engine.quality.DeterministicReports;
import org.opendars.linkage.engine.quality.QualityReport;
import org.opendars.linkage.messaging.ApplicationApproved;
import org.opendars.linkage.messaging.LinkageCompleted;
import org.opendars.linkage.messaging.LinkageFailed;
import org.opendars.linkage.messaging.Outbox;
import org.opendars.linkage.messaging.ReleaseLinked;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;

/**
 * Bespoke linkage of approved cohorts. Each step is its own transaction, so a crash loses at most the step under
 * way; the run, its results, its completion and its event commit together at the end.
 */
@ApplicationScoped
public class LinkageService {

    private final IdentifierStore identifiers;
    private final ApplicationsClient applications;
    private final Outbox outbox;
    private final MeterRegistry metrics;
    private final DeterministicLinker linker = DeterministicLinker.hesDefault(PostcodeIgnoreList.empty());

    LinkageService(IdentifierStore identifiers, @RestClient ApplicationsClient applications, Outbox outbox,
            MeterRegistry metrics) {
        this.identifiers = identifiers;
        this.applications = applications;
        this.outbox = outbox;
        this.metrics = metrics;
    }

    /** One run per approved application version: a redelivered approval finds its run already scheduled. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void schedule(ApplicationApproved approved) {
        if (LinkageRun.forVersion(approved.applicationId(), approved.version()).isEmpty()) {
            LinkageRun.pending(approved.applicationId(), approved.version(), approved.organisationId(),
                    approved.datasets(), approved.cohortSize()).persist();
        }
    }

    /** A data manager's cohort file: loaded now, linked by the worker like any other run. */
    @Transactional
    public LinkageRun upload(String organisationId, String user, InputStream csv, ColumnMapping mapping,
            String idempotencyKey) {
        if (idempotencyKey != null) {
            Optional<LinkageRun> earlier = LinkageRun.byIdempotencyKey(organisationId, idempotencyKey);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        LinkageRun run = LinkageRun.uploaded(organisationId, user);
        run.idempotencyKey = idempotencyKey;
        run.persistAndFlush();
        run.cohortSize = identifiers.loadUpload(run.id, csv, mapping);
        return run;
    }

    /** A release's identifier file: loaded now, linked by the worker, its record-person links stored at the end. */
    @Transactional
    public LinkageRun ingestRelease(String datasetCode, String releaseId, String user, InputStream csv,
            ColumnMapping mapping) {
        if (LinkageRun.ofRelease(datasetCode, releaseId).isPresent()) {
            throw new IllegalTransitionException("release " + releaseId + " of " + datasetCode + " is already linked");
        }
        LinkageRun run = LinkageRun.release(datasetCode, releaseId, user);
        run.persistAndFlush();
        run.cohortSize = identifiers.loadUpload(run.id, csv, mapping);
        return run;
    }

    /** Takes the oldest run that is waiting, or whose previous claimant went quiet. */
    @Transactional
    public Optional<UUID> claimNext() {
        Instant now = Instant.now();
        Optional<LinkageRun> next = LinkageRun.<LinkageRun>find(
                "status = ?1 or (status = ?2 and claimedAt < ?3) order by createdAt", RunStatus.PENDING,
                RunStatus.RUNNING, now.minus(LinkageRun.CLAIM_TIMEOUT))
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", -2)
                .firstResultOptional();
        Optional<LinkageRun> claimed = next.filter(run -> run.claimable(now));
        claimed.ifPresent(LinkageRun::claim);
        return claimed.map(run -> run.id);
    }

    public void execute(UUID runId) {
        try {
            if (loadCohort(runId)) {
                link(runId);
            } else {
                complete(runId, List.of(), null, null);
            }
        } catch (RuntimeException e) {
            Log.errorf(e, "linkage run %s failed", runId);
            fail(runId, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    @Transactional
    boolean loadCohort(UUID runId) {
        LinkageRun run = LinkageRun.findById(runId);
        if (run.isUpload()) {
            return true;
        }
        if (!run.hasCohort()) {
            return false;
        }
        try (InputStream csv = applications.cohort(run.applicationId)) {
            run.cohortSize = identifiers.loadCohort(runId, csv);
        } catch (IOException e) {
            throw new IllegalStateException("could not read the cohort of application " + run.applicationId, e);
        }
        run.progress(40);
        return true;
    }

    void link(UUID runId) {
        IdentifierStore.Cohort cohort = identifiers.cohort(runId);
        List<PersonRecord> index = identifiers.personIndex();
        long started = System.nanoTime();
        List<DeterministicMatch> matches = linker.link(cohort.records(), PersonIndex.of(index));
        long nanos = System.nanoTime() - started;
        metrics.timer("dars.linkage.duration").record(nanos, TimeUnit.NANOSECONDS);
        complete(runId, matches, cohort, DeterministicReports.of(matches, index.size(), nanos / 1_000_000));
    }

    @Transactional
    void complete(UUID runId, List<DeterministicMatch> matches, IdentifierStore.Cohort cohort,
            QualityReport quality) {
        LinkageRun run = LinkageRun.findById(runId);
        run.quality = quality;
        if (cohort != null) {
            identifiers.saveMatches(runId, cohort, matches);
        }
        LinkCounts counts = LinkCounts.of(matches);
        long rows = run.isRelease() ? identifiers.storeReleaseLinks(run) : identifiers.countResults(run);
        run.complete(counts, rows);
        metrics.counter("dars.linkage.records", "outcome", "matched").increment(counts.matched());
        metrics.counter("dars.linkage.records", "outcome", "unmatched").increment(counts.unmatched());
        metrics.counter("dars.linkage.records", "outcome", "ambiguous").increment(counts.ambiguous());
        if (run.isRelease()) {
            outbox.add("release-linked", run.datasetCode + ":" + run.releaseId, ReleaseLinked.of(run));
        } else if (!run.isUpload()) {
            outbox.add("linkage-completed", run.applicationId.toString(), LinkageCompleted.of(run));
        }
        Log.infof("linkage run %s: %d of %d matched, %d result rows", runId, counts.matched(), counts.cohortSize(),
                run.resultRows);
    }

    @Transactional
    void fail(UUID runId, String reason) {
        LinkageRun run = LinkageRun.findById(runId);
        if (run.attemptFailed(reason) && !run.isUpload()) {
            outbox.add("linkage-failed", run.applicationId.toString(), LinkageFailed.of(run));
        }
    }
}
