package org.opendars.extract;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.opendars.extract.messaging.ReleaseIngested;
import org.opendars.kit.messaging.Outbox;
import org.opendars.kit.problem.IllegalTransitionException;
import org.opendars.kit.problem.NotFoundProblem;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;

/**
 * A data manager's release file of content (its identifiers went to linkage-service): loaded into the data set's
 * typed table in one transaction with the file's record and its {@code release-ingested} event. The same file again
 * changes nothing; a new file version supersedes the earlier one.
 */
@ApplicationScoped
public class ReleaseIngestion {

    /** The file as recorded, whether this request loaded it, and the files it took over from. */
    public record Ingested(ReleaseFile file, boolean loaded, List<ReleaseFile> superseded) {
    }

    private final ContentStore store;
    private final Outbox outbox;
    private final MeterRegistry metrics;

    ReleaseIngestion(ContentStore store, Outbox outbox, MeterRegistry metrics) {
        this.store = store;
        this.outbox = outbox;
        this.metrics = metrics;
    }

    @Transactional
    public Ingested ingest(String datasetCode, String releaseId, int fileVersion, FinancialYear year,
            ReleasePeriod period, String user, InputStream body) {
        ContentTable table = ContentTable.of(datasetCode).orElseThrow(() -> new NotFoundProblem("this service holds"
                + " no content of data set " + datasetCode + "; it holds " + ContentTable.all().stream()
                        .map(ContentTable::datasetCode).toList()));
        store.lock(datasetCode);
        List<ReleaseFile> versions = ReleaseFile.ofRelease(datasetCode, releaseId);
        for (ReleaseFile version : versions) {
            version.requireSameRelease(year, period);
            if (version.fileVersion > fileVersion) {
                throw new IllegalTransitionException("release " + releaseId + " of " + datasetCode + " is already at"
                        + " file version " + version.fileVersion + "; file versions only go forward");
            }
        }
        ContentStore.Staged staged = store.stage(table, body);
        var earlier = ReleaseFile.find(datasetCode, releaseId, fileVersion);
        if (earlier.isPresent()) {
            if (earlier.get().sha256.equals(staged.sha256())) {
                return new Ingested(earlier.get(), false, List.of());
            }
            throw new IllegalTransitionException("file version " + fileVersion + " of release " + releaseId + " of "
                    + datasetCode + " was loaded with other content (sha256 " + earlier.get().sha256 + "); send a"
                    + " correction as file version " + (fileVersion + 1));
        }
        long rows = store.insert(table, staged, year, releaseId, fileVersion);
        ReleaseFile file = ReleaseFile.received(datasetCode, releaseId, fileVersion, year, period, staged.sha256(),
                rows, user);
        List<ReleaseFile> superseded = settle(file, versions, ReleaseFile.currentOf(datasetCode, year.startYear()),
                table.accumulation());
        file.persist();
        outbox.add(datasetCode + ":" + releaseId, ReleaseIngested.of(file, superseded));
        metrics.counter("dars.release.rows", "dataset", datasetCode).increment(rows);
        Log.infof("release %s of %s loaded by %s: %d rows, %s, superseding %s", file.label(), datasetCode, user, rows,
                file.status, superseded.stream().map(ReleaseFile::label).toList());
        return new Ingested(file, true, superseded);
    }

    /**
     * Which files the incoming one takes over from: always the earlier versions of its own release; for a data set
     * whose releases restate the year to date, every file in force for an earlier or the same period of its year;
     * and an annual refresh, every file of its year. A file for a period older than one in force that restates it
     * is kept but is not in force itself.
     */
    static List<ReleaseFile> settle(ReleaseFile incoming, List<ReleaseFile> sameRelease,
            List<ReleaseFile> currentOfYear, ContentTable.Accumulation accumulation) {
        List<ReleaseFile> superseded = new ArrayList<>();
        for (ReleaseFile version : sameRelease) {
            if (version.isCurrent()) {
                version.supersede(incoming);
                superseded.add(version);
            }
        }
        List<ReleaseFile> others = currentOfYear.stream()
                .filter(f -> !f.releaseId.equals(incoming.releaseId) && f.isCurrent()).toList();
        boolean restatesYear = accumulation == ContentTable.Accumulation.YEAR_TO_DATE
                || incoming.releasePeriod().isAnnualRefresh();
        // A month of a data set that brings only what is new stands beside the others, unless the year is closed.
        var later = others.stream().filter(f -> f.releasePeriod().compareTo(incoming.releasePeriod()) > 0
                && (accumulation == ContentTable.Accumulation.YEAR_TO_DATE || f.releasePeriod().isAnnualRefresh()))
                .findFirst();
        if (later.isPresent()) {
            incoming.arrivedLate(later.get());
        } else if (restatesYear) {
            for (ReleaseFile other : others) {
                other.supersede(incoming);
                superseded.add(other);
            }
        }
        return superseded;
    }
}
