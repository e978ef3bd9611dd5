package org.opendars.approvals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opendars.approvals.PanelRecommendation.DEFERRED;
import static org.opendars.approvals.PanelRecommendation.NOT_SUPPORTED;
import static org.opendars.approvals.PanelRecommendation.SUPPORTED;
import static org.opendars.approvals.PanelRecommendation.SUPPORTED_WITH_CONDITIONS;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opendars.kit.problem.IllegalTransitionException;
import org.opendars.kit.problem.InvalidRequestException;

class PanelMeetingTest {

    private static final PanelSeat CHAIR = new PanelSeat("chair", PanelRole.CHAIR);
    private static final PanelSeat LAY = new PanelSeat("lay", PanelRole.LAY_MEMBER);
    private static final PanelSeat CLINICIAN = new PanelSeat("clinician", PanelRole.SPECIALIST);
    private static final PanelSeat TECHNOLOGIST = new PanelSeat("technologist", PanelRole.SPECIALIST);
    private static final List<PanelSeat> FOUR = List.of(CHAIR, LAY, CLINICIAN, TECHNOLOGIST);
    private static final List<String> EVERYONE = List.of("chair", "lay", "clinician", "technologist");

    private static PanelMeeting meeting(int quorum) {
        return PanelMeeting.schedule(LocalDate.of(2026, 3, 4), FOUR, quorum, "officer");
    }

    private static PanelMeeting meeting() {
        return meeting(3);
    }

    private static PanelItem listed(PanelMeeting meeting, String reference) {
        return PanelItem.listed(meeting, List.of(), UUID.randomUUID(), reference, 2, "officer");
    }

    private static PanelItem listed(PanelMeeting meeting) {
        return listed(meeting, "DARS-000042");
    }

    private static void supported(PanelMeeting meeting, PanelItem item, List<String> members) {
        members.forEach(m -> item.vote(meeting, m, SUPPORTED, List.of(), null));
    }

    // Scheduling

    @Test
    void schedulesAMeetingWithItsChairAndQuorum() {
        PanelMeeting meeting = meeting(4);
        assertThat(meeting.status).isEqualTo(PanelMeetingStatus.SCHEDULED);
        assertThat(meeting.chair()).isEqualTo("chair");
        assertThat(meeting.quorum).isEqualTo(4);
        assertThat(meeting.minutes).isNull();
    }

    static Stream<Arguments> badSeatings() {
        PanelSeat secondChair = new PanelSeat("clinician", PanelRole.CHAIR);
        PanelSeat laySeatedTwice = new PanelSeat("lay", PanelRole.SPECIALIST);
        return Stream.of(
                Arguments.of("no chair", List.of(LAY, CLINICIAN, TECHNOLOGIST), 3, "seats", "one member must chair"),
                Arguments.of("two chairs", List.of(CHAIR, LAY, secondChair, TECHNOLOGIST), 3, "seats",
                        "only one member may chair"),
                Arguments.of("no lay member", List.of(CHAIR, CLINICIAN, TECHNOLOGIST), 3, "seats", "lay member"),
                Arguments.of("a member seated twice", List.of(CHAIR, LAY, laySeatedTwice, CLINICIAN), 3, "seats",
                        "only one seat"),
                Arguments.of("a seat without a member", List.of(CHAIR, LAY, new PanelSeat(" ", PanelRole.SPECIALIST)),
                        3, "seats", "needs a member and a role"),
                Arguments.of("a quorum below three", FOUR, 2, "quorum", "at least 3"),
                Arguments.of("fewer seats than the quorum", FOUR, 5, "quorum", "cannot be more than the 4 members"));
    }

    @ParameterizedTest(name = "refuses {0}")
    @MethodSource("badSeatings")
    void refusesAMeetingThatCouldNeverBeQuorate(String problem, List<PanelSeat> seats, int quorum, String field,
            String message) {
        assertThatThrownBy(() -> PanelMeeting.schedule(LocalDate.of(2026, 3, 4), seats, quorum, "officer"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors())
                        .anySatisfy(error -> {
                            assertThat(error.field()).isEqualTo(field);
                            assertThat(error.message()).contains(message);
                        }));
    }

    @Test
    void reportsEverySeatingProblemAtOnce() {
        assertThatThrownBy(() -> PanelMeeting.schedule(null, List.of(CLINICIAN, TECHNOLOGIST), 2, "officer"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors())
                        .extracting(InvalidRequestException.FieldError::field)
                        .containsExactlyInAnyOrder("heldOn", "seats", "seats", "quorum"));
    }

    // The agenda

    @Test
    void listsTheApplicationVersionTheCaseHas() {
        PanelMeeting meeting = meeting();
        PanelItem item = listed(meeting);
        assertThat(item.meetingId).isEqualTo(meeting.id);
        assertThat(item.applicationReference).isEqualTo("DARS-000042");
        assertThat(item.applicationVersion).isEqualTo(2);
        assertThat(item.status).isEqualTo(PanelItemStatus.LISTED);
        assertThat(item.recommendation).isNull();
    }

    @Test
    void refusesACaseAlreadyOnTheAgendaAndAnyListingOnAClosedMeeting() {
        PanelMeeting meeting = meeting();
        PanelItem item = listed(meeting);
        assertThatThrownBy(() -> PanelItem.listed(meeting, List.of(item), item.caseId, "DARS-000042", 2, "officer"))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("agenda already");
        meeting.close("chair", "nothing else", List.of(item));
        assertThatThrownBy(() -> listed(meeting)).isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("closed");
    }

    // Quorum

    /** One item's course: who declared, who voted, and whether the chair can then conclude it. */
    record Quorum(String name, int quorum, List<String> recused, List<String> voters, String refusal) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Quorum> quorums() {
        return Stream.of(
                new Quorum("everyone takes part and votes", 4, List.of(), EVERYONE, null),
                new Quorum("a specialist recused, the rest still a quorum", 3, List.of("technologist"),
                        List.of("chair", "lay", "clinician"), null),
                new Quorum("too few left after a recusal", 4, List.of("technologist"),
                        List.of("chair", "lay", "clinician"), "3 members take part where the quorum is 4"),
                new Quorum("the chair recused", 3, List.of("chair"), List.of("lay", "clinician", "technologist"),
                        "the chair has declared an interest"),
                new Quorum("no lay member left after recusal", 3, List.of("lay"),
                        List.of("chair", "clinician", "technologist"), "no lay member takes part"),
                new Quorum("someone has not voted yet", 3, List.of(), List.of("chair", "lay", "clinician"),
                        "1 of the 4 members taking part have not voted yet"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("quorums")
    void concludesOnlyAQuorateItemEveryoneTakingPartHasVotedOn(Quorum scenario) {
        PanelMeeting meeting = meeting(scenario.quorum());
        PanelItem item = listed(meeting);
        scenario.recused().forEach(m -> item.declare(meeting, m, "works for the applicant"));
        supported(meeting, item, scenario.voters());
        if (scenario.refusal() == null) {
            item.conclude(meeting, "chair");
            assertThat(item.status).isEqualTo(PanelItemStatus.CONCLUDED);
            assertThat(item.recommendation).isEqualTo(SUPPORTED);
            assertThat(item.concludedBy).isEqualTo("chair");
            assertThat(item.concludedAt).isNotNull();
        } else {
            assertThatThrownBy(() -> item.conclude(meeting, "chair")).isInstanceOf(IllegalTransitionException.class)
                    .hasMessageContaining(scenario.refusal());
            assertThat(item.status).isEqualTo(PanelItemStatus.LISTED);
            assertThat(item.recommendation).isNull();
        }
    }

    // Declarations of interest

    @Test
    void refusesTheVoteOfAMemberWhoDeclaredAnInterest() {
        PanelMeeting meeting = meeting();
        PanelItem item = listed(meeting);
        item.declare(meeting, "clinician", "co-investigator on the study");
        assertThatThrownBy(() -> item.vote(meeting, "clinician", SUPPORTED, List.of(), null))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("declared an interest");
        assertThat(item.votes).isEmpty();
        assertThat(item.takingPart(meeting)).extracting(PanelSeat::member)
                .containsExactly("chair", "lay", "technologist");
    }

    @Test
    void withdrawsTheVoteOfAMemberWhoDeclaresAnInterestAfterVoting() {
        PanelMeeting meeting = meeting();
        PanelItem item = listed(meeting);
        item.vote(meeting, "clinician", NOT_SUPPORTED, List.of(), "too broad");
        item.vote(meeting, "lay", SUPPORTED, List.of(), null);
        item.declare(meeting, "clinician", "my department would receive the data");
        assertThat(item.votes).extracting(PanelItem.Vote::member).containsExactly("lay");
        assertThat(item.declarations).singleElement().satisfies(d -> {
            assertThat(d.member()).isEqualTo("clinician");
            assertThat(d.voteWithdrawn()).isTrue();
        });
        supported(meeting, item, List.of("chair", "technologist"));
        item.conclude(meeting, "chair");
        assertThat(item.recommendation).isEqualTo(SUPPORTED);
    }

    @Test
    void refusesARepeatedDeclarationAndADeclarationOnAConcludedItem() {
        PanelMeeting meeting = meeting();
        PanelItem item = listed(meeting);
        item.declare(meeting, "technologist", "advised the applicant last year");
        assertThatThrownBy(() -> item.declare(meeting, "technologist", "again"))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("already");
        supported(meeting, item, List.of("chair", "lay", "clinician"));
        item.conclude(meeting, "chair");
        assertThatThrownBy(() -> item.declare(meeting, "lay", "remembered late"))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("concluded");
        assertThat(item.declarations).hasSize(1);
    }

    @Test
    void refusesADeclarationWithoutTheInterest() {
        PanelMeeting meeting = meeting();
        PanelItem item = listed(meeting);
        assertThatThrownBy(() -> item.declare(meeting, "lay", " "))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors())
                        .extracting(InvalidRequestException.FieldError::field).containsExactly("interest"));
        assertThat(item.isRecused("lay")).isFalse();
    }

    // Who may act

    static Stream<Arguments> strangersActions() {
        return Stream.of(
                Arguments.of("declare", (Action) (m, i) -> i.declare(m, "stranger", "none")),
                Arguments.of("vote", (Action) (m, i) -> i.vote(m, "stranger", SUPPORTED, List.of(), null)),
                Arguments.of("conclude", (Action) (m, i) -> i.conclude(m, "stranger")),
                Arguments.of("close", (Action) (m, i) -> m.close("stranger", "minutes", List.of(i))));
    }

    interface Action {
        void on(PanelMeeting meeting, PanelItem item);
    }

    @ParameterizedTest(name = "a non-member may not {0}")
    @MethodSource("strangersActions")
    void refusesMembersNotSeatedAtTheMeeting(String what, Action action) {
        PanelMeeting meeting = meeting();
        PanelItem item = listed(meeting);
        assertThatThrownBy(() -> action.on(meeting, item)).isInstanceOf(IllegalTransitionException.class);
        assertThat(item.declarations).isEmpty();
        assertThat(item.votes).isEmpty();
        assertThat(item.status).isEqualTo(PanelItemStatus.LISTED);
        assertThat(meeting.status).isEqualTo(PanelMeetingStatus.SCHEDULED);
    }

    @Test
    void letsOnlyTheChairConcludeAnItemAndCloseTheMeetingOnce() {
        PanelMeeting meeting = meeting();
        PanelItem item = listed(meeting);
        supported(meeting, item, EVERYONE);
        assertThatThrownBy(() -> item.conclude(meeting, "lay")).isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("only the chair");
        item.conclude(meeting, "chair");
        assertThatThrownBy(() -> item.conclude(meeting, "chair")).isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("concluded already");
        assertThatThrownBy(() -> meeting.close("lay", "minutes", List.of(item)))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("only the chair");
        meeting.close("chair", "the panel met", List.of(item));
        assertThatThrownBy(() -> meeting.close("chair", "again", List.of(item)))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("closed already");
    }

    // Votes

    @Test
    void refusesASecondVoteAndVotesOnAConcludedItemOrAClosedMeeting() {
        PanelMeeting meeting = meeting();
        PanelItem concluded = listed(meeting, "DARS-000001");
        PanelItem open = listed(meeting, "DARS-000002");
        supported(meeting, concluded, List.of("chair", "lay", "clinician"));
        assertThatThrownBy(() -> concluded.vote(meeting, "lay", NOT_SUPPORTED, List.of(), null))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("voted on the item already");
        concluded.vote(meeting, "technologist", SUPPORTED, List.of(), null);
        concluded.conclude(meeting, "chair");
        assertThatThrownBy(() -> concluded.vote(meeting, "lay", NOT_SUPPORTED, List.of(), null))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("concluded");
        meeting.close("chair", "minutes", List.of(concluded, open));
        assertThatThrownBy(() -> open.vote(meeting, "lay", SUPPORTED, List.of(), null))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("closed");
    }

    static Stream<Arguments> badVotes() {
        return Stream.of(
                Arguments.of("support with conditions but none given", SUPPORTED_WITH_CONDITIONS, List.of(),
                        "conditions"),
                Arguments.of("support with conditions and a blank one", SUPPORTED_WITH_CONDITIONS, List.of(" "),
                        "conditions"),
                Arguments.of("conditions with plain support", SUPPORTED, List.of("annual report"), "conditions"),
                Arguments.of("conditions with a deferral", DEFERRED, List.of("come back"), "conditions"),
                Arguments.of("no recommendation", null, List.of(), "recommendation"));
    }

    @ParameterizedTest(name = "refuses {0}")
    @MethodSource("badVotes")
    void refusesAVoteWhoseConditionsDoNotFitItsRecommendation(String problem, PanelRecommendation recommendation,
            List<String> conditions, String field) {
        PanelMeeting meeting = meeting();
        PanelItem item = listed(meeting);
        assertThatThrownBy(() -> item.vote(meeting, "lay", recommendation, conditions, null))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors())
                        .extracting(InvalidRequestException.FieldError::field).containsExactly(field));
        assertThat(item.votes).isEmpty();
    }

    static Stream<Arguments> majorities() {
        return Stream.of(
                Arguments.of(List.of(SUPPORTED, SUPPORTED, SUPPORTED, NOT_SUPPORTED), SUPPORTED),
                Arguments.of(List.of(SUPPORTED, SUPPORTED_WITH_CONDITIONS, SUPPORTED_WITH_CONDITIONS, DEFERRED),
                        SUPPORTED_WITH_CONDITIONS),
                Arguments.of(List.of(NOT_SUPPORTED, DEFERRED, DEFERRED, SUPPORTED), DEFERRED),
                Arguments.of(List.of(SUPPORTED, SUPPORTED, NOT_SUPPORTED, NOT_SUPPORTED), NOT_SUPPORTED),
                Arguments.of(List.of(SUPPORTED, SUPPORTED, SUPPORTED_WITH_CONDITIONS, SUPPORTED_WITH_CONDITIONS),
                        SUPPORTED_WITH_CONDITIONS),
                Arguments.of(List.of(SUPPORTED_WITH_CONDITIONS, DEFERRED, SUPPORTED_WITH_CONDITIONS, DEFERRED),
                        DEFERRED),
                Arguments.of(List.of(SUPPORTED, SUPPORTED_WITH_CONDITIONS, DEFERRED, NOT_SUPPORTED), NOT_SUPPORTED));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("majorities")
    void recommendsWhatMostVotedForAndBreaksATieByCaution(List<PanelRecommendation> votes,
            PanelRecommendation expected) {
        PanelMeeting meeting = meeting();
        PanelItem item = listed(meeting);
        for (int i = 0; i < votes.size(); i++) {
            PanelRecommendation vote = votes.get(i);
            item.vote(meeting, EVERYONE.get(i), vote,
                    vote == SUPPORTED_WITH_CONDITIONS ? List.of("condition " + i) : List.of(), null);
        }
        item.conclude(meeting, "chair");
        assertThat(item.recommendation).isEqualTo(expected);
    }

    @Test
    void ordersRecommendationsByCaution() {
        assertThat(Stream.of(NOT_SUPPORTED, SUPPORTED, DEFERRED, SUPPORTED_WITH_CONDITIONS)
                .sorted(PanelRecommendation.BY_CAUTION))
                .containsExactly(SUPPORTED, SUPPORTED_WITH_CONDITIONS, DEFERRED, NOT_SUPPORTED);
        assertThat(NOT_SUPPORTED.isMoreCautiousThan(DEFERRED)).isTrue();
        assertThat(SUPPORTED.isMoreCautiousThan(SUPPORTED_WITH_CONDITIONS)).isFalse();
    }

    @Test
    void collectsTheDistinctConditionsOfTheConditionalSupporters() {
        PanelMeeting meeting = meeting();
        PanelItem item = listed(meeting);
        item.vote(meeting, "chair", SUPPORTED_WITH_CONDITIONS, List.of("no linkage to social care data",
                "annual progress report"), null);
        item.vote(meeting, "lay", SUPPORTED_WITH_CONDITIONS, List.of(" annual progress report ",
                "publish a lay summary"), null);
        item.vote(meeting, "clinician", SUPPORTED, List.of(), null);
        item.vote(meeting, "technologist", NOT_SUPPORTED, List.of(), "identifiers are not needed");
        item.conclude(meeting, "chair");
        assertThat(item.recommendation).isEqualTo(SUPPORTED_WITH_CONDITIONS);
        assertThat(item.conditions).containsExactly("no linkage to social care data", "annual progress report",
                "publish a lay summary");
    }

    @Test
    void setsNoConditionsWhenConditionalSupportDidNotCarry() {
        PanelMeeting meeting = meeting();
        PanelItem item = listed(meeting);
        item.vote(meeting, "chair", SUPPORTED_WITH_CONDITIONS, List.of("annual progress report"), null);
        item.vote(meeting, "lay", NOT_SUPPORTED, List.of(), null);
        item.vote(meeting, "clinician", NOT_SUPPORTED, List.of(), null);
        item.vote(meeting, "technologist", SUPPORTED, List.of(), null);
        item.conclude(meeting, "chair");
        assertThat(item.recommendation).isEqualTo(NOT_SUPPORTED);
        assertThat(item.conditions).isEmpty();
    }

    // Closing and the minutes

    @Test
    void closingDefersEveryUndecidedItemToALaterMeeting() {
        PanelMeeting meeting = meeting();
        PanelItem decided = listed(meeting, "DARS-000001");
        PanelItem undecided = listed(meeting, "DARS-000002");
        supported(meeting, decided, EVERYONE);
        decided.conclude(meeting, "chair");
        supported(meeting, undecided, List.of("chair", "lay"));

        meeting.close("chair", "The panel considered two applications.", List.of(decided, undecided));

        assertThat(meeting.status).isEqualTo(PanelMeetingStatus.CLOSED);
        assertThat(meeting.closedAt).isNotNull();
        assertThat(decided.recommendation).isEqualTo(SUPPORTED);
        assertThat(decided.note).isNull();
        assertThat(undecided.status).isEqualTo(PanelItemStatus.CONCLUDED);
        assertThat(undecided.recommendation).isEqualTo(DEFERRED);
        assertThat(undecided.note).contains("carried to a later meeting");
        assertThat(undecided.votes).hasSize(2);
        assertThat(meeting.minutes).startsWith("The panel considered two applications.")
                .contains("Item 1: DARS-000001 version 2", "Item 2: DARS-000002 version 2",
                        "Recommendation: DEFERRED", "Note: not decided at this meeting: carried to a later meeting");
    }

    @Test
    void refusesToCloseWithoutTheChairsMinutes() {
        PanelMeeting meeting = meeting();
        assertThatThrownBy(() -> meeting.close("chair", " ", List.of()))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors())
                        .extracting(InvalidRequestException.FieldError::field).containsExactly("minutes"));
        assertThat(meeting.status).isEqualTo(PanelMeetingStatus.SCHEDULED);
    }

    @Test
    void minutesNameTheRecusalsTheVotesAndTheRecommendation() {
        PanelMeeting meeting = meeting();
        PanelItem item = listed(meeting);
        item.vote(meeting, "clinician", SUPPORTED, List.of(), null);
        item.declare(meeting, "clinician", "my unit would\nreceive the data");
        item.vote(meeting, "chair", SUPPORTED_WITH_CONDITIONS, List.of("publish a lay summary"), "proportionate");
        item.vote(meeting, "lay", SUPPORTED_WITH_CONDITIONS, List.of("publish a lay summary"), null);
        item.vote(meeting, "technologist", NOT_SUPPORTED, List.of(), null);
        item.conclude(meeting, "chair");

        meeting.close("chair", "Quorate throughout.", List.of(item));

        assertThat(meeting.minutes).contains(
                "Record of the advisory panel meeting held on 2026-03-04",
                "Members: chair (chair), lay (lay member), clinician (specialist), technologist (specialist)",
                "Item 1: DARS-000042 version 2",
                "Taking part: chair (chair), lay (lay member), technologist (specialist)",
                "- clinician: my unit would receive the data; recused, vote withdrawn",
                "- chair: SUPPORTED_WITH_CONDITIONS (conditions: publish a lay summary): proportionate",
                "- lay: SUPPORTED_WITH_CONDITIONS (conditions: publish a lay summary)\n",
                "- technologist: NOT_SUPPORTED",
                "Recommendation: SUPPORTED_WITH_CONDITIONS\nConditions:\n- publish a lay summary");
        assertThat(meeting.minutes).doesNotContain("- clinician: SUPPORTED");
    }

    @Test
    void minutesOfAnItemBeforeItIsConcludedSayNoRecommendationYet() {
        PanelMeeting meeting = meeting();
        assertThat(listed(meeting).minute(meeting).lines()).contains("Declarations of interest: none", "Votes: none",
                "Recommendation: none yet");
    }
}
