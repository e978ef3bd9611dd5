package org.opendars.approvals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.opendars.kit.problem.IllegalTransitionException;

class AgreementTest {

    private static final String HASH = "a".repeat(64);
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final LocalDate START = LocalDate.parse("2026-12-01");

    private static Agreement issued() {
        AssessmentCase decided = TestCases.open();
        decided.review("carol", Verdict.APPROVE, "ok");
        decided.decide("dave", Verdict.APPROVE, "ok", List.of(), PanelRecommendation.SUPPORTED);
        AgreementTerms terms = new AgreementTerms("t", "p", "BESPOKE_EXTRACT", decided.legalBasis, decided.datasets,
                List.of(new AgreementParty(AgreementParty.Role.CONTROLLER, "ORG-A")), "England", List.of("c"), START,
                START.plusMonths(36));
        Agreement agreement = Agreement.issue(decided, "NIC-000001-ABCDE", 1, AgreementKind.ORIGINAL, terms,
                List.of(), null, "dave", NOW);
        agreement.render("<html/>", HASH);
        return agreement;
    }

    @Test
    void bindsOnlyWhenBothPartiesSignedInEitherOrder() {
        Agreement first = issued();
        assertThat(first.sign(SigningParty.APPLICANT, "sam", HASH, NOW)).isFalse();
        assertThat(first.status).isEqualTo(AgreementStatus.ISSUED);
        assertThat(first.sign(SigningParty.CUSTODIAN, "cora", HASH, NOW)).isTrue();
        assertThat(first.status).isEqualTo(AgreementStatus.SIGNED);

        Agreement second = issued();
        assertThat(second.sign(SigningParty.CUSTODIAN, "cora", HASH, NOW)).isFalse();
        assertThat(second.sign(SigningParty.APPLICANT, "sam", HASH, NOW)).isTrue();
    }

    @Test
    void refusesASignatureOverAnotherDocumentOrASecondForTheSameParty() {
        Agreement agreement = issued();
        assertThatThrownBy(() -> agreement.sign(SigningParty.APPLICANT, "sam", "b".repeat(64), NOW))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("another document");
        agreement.sign(SigningParty.APPLICANT, "sam", HASH, NOW);
        assertThatThrownBy(() -> agreement.sign(SigningParty.APPLICANT, "sue", HASH, NOW))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("already signed");
        assertThat(agreement.applicantSignedBy).isEqualTo("sam");
    }

    @Test
    void refusesACustodianSignatureByAnyoneWhoHandledTheApplication() {
        for (String handler : List.of("dave", "carol", "alice")) {
            Agreement agreement = issued();
            assertThatThrownBy(() -> agreement.sign(SigningParty.CUSTODIAN, handler, HASH, NOW))
                    .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("may not sign");
            assertThat(agreement.custodianSignedBy).isNull();
        }
    }

    @Test
    void comesIntoForceFromItsStartDateUntilTheDayBeforeItsEnd() {
        Agreement agreement = issued();
        agreement.sign(SigningParty.APPLICANT, "sam", HASH, NOW);
        agreement.sign(SigningParty.CUSTODIAN, "cora", HASH, NOW);
        assertThat(agreement.isDue(START.minusDays(1))).isFalse();
        assertThat(agreement.isDue(START)).isTrue();
        assertThat(agreement.isDue(agreement.endDate)).isFalse();
        agreement.activate(NOW);
        assertThat(agreement.isExpired(agreement.endDate.minusDays(1))).isFalse();
        assertThat(agreement.isExpired(agreement.endDate)).isTrue();
        assertThat(agreement.daysLeft(agreement.endDate.minusDays(30))).isEqualTo(30);
    }

    @Test
    void refusesActivationBeforeBothSignaturesAndAnyChangeAfterItEnded() {
        Agreement agreement = issued();
        assertThatThrownBy(() -> agreement.activate(NOW)).isInstanceOf(IllegalTransitionException.class);
        agreement.revoke(NOW, "dave", "breach");
        assertThat(agreement.status).isEqualTo(AgreementStatus.REVOKED);
        assertThatThrownBy(() -> agreement.sign(SigningParty.APPLICANT, "sam", HASH, NOW))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> agreement.withdraw(NOW, "alice")).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void listsEveryChangedFieldBetweenTwoVersions() {
        AgreementTerms before = issued().terms();
        AgreementTerms after = before.withDates(before.startDate(), before.endDate().plusMonths(6));
        assertThat(after.changesSince(before)).containsExactly(new AgreementTerms.Change("endDate",
                before.endDate().toString(), before.endDate().plusMonths(6).toString()));
        assertThat(before.changesSince(before)).isEmpty();
    }
}
