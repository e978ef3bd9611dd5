package org.opendars.extract;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.opendars.extract.messaging.AgreementActivated;
import org.opendars.extract.messaging.AgreementEnded;
import org.opendars.extract.messaging.ExtractFailed;
import org.opendars.extract.messaging.ExtractReady;
import org.opendars.extract.messaging.LinkageCompleted;
import org.opendars.kit.messaging.Outbox;
import org.opendars.kit.messaging.UntrustedEventException;

import org.opendars.kit.jobs.Jobs;
import org.opendars.kit.jobs.Lease;
import org.opendars.kit.jobs.LeaseLostException;
import org.opendars.kit.jobs.PermanentJobFailure;
import org.opendars.kit.problem.NotFoundProblem;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;

/** Builds each linkage run's extract once, from the approval in force, and hands it only to its organisation. */
@ApplicationScoped
public class ExtractService {

    private final ExtractStore store;
    private final Jobs jobs;
    private final LinkageClient linkage;
    private final Outbox outbox;
    private final MeterRegistry metrics;

    ExtractService(ExtractStore store, @RestClient LinkageClient linkage, Outbox outbox, MeterRegistry metrics,
            Jobs jobs) {
        this.store = store;
        this.jobs = jobs;
        this.linkage = linkage;
        this.outbox = outbox;
        this.metrics = metrics;
    }

    /**
     * The agreement for an application came into force. A redelivery changes nothing; a later version of the same
     * agreement (a renewal or extension) takes over the product, and what was delivered continues under it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void noteActivated(AgreementActivated activated) {
        if (activated.datasets().isEmpty()) {
            // Nothing could ever be released under it: refused (and dead-lettered with this reason), not stored.
            throw new IllegalArgumentException("agreement " + activated.reference() + " v" + activated.version()
                    + " names no data sets");
        }
        ApprovedProduct existing = ApprovedProduct.findById(new ApprovedProduct.Key(activated.applicationId(),
                activated.applicationVersion()));
        if (existing != null) {
            if (!existing.organisationId.equals(activated.organisationId())) {
                throw new UntrustedEventException("agreement-activated names organisation "
                        + activated.organisationId() + " for application " + activated.applicationId()
                        + ", whose product is for " + existing.organisationId);
            }
            if (activated.version() > existing.agreementVersion) {
                existing.agreementVersion = activated.version();
                existing.datasets = activated.datasets();
                Log.infof("application %s now delivered under %s", activated.applicationId(), existing.agreement());
            }
            return;
        }
        ApprovedProduct product = new ApprovedProduct();
        product.applicationId = activated.applicationId();
        product.applicationVersion = activated.applicationVersion();
        product.organisationId = activated.organisationId();
        product.agreementReference = activated.reference();
        product.agreementVersion = activated.version();
        product.productType = activated.productType();
        product.datasets = activated.datasets();
        product.approvedAt = activated.activatedAt() == null ? Instant.now() : activated.activatedAt();
        product.persist();
        // A tabulation counts content alone: it is built now, with no linkage run to wait for.
        if ("TABULATION".equals(product.productType)
                && !Extract.tabulationExists(product.applicationId, product.applicationVersion)) {
            Extract tabulation = Extract.tabulation(product.applicationId, product.applicationVersion,
                    product.organisationId);
            WithheldApplication withheld = WithheldApplication.findById(product.applicationId);
            if (withheld != null) {
                tabulation.withhold(withheld.reason);
            }
            tabulation.persist();
        }
    }

    /**
     * The agreement ended (expired, revoked, or the application withdrawn): every delivery for the application is
     * refused from now on, its bytes purged and its record kept, and builds not yet done never will be. The end of
     * a version a later one already replaced changes nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void end(AgreementEnded ended) {
        Optional<ApprovedProduct> product = ApprovedProduct.inForce(ended.applicationId());
        if (product.isPresent() && !product.get().organisationId.equals(ended.organisationId())) {
            throw new UntrustedEventException("the end of agreement " + ended.reference() + " names organisation "
                    + ended.organisationId() + ", but application " + ended.applicationId() + " is delivered to "
                    + product.get().organisationId);
        }
        if (product.isPresent() && product.get().agreementReference.equals(ended.reference())
                && product.get().agreementVersion > ended.version()) {
            Log.infof("%s v%d ended after %s took over: deliveries continue", ended.reference(), ended.version(),
                    product.get().agreement());
            return;
        }
        withhold(ended.applicationId(), ended.why(), "approvals-service");
    }

    /**
     * One extract per linkage run: a redelivered linkage-completed finds it already scheduled. A result naming
     * another organisation than the approval did is refused (dead-lettered and alerted); when the approval comes
     * later, the build checks the same.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void schedule(LinkageCompleted completed) {
        Optional<ApprovedProduct> approval = ApprovedProduct.inForce(completed.applicationId());
        if (approval.isPresent() && !approval.get().organisationId.equals(completed.organisationId())) {
            throw new UntrustedEventException("linkage-completed names organisation " + completed.organisationId()
                    + " for application " + completed.applicationId() + ", whose approval names "
                    + approval.get().organisationId);
        }
        if (!Extract.existsFor(completed.linkageRunId())) {
            Extract extract = Extract.pending(completed.applicationId(), completed.organisationId(),
                    completed.linkageRunId(), completed.resultsRef(), completed.resultRows());
            extract.pseudonymKeyVersion = completed.pseudonymKeyVersion();
            extract.personIndexVersion = completed.personIndexVersion();
            extract.optOutsApplied = completed.optOutsApplied();
            extract.optedOut = completed.optedOut();
            extract.optOutExemption = completed.optOutExemption();
            extract.productType = completed.productType();
            extract.delivery = completed.delivery() == null ? 1 : completed.delivery();
            if (completed.trigger() != null) {
                extract.triggerDataset = completed.trigger().datasetCode();
                extract.triggerRelease = completed.trigger().releaseId();
                extract.triggerFileVersion = completed.trigger().fileVersion();
            }
            WithheldApplication withheld = WithheldApplication.findById(completed.applicationId());
            if (withheld != null) {
                extract.withhold(withheld.reason);
            }
            extract.persist();
        }
    }

    /**
     * Takes the oldest waiting extract whose approval has arrived (the approval and the linkage result come on
     * different topics, so either may be first), or one whose worker's lease lapsed.
     */
    public Optional<Lease> claimNext() {
        return jobs.claim(Extract.JOBS);
    }

    /**
     * Builds a claimed extract: the linkage results are pulled over HTTP into a local file with no transaction
     * open; the join, the encrypted file, the ready state and its event then commit together in one bounded
     * transaction, and only while this worker holds the lease.
     */
    public void build(Lease lease) {
        jobs.work(lease, this::write, this::fail, this::giveUp);
    }

    private void write(Lease lease) {
        Extract claimed = jobs.inTransaction(() -> Extract.<Extract>findById(lease.jobId()));
        Path results = claimed.linkageRunId == null ? null
                : jobs.fetchToFile(lease, () -> resultsOf(claimed.linkageRunId), claimed.resultRows, 50);
        try {
            jobs.checkpoint(lease);
            jobs.inTransaction(() -> {
                Extract extract = locked(lease);
                ApprovedProduct product = ApprovedProduct.inForce(extract.applicationId)
                        .orElseThrow(() -> new PermanentJobFailure("application " + extract.applicationId
                                + " has no approval in force", null));
                if (!product.organisationId.equals(extract.organisationId)) {
                    metrics.counter("dars.events.untrusted", "topic", "linkage-completed").increment();
                    Log.errorf("ALERT: extract %s was linked for organisation %s but application %s is approved"
                            + " for %s; not built", extract.id, extract.organisationId, extract.applicationId,
                            product.organisationId);
                    throw new PermanentJobFailure("the linkage result names another organisation than the approval",
                            null);
                }
                if (!product.productType.equals("TABULATION") && extract.linkageRunId == null
                        || product.productType.equals("TABULATION") && extract.linkageRunId != null) {
                    throw new PermanentJobFailure("a " + product.productType + " is not built from "
                            + (extract.linkageRunId == null ? "content alone" : "linkage results") + " under "
                            + product.agreement(), null);
                }
                ExtractStore.Stored stored;
                try {
                    stored = store.write(extract, product, results);
                } catch (ContentQuery.Refused refused) {
                    throw new PermanentJobFailure(refused.getMessage() + " (under " + product.agreement() + ")", null);
                }
                extract.ready(lease, stored);
                outbox.add(extract.applicationId.toString(), ExtractReady.of(extract, product));
                metrics.counter("dars.extract.rows").increment(stored.rows());
                Log.infof("extract %s ready: %d rows, %d bytes, sha256 %s", extract.id, stored.rows(),
                        stored.sizeBytes(), stored.sha256());
                return null;
            });
        } finally {
            Jobs.deleteQuietly(results);
        }
    }

    /** A linkage run that linkage-service does not know will never have results to pull. */
    private InputStream resultsOf(UUID linkageRunId) {
        try {
            return linkage.results(linkageRunId);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                throw new PermanentJobFailure("linkage-service knows no results of run " + linkageRunId, e);
            }
            throw e;
        }
    }

    /** A superseded worker's failure is not the extract's: only the lease holder may fail it. */
    void fail(Lease lease, String reason) {
        jobs.inTransaction(() -> {
            Extract extract = Extract.findById(lease.jobId(), LockModeType.PESSIMISTIC_WRITE);
            if (!extract.heldBy(lease)) {
                Log.warnf("extract %s was taken over; its failure in attempt %d is not recorded", extract.id,
                        lease.attempt());
            } else if (extract.attemptFailed(lease, reason, jobs.settings())) {
                outbox.add(extract.applicationId.toString(), ExtractFailed.of(extract));
            }
            return null;
        });
    }

    private void giveUp(Lease lease, String reason) {
        jobs.inTransaction(() -> {
            Extract extract = locked(lease);
            extract.failForGood(lease, reason);
            outbox.add(extract.applicationId.toString(), ExtractFailed.of(extract));
            return null;
        });
    }

    private static Extract locked(Lease lease) {
        Extract extract = Extract.findById(lease.jobId(), LockModeType.PESSIMISTIC_WRITE);
        if (!extract.heldBy(lease)) {
            throw new LeaseLostException(lease);
        }
        return extract;
    }

    /** Deletes the file's bytes for good; the record of the delivery stays. */
    @Transactional
    public Extract purge(UUID extractId, String user) {
        Extract extract = Extract.<Extract>findByIdOptional(extractId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NotFoundProblem("no extract " + extractId));
        extract.purge(user);
        long chunks = store.deleteBytes(extractId);
        Log.infof("extract %s purged by %s: %d chunks deleted", extractId, user, chunks);
        return extract;
    }

    /**
     * A rejection, a withdrawal or the end of the agreement: nothing more is built or served for the application,
     * and no bytes remain; the records of what was delivered stay.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void withhold(UUID applicationId, String reason, String decidedBy) {
        if (WithheldApplication.isWithheld(applicationId)) {
            return;
        }
        WithheldApplication.of(applicationId, reason, decidedBy).persist();
        for (Extract extract : Extract.ofApplication(applicationId)) {
            if (extract.withhold(reason)) {
                long chunks = store.deleteBytes(extract.id);
                Log.warnf("extract %s withheld (%s): %d chunks deleted", extract.id, reason, chunks);
            }
        }
    }

    @Transactional
    public void audit(Extract extract, String user, String organisationId, String remoteAddress) {
        DownloadAudit.of(extract.id, user, organisationId, remoteAddress).persist();
    }
}
