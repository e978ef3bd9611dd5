package org.opendars.approvals;

import org.opendars.kit.problem.IllegalTransitionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class AssessmentCaseTest {

    private static AssessmentCase open() {
        return TestCases.open();
    }

    @Test
    void approvesAfterAReviewByAnotherPerson() {
        AssessmentCase assessment = open();
        assessment.review("carol", Verdict.APPROVE, "meets the standards");
        assessment.decide("dave", Verdict.APPROVE, "approved", List.of(), PanelRecommendation.SUPPORTED);
        assertThat(assessment.status).isEqualTo(CaseStatus.APPROVED);
    }

    @Test
    void refusesADecisionByTheReviewingOfficer() {
        AssessmentCase assessment = open();
        assessment.review("carol", Verdict.APPROVE, "ok");
        assertThatThrownBy(() -> assessment.decide("carol", Verdict.APPROVE, "ok", List.of(), null))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("must not be the case officer");
        assertThat(assessment.status).isEqualTo(CaseStatus.REVIEWED);
    }

    @Test
    void refusesAReviewOrADecisionByThePersonWhoSubmitted() {
        AssessmentCase assessment = open();
        assertThatThrownBy(() -> assessment.review("alice", Verdict.APPROVE, "mine"))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("submitted");
        assessment.review("carol", Verdict.APPROVE, "ok");
        assertThatThrownBy(() -> assessment.decide("alice", Verdict.APPROVE, "mine", List.of(), null))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("submitted");
        assertThat(assessment.status).isEqualTo(CaseStatus.REVIEWED);
    }

    @Test
    void refusesADecisionBeforeAReview() {
        assertThatThrownBy(() -> open().decide("dave", Verdict.APPROVE, "ok", List.of(), null))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void refusesASecondReview() {
        AssessmentCase assessment = open();
        assessment.review("carol", Verdict.REJECT, "no");
        assertThatThrownBy(() -> assessment.review("carol", Verdict.APPROVE, "yes"))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void rejectsWithoutAnAgreement() {
        AssessmentCase assessment = open();
        assessment.review("carol", Verdict.REJECT, "no legal basis");
        assessment.decide("dave", Verdict.REJECT, "no legal basis", List.of(), null);
        assertThat(assessment.status).isEqualTo(CaseStatus.REJECTED);
        assertThat(assessment.agreementReference).isNull();
    }

    @Test
    void closesAnUndecidedCaseOnWithdrawalButKeepsADecision() {
        AssessmentCase undecided = open();
        assertThat(undecided.withdraw()).isTrue();
        assertThat(undecided.status).isEqualTo(CaseStatus.WITHDRAWN);

        AssessmentCase decided = open();
        decided.review("carol", Verdict.APPROVE, "ok");
        decided.decide("dave", Verdict.APPROVE, "ok", List.of(), PanelRecommendation.SUPPORTED);
        assertThat(decided.withdraw()).isFalse();
        assertThat(decided.status).isEqualTo(CaseStatus.APPROVED);
    }

    private static AssessmentCase reviewedWithAFailingCheck() {
        AssessmentCase assessment = TestCases.open(event -> {
            ((com.fasterxml.jackson.databind.node.ObjectNode) event.at("/form/legalBasis")).put("cagExpiry", "2020-01-01");
            return event;
        });
        assessment.review("carol", Verdict.APPROVE, "the CAG renewal is in hand");
        return assessment;
    }

    @Test
    void aFailingCheckBlocksApprovalUntilTheApproverOverridesItWithAReason() {
        AssessmentCase assessment = reviewedWithAFailingCheck();
        assertThatThrownBy(() -> assessment.decide("dave", Verdict.APPROVE, "ok", List.of(), null))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("CAG_SUPPORT");
        assertThat(assessment.status).isEqualTo(CaseStatus.REVIEWED);

        AssessmentCase.Override override = new AssessmentCase.Override(CheckRule.CAG_SUPPORT,
                "CAG confirmed the renewal in writing on 28 November", "dave", java.time.Instant.now());
        assessment.decide("dave", Verdict.APPROVE, "ok", List.of(override), PanelRecommendation.SUPPORTED);
        assertThat(assessment.status).isEqualTo(CaseStatus.APPROVED);
        assertThat(assessment.overrides).containsExactly(override);
    }

    @Test
    void refusesToOverrideACheckThatPassed() {
        AssessmentCase assessment = reviewedWithAFailingCheck();
        AssessmentCase.Override needless = new AssessmentCase.Override(CheckRule.TERRITORY_OF_USE, "why not", "dave",
                java.time.Instant.now());
        assertThatThrownBy(() -> assessment.decide("dave", Verdict.APPROVE, "ok", List.of(needless), null))
                .isInstanceOf(org.opendars.kit.problem.InvalidRequestException.class);
    }

    @Test
    void onlyATabulationOfPlainDataGoesWithoutThePanel() {
        AssessmentCase recordLevel = open();
        assertThat(recordLevel.panelReasons).singleElement().asString().startsWith("record-level data");
        AssessmentCase tabulation = TestCases.open(event -> {
            ((com.fasterxml.jackson.databind.node.ObjectNode) event.at("/form/products/0")).put("type", "TABULATION");
            return event;
        });
        assertThat(tabulation.panelReasons).isEmpty();
    }

    @Test
    void aRejectionNeedsNoOverride() {
        AssessmentCase assessment = reviewedWithAFailingCheck();
        assessment.decide("dave", Verdict.REJECT, "no CAG support", List.of(), null);
        assertThat(assessment.status).isEqualTo(CaseStatus.REJECTED);
    }

    @Test
    void identifiableDataGoesToThePanelAndIsApprovedOnlyWithItsSupport() {
        AssessmentCase assessment = TestCases.open(event -> {
            ((com.fasterxml.jackson.databind.node.ObjectNode) event.at("/catalogue/0/fields/1"))
                    .put("identifiability", "DIRECT");
            return event;
        });
        assertThat(assessment.panelReasons).anyMatch(reason -> reason.startsWith("identifiable data"));
        assessment.review("carol", Verdict.APPROVE, "ok");
        assertThatThrownBy(() -> assessment.decide("dave", Verdict.APPROVE, "ok", List.of(), null))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("panel must consider");
        assertThatThrownBy(() -> assessment.decide("dave", Verdict.APPROVE, "ok", List.of(), PanelRecommendation.DEFERRED))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("DEFERRED");
        assessment.decide("dave", Verdict.APPROVE, "ok", List.of(), PanelRecommendation.SUPPORTED_WITH_CONDITIONS);
        assertThat(assessment.status).isEqualTo(CaseStatus.APPROVED);
    }

    @Test
    void aReturnPausesTheClockUntilTheResubmissionResumesTheSameCase() {
        AssessmentCase assessment = open();
        assessment.openedAt = java.time.Instant.parse("2026-11-02T09:00:00Z");
        assessment.review("carol", Verdict.APPROVE, "ok");
        LocalDate returned = LocalDate.parse("2026-11-09");
        assessment.returnForInformation("carol", List.of("Why every episode?"), returned);
        assertThat(assessment.status).isEqualTo(CaseStatus.RETURNED);
        assertThat(assessment.recommendation).isNull();
        WorkingCalendar england = WorkingCalendar.england();
        ServiceClock.Reading whileReturned = assessment.clock(england, 40, LocalDate.parse("2026-11-20"));
        assertThat(whileReturned.paused()).isTrue();
        assertThat(whileReturned.elapsedWorkingDays()).isEqualTo(4);

        var resubmitted = TestCases.submitted(event -> event);
        assertThat(assessment.resume(1, resubmitted.form(), resubmitted.facts(), 250,
                new AssessmentCase.Findings(List.of(), List.of(), null), LocalDate.parse("2026-11-23"))).isFalse();
        assertThat(assessment.resume(2, resubmitted.form(), resubmitted.facts(), 250,
                new AssessmentCase.Findings(TestCases.checks(resubmitted), List.of(), null),
                LocalDate.parse("2026-11-23"))).isTrue();
        assertThat(assessment.status).isEqualTo(CaseStatus.OPEN);
        ServiceClock.Reading resumed = assessment.clock(england, 40, LocalDate.parse("2026-11-25"));
        assertThat(resumed.paused()).isFalse();
        assertThat(resumed.elapsedWorkingDays()).isEqualTo(7);
        assertThat(resumed.pausedWorkingDays()).isEqualTo(10);
    }

    @Test
    void refusesAReturnByTheSubmitterOrOfADecidedCase() {
        AssessmentCase assessment = open();
        assertThatThrownBy(() -> assessment.returnForInformation("alice", List.of("?"), LocalDate.now()))
                .isInstanceOf(IllegalTransitionException.class);
        assessment.review("carol", Verdict.REJECT, "no");
        assessment.decide("dave", Verdict.REJECT, "no", List.of(), null);
        assertThatThrownBy(() -> assessment.returnForInformation("carol", List.of("?"), LocalDate.now()))
                .isInstanceOf(IllegalTransitionException.class);
    }
}
