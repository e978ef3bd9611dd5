package org.opendars.applications;

import org.opendars.kit.problem.IllegalTransitionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class ApplicationTest {

    private static Application draft() {
        return Application.draft("ORG-A", "alice", "DARS-000001", "Outcomes after hip replacement", "Research",
                ProductType.BESPOKE_EXTRACT, new LegalBasis("6(1)(e)", "9(2)(j)", "s251", "CAG 1-01(a)/2026"),
                List.of(new RequestedDataset("HES_APC", List.of("admidate"))), null);
    }

    @Test
    void startsAsADraft() {
        assertThat(draft().status).isEqualTo(ApplicationStatus.DRAFT);
    }

    @Test
    void submitsADraftAndRecordsIt() {
        Application application = draft();
        application.submit("alice", java.util.Optional.empty());
        assertThat(application.status).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(application.timeline).extracting(e -> e.event).containsExactly("submitted");
    }

    @Test
    void refusesToSubmitTwice() {
        Application application = draft();
        application.submit("alice", java.util.Optional.empty());
        assertThatThrownBy(() -> application.submit("alice", java.util.Optional.empty())).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void followsTheChainToAnExtract() {
        Application application = draft();
        application.submit("alice", java.util.Optional.empty());
        application.noteApproved("NIC-000001-ABCDE");
        application.noteLinked("3 of 3 matched");
        application.noteExtractReady("3 rows");
        assertThat(application.status).isEqualTo(ApplicationStatus.EXTRACT_READY);
        assertThat(application.timeline).extracting(e -> e.event)
                .containsExactly("submitted", "approved", "linked", "extract-ready");
    }

    @Test
    void withdrawsAtAnyStageAfterApprovalButNeverTwiceOrAfterARejection() {
        Application application = draft();
        application.submit("alice", java.util.Optional.empty());
        application.noteApproved("NIC-000001-ABCDE");
        application.noteLinked("3 of 3 matched");
        application.noteExtractReady("12 rows");
        application.withdraw("alice");
        assertThat(application.status).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThatThrownBy(() -> application.withdraw("alice")).isInstanceOf(IllegalTransitionException.class);

        Application rejected = draft();
        rejected.submit("alice", java.util.Optional.empty());
        rejected.noteRejected("no legal basis");
        assertThatThrownBy(() -> rejected.withdraw("alice")).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void keepsALateReportOnTheTimelineWithoutMovingTheStatus() {
        Application application = draft();
        application.submit("alice", java.util.Optional.empty());
        application.withdraw("alice");
        application.noteApproved("NIC-000001-ABCDE");
        assertThat(application.status).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(application.timeline).extracting(e -> e.event).containsExactly("submitted", "withdrawn", "approved");
    }

    @Test
    void bespokeProductsNeedACohort() {
        assertThat(ProductType.BESPOKE_LINKAGE.needsCohort()).isTrue();
        assertThat(ProductType.TABULATION.needsCohort()).isFalse();
    }

    @Test
    void reachesTheLaterStageWhateverOrderTheReportsArriveIn() {
        Application application = draft();
        application.submit("alice", java.util.Optional.empty());
        application.noteLinked("3 of 3 matched");
        application.noteApproved("NIC-000001-ABCDE");
        assertThat(application.status).isEqualTo(ApplicationStatus.LINKED);
    }
}
