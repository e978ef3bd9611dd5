package org.opendars.applications;

import org.opendars.kit.problem.IllegalTransitionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ApplicationTest {

    private static Application draft() {
        return Application.draft("ORG-A", "alice", "DARS-000001", TestForms.complete(null));
    }

    private static Application approved() {
        Application application = draft();
        application.submit("alice", Optional.empty());
        application.noteApproved(1, "NIC-000001-ABCDE");
        return application;
    }

    @Test
    void startsAsADraftOfANewApplication() {
        Application application = draft();
        assertThat(application.status).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(application.kind).isEqualTo(ApplicationKind.NEW);
        assertThat(application.title).isEqualTo("Emergency readmission and mortality after hip replacement");
        assertThat(application.productType).isEqualTo(ProductType.BESPOKE_EXTRACT);
    }

    @Test
    void submitsADraftAndRecordsIt() {
        Application application = draft();
        application.submit("alice", Optional.empty());
        assertThat(application.status).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(application.timeline).extracting(e -> e.event).containsExactly("submitted");
    }

    @Test
    void refusesToSubmitTwiceOrToEditASubmittedApplication() {
        Application application = draft();
        application.submit("alice", Optional.empty());
        assertThatThrownBy(() -> application.submit("alice", Optional.empty()))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> application.edit(ApplicationForm.empty()))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("SUBMITTED");
    }

    @Test
    void isReturnedWithQuestionsAnsweredAndResubmitted() {
        Application application = draft();
        application.submit("alice", Optional.empty());
        application.noteReturned(1, 1, List.of("Why every episode?", "Which implant registry?"), "carol");
        assertThat(application.status).isEqualTo(ApplicationStatus.RETURNED);
        assertThat(application.questions).extracting(Question::number).containsExactly(1, 2);

        application.edit(TestForms.complete(null));
        application.answer(1, "Revisions are later episodes.", "alice");
        assertThatThrownBy(() -> application.resubmit("alice", Optional.empty()))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("[2]");
        application.answer(2, "None: the trial records implants.", "alice");
        application.resubmit("alice", Optional.empty());

        assertThat(application.status).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(application.timeline).extracting(e -> e.event)
                .containsExactly("submitted", "returned", "resubmitted");
    }

    @Test
    void takesTheSameReturnOnceHoweverOftenItArrives() {
        Application application = draft();
        application.submit("alice", Optional.empty());
        application.noteReturned(1, 1, List.of("Why?"), "carol");
        application.noteReturned(1, 1, List.of("Why?"), "carol");
        assertThat(application.questions).hasSize(1);
    }

    @Test
    void refusesAnAnswerToAQuestionNeverAsked() {
        Application application = draft();
        application.submit("alice", Optional.empty());
        application.noteReturned(1, 1, List.of("Why?"), "carol");
        assertThatThrownBy(() -> application.answer(7, "?", "alice"))
                .isInstanceOf(org.opendars.kit.problem.InvalidRequestException.class);
    }

    @Test
    void followsTheChainToAnExtract() {
        Application application = approved();
        application.noteLinked("3 of 3 matched");
        application.noteExtractReady("3 rows");
        assertThat(application.status).isEqualTo(ApplicationStatus.EXTRACT_READY);
        assertThat(application.approvedVersion).isEqualTo(1);
        assertThat(application.timeline).extracting(e -> e.event)
                .containsExactly("submitted", "approved", "linked", "extract-ready");
    }

    @Test
    void amendsAnApprovedApplicationAsANewVersion() {
        Application application = approved();
        application.noteExtractReady("3 rows");
        application.startVersion(ApplicationKind.AMENDMENT, "alice", "add outpatients");
        assertThat(application.version).isEqualTo(2);
        assertThat(application.status).isEqualTo(ApplicationStatus.DRAFT);
        application.submit("alice", Optional.empty());
        application.noteApproved(2, "NIC-000001-ABCDE");
        assertThat(application.status).isEqualTo(ApplicationStatus.EXTRACT_READY);
        assertThat(application.approvedVersion).isEqualTo(2);
    }

    @Test
    void aRejectedAmendmentLeavesTheApprovedApplicationAsItWas() {
        Application application = approved();
        ApplicationForm approvedForm = application.form;
        application.startVersion(ApplicationKind.AMENDMENT, "alice", "add outpatients");
        application.edit(ApplicationForm.empty());
        application.submit("alice", Optional.empty());
        application.noteRejected(2, "outpatients are not justified", Optional.of(approvedForm));
        assertThat(application.status).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(application.form).isEqualTo(approvedForm);
        assertThat(application.timeline).extracting(e -> e.event).contains("version-rejected");
    }

    @Test
    void withdrawingAnAmendmentKeepsTheApprovedApplication() {
        Application application = approved();
        application.startVersion(ApplicationKind.RENEWAL, "alice", "three more years");
        assertThat(application.isChangeUnderWay()).isTrue();
        application.withdraw("alice", Optional.empty());
        assertThat(application.status).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(application.timeline).extracting(e -> e.event).contains("version-withdrawn");
    }

    @Test
    void startsNoNewVersionBeforeApprovalOrAfterTheEnd() {
        Application application = draft();
        assertThatThrownBy(() -> application.startVersion(ApplicationKind.AMENDMENT, "alice", "x"))
                .isInstanceOf(IllegalTransitionException.class);
        Application closed = approved();
        closed.noteAgreementEnded("expired");
        assertThatThrownBy(() -> closed.startVersion(ApplicationKind.RENEWAL, "alice", "x"))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> approved().startVersion(ApplicationKind.NEW, "alice", "x"))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void withdrawsAtAnyStageAfterApprovalButNeverTwiceOrAfterARejection() {
        Application application = approved();
        application.noteLinked("3 of 3 matched");
        application.noteExtractReady("12 rows");
        application.withdraw("alice", Optional.empty());
        assertThat(application.status).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThatThrownBy(() -> application.withdraw("alice", Optional.empty()))
                .isInstanceOf(IllegalTransitionException.class);

        Application rejected = draft();
        rejected.submit("alice", Optional.empty());
        rejected.noteRejected(1, "no legal basis", Optional.empty());
        assertThatThrownBy(() -> rejected.withdraw("alice", Optional.empty()))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void keepsALateReportOnTheTimelineWithoutMovingTheStatus() {
        Application application = draft();
        application.submit("alice", Optional.empty());
        application.withdraw("alice", Optional.empty());
        application.noteApproved(1, "NIC-000001-ABCDE");
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
        application.submit("alice", Optional.empty());
        application.noteLinked("3 of 3 matched");
        application.noteApproved(1, "NIC-000001-ABCDE");
        assertThat(application.status).isEqualTo(ApplicationStatus.LINKED);
    }
}
