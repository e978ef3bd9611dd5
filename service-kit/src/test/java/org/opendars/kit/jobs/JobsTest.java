package org.opendars.kit.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendars.testing.KafkaTestResource;
import org.opendars.testing.OidcTestResource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Leases of 2 s renewed every 0.5 s (the test configuration), against a real job table. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(OidcTestResource.class)
class JobsTest {

    static final JobTable TABLE = new JobTable("test_job", "PENDING", "RUNNING");

    @Inject
    Jobs jobs;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void emptyTable() {
        sql("delete from test_job");
    }

    private void sql(String statement) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(statement).executeUpdate());
    }

    private UUID waitingJob() {
        UUID id = UUID.randomUUID();
        sql("insert into test_job (id, status, created_at) values ('" + id + "', 'PENDING', now())");
        return id;
    }

    private Object column(UUID id, String column) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select " + column + " from test_job where id = '" + id + "'").getSingleResult());
    }

    @Test
    void givesEachWaitingJobToOneClaimantAtATime() {
        UUID id = waitingJob();
        Lease lease = jobs.claim(TABLE).orElseThrow();
        assertThat(lease.jobId()).isEqualTo(id);
        assertThat(lease.attempt()).isEqualTo(1);
        assertThat(jobs.claim(TABLE)).isEmpty();
        jobs.release(lease);
    }

    @Test
    void keepsAWorkingClaimAliveWellPastItsLease() {
        UUID id = waitingJob();
        Lease lease = jobs.claim(TABLE).orElseThrow();
        await().pollDelay(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(6)).until(() -> true);
        assertThat(jobs.claim(TABLE)).isEmpty();
        jobs.checkpoint(lease);
        assertThat(column(id, "lease_token")).isEqualTo(lease.token());
        jobs.release(lease);
    }

    @Test
    void letsAnotherWorkerTakeOverALapsedClaimAndFencesTheFirstOut() {
        UUID id = waitingJob();
        Lease first = jobs.claim(TABLE).orElseThrow();
        jobs.release(first); // the worker dies: no more heartbeats

        Lease second = await().atMost(Duration.ofSeconds(6)).until(() -> jobs.claim(TABLE), Optional::isPresent).get();
        assertThat(second.jobId()).isEqualTo(id);
        assertThat(second.attempt()).isEqualTo(2);
        assertThat(second.token()).isNotEqualTo(first.token());
        jobs.progress(first, 50, 100);
        assertThat(column(id, "percent_done")).isEqualTo(0);
        jobs.progress(second, 50, 100);
        assertThat(column(id, "percent_done")).isEqualTo(50);
        jobs.release(second);
    }

    @Test
    void tellsAWorkerThatWasPausedPastItsLeaseThatItLostTheJob() {
        waitingJob();
        Lease paused = jobs.claim(TABLE).orElseThrow();
        // The heartbeat may renew the paused lease between the expiry and the claim: expire and claim until taken.
        Lease taker = await().atMost(Duration.ofSeconds(10)).until(() -> {
            sql("update test_job set lease_expires_at = now() - interval '1 second'");
            return jobs.claim(TABLE);
        }, java.util.Optional::isPresent).orElseThrow();
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThatThrownBy(() -> jobs.checkpoint(paused))
                .isInstanceOf(LeaseLostException.class));
        jobs.checkpoint(taker);
        jobs.release(paused);
        jobs.release(taker);
    }

    @Test
    void countsATakeoverAsAnAttemptSoAJobThatKillsItsWorkerEndsUp() {
        waitingJob();
        Lease lease = null;
        for (int attempt = 1; attempt <= 4; attempt++) {
            lease = jobs.claim(TABLE).orElseThrow();
            assertThat(lease.attempt()).isEqualTo(attempt);
            jobs.release(lease);
            sql("update test_job set lease_expires_at = now() - interval '1 second'");
        }
        assertThat(jobs.attemptsSpent(lease)).isTrue();
    }

    @Test
    void waitsOutTheBackoffBeforeTheNextAttempt() {
        UUID id = waitingJob();
        sql("update test_job set next_attempt_at = now() + interval '1 hour'");
        assertThat(jobs.claim(TABLE)).isEmpty();
        sql("update test_job set next_attempt_at = now() - interval '1 second'");
        Lease lease = jobs.claim(TABLE).orElseThrow();
        assertThat(lease.jobId()).isEqualTo(id);
        jobs.release(lease);
    }
}
