package org.opendars.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.opendars.linkage.engine.deterministic.DeterministicMatch;
import org.opendars.linkage.engine.identifiers.ValidationIssue;

class LinkageRunTest {

    private static LinkageRun run() {
        return LinkageRun.pending(UUID.randomUUID(), 1, "ORG-A", List.of(new ApprovedDataset("HES_APC", List.of("x"))),
                3);
    }

    @Test
    void completesAClaimedRunWithItsCounts() {
        LinkageRun run = run();
        run.claim();
        run.complete(new LinkCounts(3, 2, 1, 0, Map.of("1", 2), Map.of()), 7);
        assertThat(run.status).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.percentDone).isEqualTo(100);
        assertThat(run.resultRows).isEqualTo(7);
    }

    @Test
    void refusesToCompleteARunNobodyClaimed() {
        assertThatThrownBy(() -> run().complete(new LinkCounts(0, 0, 0, 0, Map.of(), Map.of()), 0))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void retriesAFailedAttemptAndGivesUpAfterTheLast() {
        LinkageRun run = run();
        for (int attempt = 1; attempt < LinkageRun.MAX_ATTEMPTS; attempt++) {
            run.claim();
            assertThat(run.attemptFailed("applications service unavailable")).isFalse();
            assertThat(run.status).isEqualTo(RunStatus.PENDING);
        }
        run.claim();
        assertThat(run.attemptFailed("applications service unavailable")).isTrue();
        assertThat(run.status).isEqualTo(RunStatus.FAILED);
        assertThatThrownBy(run::claim).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void letsAnotherReplicaTakeOverAClaimThatWentQuiet() {
        LinkageRun run = run();
        run.claim();
        assertThat(run.claimable(Instant.now())).isFalse();
        assertThat(run.claimable(Instant.now().plus(LinkageRun.CLAIM_TIMEOUT).plusSeconds(1))).isTrue();
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
