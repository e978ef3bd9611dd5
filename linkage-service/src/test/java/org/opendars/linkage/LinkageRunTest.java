package org.opendars.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.opendars.kit.jobs.FixedJobSettings;
import org.opendars.kit.jobs.JobSettings;
import org.opendars.kit.jobs.Lease;
import org.opendars.kit.jobs.LeaseLostException;
import org.opendars.linkage.engine.deterministic.DeterministicMatch;
import org.opendars.linkage.engine.identifiers.ValidationIssue;

class LinkageRunTest {

    static final JobSettings SETTINGS = FixedJobSettings.defaults();

    private static LinkageRun run() {
        return LinkageRun.pending(UUID.randomUUID(), 1, "ORG-A", List.of(new ApprovedDataset("HES_APC", List.of("x"))),
                UUID.randomUUID(), true);
    }

    /** What a claim does in SQL: running, a new fencing token, one more attempt. */
    private static Lease claim(LinkageRun run) {
        run.status = RunStatus.RUNNING;
        run.attempts++;
        run.leaseToken = UUID.randomUUID();
        return new Lease(LinkageRun.JOBS, run.id, run.leaseToken, run.attempts);
    }

    private static final LinkCounts COUNTS = new LinkCounts(3, 2, 1, 0, Map.of("1", 2), Map.of());

    @Test
    void completesALeasedRunWithItsCountsAndEndsTheLease() {
        LinkageRun run = run();
        run.complete(claim(run), COUNTS, 7);
        assertThat(run.status).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.percentDone).isEqualTo(100);
        assertThat(run.resultRows).isEqualTo(7);
        assertThat(run.leaseToken).isNull();
    }

    @Test
    void refusesToCompleteARunWhoseLeaseWasTakenOver() {
        LinkageRun run = run();
        Lease first = claim(run);
        Lease second = claim(run);
        assertThatThrownBy(() -> run.complete(first, COUNTS, 7)).isInstanceOf(LeaseLostException.class);
        assertThat(run.status).isEqualTo(RunStatus.RUNNING);
        run.complete(second, COUNTS, 7);
        assertThat(run.status).isEqualTo(RunStatus.COMPLETED);
    }

    @Test
    void refusesTheFailureOfASupersededWorker() {
        LinkageRun run = run();
        Lease first = claim(run);
        Lease second = claim(run);
        run.complete(second, COUNTS, 7);
        assertThatThrownBy(() -> run.attemptFailed(first, "late failure", SETTINGS))
                .isInstanceOf(LeaseLostException.class);
        assertThat(run.status).isEqualTo(RunStatus.COMPLETED);
    }

    @Test
    void failsForGoodAtOnceWhateverAttemptsAreLeft() {
        LinkageRun run = run();
        run.failForGood(claim(run), "applications-service knows no cohort of application x");
        assertThat(run.status).isEqualTo(RunStatus.FAILED);
        assertThat(run.attempts).isEqualTo(1);
        assertThat(run.nextAttemptAt).isNull();
        assertThat(run.leaseToken).isNull();
    }

    @Test
    void refusesToCompleteARunNobodyClaimed() {
        LinkageRun run = run();
        Lease stranger = new Lease(LinkageRun.JOBS, run.id, UUID.randomUUID(), 1);
        assertThatThrownBy(() -> run.complete(stranger, COUNTS, 0)).isInstanceOf(LeaseLostException.class);
    }

    @Test
    void waitsLongerAfterEachFailedAttemptAndGivesUpAfterTheLast() {
        LinkageRun run = run();
        Instant before = Instant.now();
        assertThat(run.attemptFailed(claim(run), "applications service unavailable", SETTINGS)).isFalse();
        assertThat(run.status).isEqualTo(RunStatus.PENDING);
        assertThat(run.nextAttemptAt).isBetween(before.plusSeconds(2), Instant.now().plusSeconds(2));
        assertThat(run.attemptFailed(claim(run), "applications service unavailable", SETTINGS)).isFalse();
        assertThat(run.nextAttemptAt).isBetween(before.plusSeconds(8), Instant.now().plusSeconds(8));
        assertThat(run.attemptFailed(claim(run), "applications service unavailable", SETTINGS)).isTrue();
        assertThat(run.status).isEqualTo(RunStatus.FAILED);
        assertThat(run.failureReason).isEqualTo("applications service unavailable");
        assertThat(run.finishedAt).isNotNull();
    }

    @Test
    void countsMatchesByRankKeepsAmbiguousApartAndCountsUnusableValues() {
        LinkCounts counts = LinkCounts.of(List.of(
                new DeterministicMatch("1", "P1", 1, false, 1, List.of()),
                new DeterministicMatch("2", "P2", 3, false, 1, List.of()),
                new DeterministicMatch("3", "P3", 1, false, 1, List.of()),
                new DeterministicMatch("4", null, 2, true, 2, List.of()),
                new DeterministicMatch("5", null, 0, false, 0,
                        List.of(new ValidationIssue("5", "nhsNumber", "1234567890", "bad check digit")))));
        assertThat(counts).isEqualTo(new LinkCounts(5, 3, 1, 1, Map.of("1", 2, "3", 1), Map.of("nhsNumber", 1)));
    }
}
