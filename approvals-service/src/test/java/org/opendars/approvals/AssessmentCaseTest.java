package org.opendars.approvals;

import org.opendars.kit.problem.IllegalTransitionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class AssessmentCaseTest {

    private static AssessmentCase open(LegalBasis basis, List<String> fields) {
        return AssessmentCase.open(UUID.randomUUID(), 1, "DARS-000001", "ORG-A", "t", "p", "BESPOKE_EXTRACT", basis,
                List.of(new RequestedDataset("HES_APC", fields)), 10, null, "alice");
    }

    private static AssessmentCase open() {
        return open(new LegalBasis("6(1)(e)", "9(2)(j)", "s251", "CAG 1-01(a)/2026"), List.of("admidate"));
    }

    @Test
    void approvesAfterAReviewByAnotherPerson() {
        AssessmentCase assessment = open();
        assessment.review("carol", Verdict.APPROVE, "meets the standards");
        assessment.decide("dave", Verdict.APPROVE, "approved");
        assertThat(assessment.status).isEqualTo(CaseStatus.APPROVED);
    }

    @Test
    void refusesADecisionByTheReviewingOfficer() {
        AssessmentCase assessment = open();
        assessment.review("carol", Verdict.APPROVE, "ok");
        assertThatThrownBy(() -> assessment.decide("carol", Verdict.APPROVE, "ok"))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("must not be the case officer");
        assertThat(assessment.status).isEqualTo(CaseStatus.REVIEWED);
    }

    @Test
    void refusesAReviewOrADecisionByThePersonWhoSubmitted() {
        AssessmentCase assessment = open();
        assertThatThrownBy(() -> assessment.review("alice", Verdict.APPROVE, "mine"))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("submitted");
        assessment.review("carol", Verdict.APPROVE, "ok");
        assertThatThrownBy(() -> assessment.decide("alice", Verdict.APPROVE, "mine"))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("submitted");
        assertThat(assessment.status).isEqualTo(CaseStatus.REVIEWED);
    }

    @Test
    void refusesADecisionBeforeAReview() {
        assertThatThrownBy(() -> open().decide("dave", Verdict.APPROVE, "ok"))
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
        assessment.decide("dave", Verdict.REJECT, "no legal basis");
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
        decided.decide("dave", Verdict.APPROVE, "ok");
        assertThat(decided.withdraw()).isFalse();
        assertThat(decided.status).isEqualTo(CaseStatus.APPROVED);
    }

    @Test
    void checksFlagSection251WithoutACagReferenceAndIdentifiersWithoutSupport() {
        AssessmentCase assessment = open(new LegalBasis("6(1)(e)", null, "s251", null),
                List.of("admidate", "nhs_number"));
        assertThat(assessment.checks).filteredOn(c -> !c.passed()).extracting(Check::name)
                .containsExactlyInAnyOrder("cag-reference", "special-category");
        AssessmentCase anonymous = open(new LegalBasis("6(1)(e)", "9(2)(j)", "not needed: anonymised", null),
                List.of("nhs_number"));
        assertThat(anonymous.checks).filteredOn(c -> !c.passed()).extracting(Check::name)
                .containsExactly("minimisation");
    }
}
