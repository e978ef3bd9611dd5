package org.opendars.kit.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Claims jobs, keeps the claims alive while the work runs, and notices when one was taken over. A claim takes the
 * oldest waiting job whose backoff has passed, or a running one whose lease lapsed (its worker died); either way
 * it counts an attempt and issues a new fencing token, so a worker that died mid-job (even by killing its JVM)
 * uses up its attempts and the job is then failed for good rather than retried for ever.
 */
@ApplicationScoped
public class Jobs {

    private final AgroalDataSource dataSource;
    private final JobSettings settings;
    private final MeterRegistry metrics;
    private final Map<UUID, Lease> held = new ConcurrentHashMap<>();
    private final Set<UUID> lost = ConcurrentHashMap.newKeySet();

    Jobs(AgroalDataSource dataSource, JobSettings settings, MeterRegistry metrics) {
        this.dataSource = dataSource;
        this.settings = settings;
        this.metrics = metrics;
    }

    public JobSettings settings() {
        return settings;
    }

    /** Claims the next job of the table, if any; the caller must {@link #release} it when done, whatever happens. */
    public Optional<Lease> claim(JobTable jobs) {
        String sql = """
                with next as (
                    select j.id from %1$s j
                     where ((j.status = ? and (j.next_attempt_at is null or j.next_attempt_at <= now()))
                            or (j.status = ? and j.lease_expires_at < now()))%2$s
                     order by j.created_at
                     for update skip locked
                     limit 1)
                update %1$s j
                   set status = ?, lease_token = gen_random_uuid(),
                       lease_expires_at = now() + ? * interval '1 millisecond', attempts = j.attempts + 1,
                       claimed_at = now(), next_attempt_at = null, row_version = j.row_version + 1
                  from next
                 where j.id = next.id
                returning j.id, j.lease_token, j.attempts"""
                .formatted(jobs.table(), jobs.readyWhen() == null ? "" : " and (" + jobs.readyWhen() + ")");
        try (Connection connection = dataSource.getConnection(); PreparedStatement claim = connection.prepareStatement(sql)) {
            connection.setAutoCommit(true);
            claim.setString(1, jobs.waitingStatus());
            claim.setString(2, jobs.runningStatus());
            claim.setString(3, jobs.runningStatus());
            claim.setLong(4, settings.lease().toMillis());
            try (ResultSet result = claim.executeQuery()) {
                if (!result.next()) {
                    return Optional.empty();
                }
                Lease lease = new Lease(jobs, result.getObject(1, UUID.class), result.getObject(2, UUID.class),
                        result.getInt(3));
                held.put(lease.token(), lease);
                metrics.counter("dars.jobs.claims", "table", jobs.table()).increment();
                if (lease.attempt() > 1) {
                    Log.infof("claimed %s %s, attempt %d", jobs.table(), lease.jobId(), lease.attempt());
                }
                return Optional.of(lease);
            }
        } catch (SQLException e) {
            Log.warnf("cannot claim from %s: %s", jobs.table(), e.getMessage());
            return Optional.empty();
        }
    }

    /** True when the attempts are used up: the worker must fail the job for good instead of working on it. */
    public boolean attemptsSpent(Lease lease) {
        return lease.attempt() > settings.maxAttempts();
    }

    /** Stops renewing the lease; the row itself says whether the job is done, failed or waiting again. */
    public void release(Lease lease) {
        held.remove(lease.token());
        lost.remove(lease.token());
    }

    /** Throws when another replica took the job over; call between steps so a superseded worker stops early. */
    public void checkpoint(Lease lease) {
        if (lost.contains(lease.token())) {
            throw new LeaseLostException(lease);
        }
    }

    /** Records real progress, as a share of the rows or records processed, while the lease is held. */
    public void progress(Lease lease, long done, long total) {
        int percent = total <= 0 ? 0 : (int) Math.min(99, done * 100 / total);
        update(lease, "update %s set percent_done = greatest(percent_done, ?) where id = ? and lease_token = ?",
                percent);
    }

    /**
     * Runs one claimed job: work while the attempts last, else {@code giveUp} with the reason; a failure goes to
     * {@code fail} with its reason, a {@link PermanentJobFailure} straight to {@code giveUp}; a lost lease ends the
     * work quietly (the new holder owns the outcome). The lease is released whatever happens.
     */
    public void work(Lease lease, Consumer<Lease> work, BiConsumer<Lease, String> fail,
            BiConsumer<Lease, String> giveUp) {
        try {
            if (attemptsSpent(lease)) {
                giveUp.accept(lease, "started " + (lease.attempt() - 1) + " times and its worker was lost each time");
            } else {
                work.accept(lease);
            }
        } catch (LeaseLostException e) {
            Log.warnf("%s; leaving it to the replica that took it over", e.getMessage());
        } catch (PermanentJobFailure e) {
            Log.warnf("%s %s failed for good: %s", lease.table().table(), lease.jobId(), e.getMessage());
            giveUp.accept(lease, e.getMessage());
        } catch (RuntimeException e) {
            Log.errorf(e, "%s %s failed (attempt %d)", lease.table().table(), lease.jobId(), lease.attempt());
            fail.accept(lease, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } finally {
            release(lease);
        }
    }

    /** A transaction bounded by the configured job timeout rather than the 60 s default. */
    public <T> T inTransaction(Callable<T> work) {
        return QuarkusTransaction.requiringNew().timeout(settings.transactionTimeoutSeconds()).call(work);
    }

    /**
     * Streams a remote claim check to a temporary file with no transaction open, counting its lines as progress
     * (as {@code share} percent of the job for {@code expectedLines}, when known) and stopping if the lease is
     * lost.
     */
    public Path fetchToFile(Lease lease, Callable<InputStream> source, long expectedLines, int share) {
        Path file = null;
        try {
            file = Files.createTempFile(lease.table().table() + "-" + lease.jobId(), ".csv");
            try (InputStream in = source.call(); OutputStream out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[64 * 1024];
                long lines = 0;
                long reported = 0;
                for (int read; (read = in.read(buffer)) >= 0;) {
                    out.write(buffer, 0, read);
                    for (int i = 0; i < read; i++) {
                        lines += buffer[i] == '\n' ? 1 : 0;
                    }
                    if (expectedLines > 0 && lines - reported >= 10_000) {
                        checkpoint(lease);
                        progress(lease, lines * share / 100, Math.max(1, expectedLines));
                        reported = lines;
                    }
                }
            }
            return file;
        } catch (RuntimeException e) {
            deleteQuietly(file);
            throw e;
        } catch (Exception e) {
            deleteQuietly(file);
            throw new IllegalStateException("could not fetch the input of " + lease.table().table() + " "
                    + lease.jobId() + ": " + e.getMessage(), e);
        }
    }

    public static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                Log.warnf("could not delete %s: %s", file, e.getMessage());
            }
        }
    }

    @Scheduled(every = "${dars.jobs.heartbeat:3s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void heartbeat() {
        for (Lease lease : held.values()) {
            if (!lost.contains(lease.token()) && !update(lease, "update %s set lease_expires_at = now() + ?"
                    + " * interval '1 millisecond' where id = ? and lease_token = ?", settings.lease().toMillis())) {
                lost.add(lease.token());
                metrics.counter("dars.jobs.leases-lost", "table", lease.table().table()).increment();
                Log.warnf("lost the lease on %s %s (attempt %d)", lease.table().table(), lease.jobId(), lease.attempt());
            }
        }
    }

    /** Returns false only when the row no longer carries this lease; a database error keeps the lease for now. */
    private boolean update(Lease lease, String sql, long value) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(sql.formatted(lease.table().table()))) {
            connection.setAutoCommit(true);
            update.setLong(1, value);
            update.setObject(2, lease.jobId());
            update.setObject(3, lease.token());
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            Log.warnf("cannot renew the lease on %s: %s", lease.jobId(), e.getMessage());
            return true;
        }
    }
}
