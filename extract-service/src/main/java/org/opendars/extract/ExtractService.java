package org.opendars.extract;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.opendars.extract.messaging.ApplicationApproved;
import org.opendars.extract.messaging.ExtractFailed;
import org.opendars.extract.messaging.ExtractReady;
import org.opendars.extract.messaging.LinkageCompleted;
import org.opendars.extract.messaging.Outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;

/** Builds each linkage run's extract once, from the approval in force, and hands it only to its organisation. */
@ApplicationScoped
public class ExtractService {

    private final ExtractFile files;
    private final LinkageClient linkage;
    private final Outbox outbox;
    private final MeterRegistry metrics;

    ExtractService(ExtractFile files, @RestClient LinkageClient linkage, Outbox outbox, MeterRegistry metrics) {
        this.files = files;
        this.linkage = linkage;
        this.outbox = outbox;
        this.metrics = metrics;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void noteApproved(ApplicationApproved approved) {
        if (ApprovedProduct.findById(new ApprovedProduct.Key(approved.applicationId(), approved.version())) != null) {
            return;
        }
        ApprovedProduct product = new ApprovedProduct();
        product.applicationId = approved.applicationId();
        product.applicationVersion = approved.version();
        product.organisationId = approved.organisationId();
        product.agreementReference = approved.agreementReference();
        product.productType = approved.productType();
        product.datasets = approved.datasets();
        product.approvedAt = approved.approvedAt() == null ? Instant.now() : approved.approvedAt();
        product.persist();
    }

    /** One extract per linkage run: a redelivered linkage-completed finds it already scheduled. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void schedule(LinkageCompleted completed) {
        if (!Extract.existsFor(completed.linkageRunId())) {
            Extract.pending(completed.applicationId(), completed.organisationId(), completed.linkageRunId(),
                    completed.resultsRef()).persist();
        }
    }

    /**
     * Takes the oldest waiting extract whose approval has arrived: the approval and the linkage result come on
     * different topics, so either may be first.
     */
    @Transactional
    public Optional<UUID> claimNext() {
        Instant now = Instant.now();
        Optional<Extract> next = Extract.<Extract>find("from Extract e where (e.status = ?1 or (e.status = ?2 and e.claimedAt < ?3))"
                + " and exists (select 1 from ApprovedProduct p where p.applicationId = e.applicationId)"
                + " order by e.createdAt", ExtractStatus.PENDING, ExtractStatus.BUILDING,
                now.minus(Extract.CLAIM_TIMEOUT))
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", -2)
                .firstResultOptional();
        Optional<Extract> claimed = next.filter(extract -> extract.claimable(now));
        claimed.ifPresent(Extract::claim);
        return claimed.map(extract -> extract.id);
    }

    public void build(UUID extractId) {
        try {
            write(extractId);
        } catch (RuntimeException e) {
            Log.errorf(e, "extract %s failed", extractId);
            fail(extractId, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    @Transactional
    void write(UUID extractId) {
        Extract extract = Extract.findById(extractId);
        ApprovedProduct product = ApprovedProduct.inForce(extract.applicationId).orElseThrow();
        ExtractFile.Written written;
        try (InputStream results = linkage.results(extract.linkageRunId)) {
            written = files.write(extract, product.datasets, results);
        } catch (IOException e) {
            throw new IllegalStateException("could not read linkage run " + extract.linkageRunId, e);
        }
        extract.ready(written.rows(), written.sha256(), written.fileName());
        outbox.add("extract-ready", extract.applicationId.toString(), ExtractReady.of(extract));
        metrics.counter("dars.extract.rows").increment(written.rows());
        Log.infof("extract %s ready: %d rows, sha256 %s", extract.id, written.rows(), written.sha256());
    }

    @Transactional
    void fail(UUID extractId, String reason) {
        Extract extract = Extract.findById(extractId);
        if (extract.attemptFailed(reason)) {
            outbox.add("extract-failed", extract.applicationId.toString(), ExtractFailed.of(extract));
        }
    }

    @Transactional
    public void audit(Extract extract, String user, String organisationId, String remoteAddress) {
        DownloadAudit.of(extract.id, user, organisationId, remoteAddress).persist();
    }
}
