package org.opendars.extract;

import org.opendars.kit.problem.IllegalTransitionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.opendars.kit.jobs.FixedJobSettings;
import org.opendars.kit.jobs.JobSettings;
import org.opendars.kit.jobs.Lease;
import org.opendars.kit.jobs.LeaseLostException;

class ExtractTest {

    private static Extract extract() {
        return Extract.pending(UUID.randomUUID(), "ORG-A", UUID.randomUUID(), "/internal/linkage-runs/x/results", 5);
    }

    static final JobSettings SETTINGS = FixedJobSettings.defaults();

    static final ExtractStore.Stored STORED = new ExtractStore.Stored(12, "ab".repeat(32), 345, 1024, new byte[] { 1 },
            "k1", List.of(new DeliveryPackage.Placed("HES_APC.csv", "HES_APC", 12, "cd".repeat(32), 38, 300)), null);

    /** What a claim does in SQL: building, a new fencing token, one more attempt. */
    private static Lease claim(Extract extract) {
        extract.status = ExtractStatus.BUILDING;
        extract.attempts++;
        extract.leaseToken = UUID.randomUUID();
        return new Lease(Extract.JOBS, extract.id, extract.leaseToken, extract.attempts);
    }

    @Test
    void becomesReadyOnceBuiltByTheLeaseHolder() {
        Extract extract = extract();
        extract.ready(claim(extract), STORED);
        assertThat(extract.isReady()).isTrue();
        assertThat(extract.sizeBytes).isEqualTo(345);
        assertThat(extract.leaseToken).isNull();
    }

    @Test
    void refusesToBeMadeReadyOrFailedByASupersededWorker() {
        Extract extract = extract();
        Lease first = claim(extract);
        Lease second = claim(extract);
        assertThatThrownBy(() -> extract.ready(first, STORED)).isInstanceOf(LeaseLostException.class);
        extract.ready(second, STORED);
        assertThatThrownBy(() -> extract.attemptFailed(first, "late", SETTINGS)).isInstanceOf(LeaseLostException.class);
        assertThat(extract.isReady()).isTrue();
    }

    @Test
    void refusesToBeReadyWithoutBeingBuilt() {
        Extract extract = extract();
        Lease lease = new Lease(Extract.JOBS, extract.id, UUID.randomUUID(), 1);
        extract.leaseToken = lease.token();
        assertThatThrownBy(() -> extract.ready(lease, STORED)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void retriesThenFailsForGood() {
        Extract extract = extract();
        for (int i = 1; i < SETTINGS.maxAttempts(); i++) {
            assertThat(extract.attemptFailed(claim(extract), "linkage service unavailable", SETTINGS)).isFalse();
            assertThat(extract.status).isEqualTo(ExtractStatus.PENDING);
        }
        assertThat(extract.attemptFailed(claim(extract), "linkage service unavailable", SETTINGS)).isTrue();
        assertThat(extract.status).isEqualTo(ExtractStatus.FAILED);
    }

    @Test
    void purgesOnlyAReadyExtractAndKeepsItsRecord() {
        Extract extract = extract();
        assertThatThrownBy(() -> extract.purge("maya")).isInstanceOf(IllegalTransitionException.class);
        extract.ready(claim(extract), STORED);
        extract.purge("maya");
        assertThat(extract.status).isEqualTo(ExtractStatus.PURGED);
        assertThat(extract.sealedKey).isNull();
        assertThat(extract.sha256).isEqualTo(STORED.sha256());
        assertThat(extract.rows).isEqualTo(12);
        assertThat(extract.isReady()).isFalse();
    }
}
