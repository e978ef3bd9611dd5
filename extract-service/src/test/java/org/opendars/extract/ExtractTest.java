package org.opendars.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ExtractTest {

    private static Extract extract() {
        return Extract.pending(UUID.randomUUID(), "ORG-A", UUID.randomUUID(), "/internal/linkage-runs/x/results");
    }

    @Test
    void becomesReadyOnceBuilt() {
        Extract extract = extract();
        extract.claim();
        extract.ready(12, "ab".repeat(32), "x.csv");
        assertThat(extract.isReady()).isTrue();
        assertThatThrownBy(extract::claim).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void refusesToBeReadyWithoutBeingBuilt() {
        assertThatThrownBy(() -> extract().ready(1, "x", "x.csv")).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void retriesThenFailsForGood() {
        Extract extract = extract();
        for (int i = 1; i < Extract.MAX_ATTEMPTS; i++) {
            extract.claim();
            assertThat(extract.attemptFailed("linkage service unavailable")).isFalse();
        }
        extract.claim();
        assertThat(extract.attemptFailed("linkage service unavailable")).isTrue();
        assertThat(extract.status).isEqualTo(ExtractStatus.FAILED);
    }

    @Test
    void releasesAFieldOnlyForTheDataSetsItWasApprovedFor() {
        String sql = ExtractFile.query(List.of(new ApprovedDataset("HES_APC", List.of("admidate", "diag_01")),
                new ApprovedDataset("DID", List.of("admidate"))));
        assertThat(sql).contains("case when r.dataset in ('HES_APC', 'DID') then c.fields ->> 'admidate' end")
                .contains("case when r.dataset in ('HES_APC') then c.fields ->> 'diag_01' end")
                .contains("where r.dataset in ('HES_APC', 'DID')");
    }

    @Test
    void refusesNamesThatAreNotPlainIdentifiers() {
        assertThatThrownBy(() -> ExtractFile.query(List.of(new ApprovedDataset("HES_APC",
                List.of("admidate' end, c.fields::text as x --")))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
