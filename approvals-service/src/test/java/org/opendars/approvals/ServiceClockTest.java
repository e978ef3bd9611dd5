package org.opendars.approvals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.opendars.approvals.ServiceClock.Pause;
import org.opendars.approvals.ServiceClock.Reading;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServiceClockTest {

    private static final WorkingCalendar ENGLAND = WorkingCalendar.england();

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    private static ServiceClock clock(String received, int target, Pause... pauses) {
        return new ServiceClock(day(received), List.of(pauses), Optional.empty(), target, ENGLAND);
    }

    private static ServiceClock stoppedOn(String received, String decided, int target) {
        return new ServiceClock(day(received), List.of(), Optional.of(day(decided)), target, ENGLAND);
    }

    @ParameterizedTest(name = "received Friday 6 June 2025, read {0}: {1} days")
    @CsvSource(textBlock = """
            2025-06-06, 0
            2025-06-07, 0
            2025-06-08, 0
            2025-06-09, 1
            2025-06-10, 2
            2025-06-13, 5
            """)
    void countsWorkingDaysAfterTheDayOfReceipt(LocalDate today, int elapsed) {
        Reading reading = clock("2025-06-06", 20).read(today);
        assertThat(reading.elapsedWorkingDays()).isEqualTo(elapsed);
        assertThat(reading.remainingWorkingDays()).isEqualTo(20 - elapsed);
        assertThat(reading.pausedWorkingDays()).isZero();
        assertThat(reading.paused()).isFalse();
        assertThat(reading.stopped()).isFalse();
        assertThat(reading.breached()).isFalse();
    }

    @Test
    void aCaseReceivedOnAFridayIsOneDayOldOnMonday() {
        assertThat(clock("2025-06-06", 20).read(day("2025-06-09")).elapsedWorkingDays()).isEqualTo(1);
    }

    @ParameterizedTest(name = "returned Tuesday 10 June, resubmitted Tuesday 17 June, read {0}: {1} counted, {2} paused")
    @CsvSource(textBlock = """
            2025-06-09, 5,  0, false
            2025-06-10, 5,  1, true
            2025-06-13, 5,  4, true
            2025-06-16, 5,  5, true
            2025-06-17, 6,  5, false
            2025-06-20, 9,  5, false
            """)
    void removesExactlyTheWorkingDaysFromReturnToResubmission(LocalDate today, int elapsed, int paused,
            boolean pausedNow) {
        Reading reading = clock("2025-06-02", 20, Pause.between(day("2025-06-10"), day("2025-06-17"))).read(today);
        assertThat(reading.elapsedWorkingDays()).isEqualTo(elapsed);
        assertThat(reading.pausedWorkingDays()).isEqualTo(paused);
        assertThat(reading.paused()).isEqualTo(pausedNow);
    }

    @Test
    void movesTheDueDateOnByTheWorkingDaysOfAClosedPause() {
        ServiceClock clock = clock("2025-06-02", 20, Pause.between(day("2025-06-10"), day("2025-06-17")));
        assertThat(clock("2025-06-02", 20).read(day("2025-06-20")).dueDate()).isEqualTo(day("2025-06-30"));
        assertThat(clock.read(day("2025-06-20")).dueDate()).isEqualTo(day("2025-07-07"));
    }

    @Test
    void countsNothingForAPauseEndedOnTheDayItBegan() {
        Reading reading = clock("2025-06-02", 20, Pause.between(day("2025-06-10"), day("2025-06-10")))
                .read(day("2025-06-13"));
        assertThat(reading.elapsedWorkingDays()).isEqualTo(9);
        assertThat(reading.pausedWorkingDays()).isZero();
    }

    @ParameterizedTest(name = "returned Tuesday 10 June and not resubmitted, read {0}: due {1}")
    @CsvSource(textBlock = """
            2025-06-09, 2025-06-30, false
            2025-06-10, 2025-06-30, true
            2025-06-11, 2025-07-01, true
            2025-06-13, 2025-07-03, true
            2025-06-14, 2025-07-04, true
            2025-06-15, 2025-07-04, true
            2025-06-16, 2025-07-04, true
            2025-06-17, 2025-07-07, true
            """)
    void anOpenPauseFreezesTheClockAndMovesTheDueDateDayByDay(LocalDate today, LocalDate due, boolean paused) {
        Reading reading = clock("2025-06-02", 20, Pause.open(day("2025-06-10"))).read(today);
        assertThat(reading.elapsedWorkingDays()).isEqualTo(5);
        assertThat(reading.remainingWorkingDays()).isEqualTo(15);
        assertThat(reading.dueDate()).isEqualTo(due);
        assertThat(reading.paused()).isEqualTo(paused);
    }

    @Test
    void dueDateOfAnOpenPauseIsTheOneAResubmissionThatDayWouldGive() {
        ServiceClock stillReturned = clock("2025-06-02", 20, Pause.open(day("2025-06-10")));
        ServiceClock resubmitted = clock("2025-06-02", 20, Pause.between(day("2025-06-10"), day("2025-06-13")));
        assertThat(stillReturned.read(day("2025-06-13")).dueDate())
                .isEqualTo(resubmitted.read(day("2025-06-13")).dueDate());
    }

    @ParameterizedTest(name = "decided Friday 13 June, read {0}: {1} days, stopped {2}")
    @CsvSource(textBlock = """
            2025-06-12, 8, false
            2025-06-13, 9, true
            2025-06-16, 9, true
            2025-09-01, 9, true
            """)
    void aStoppedClockDoesNotGrow(LocalDate today, int elapsed, boolean stopped) {
        Reading reading = stoppedOn("2025-06-02", "2025-06-13", 20).read(today);
        assertThat(reading.elapsedWorkingDays()).isEqualTo(elapsed);
        assertThat(reading.stopped()).isEqualTo(stopped);
        assertThat(reading.dueDate()).isEqualTo(day("2025-06-30"));
        assertThat(reading.breached()).isFalse();
    }

    @Test
    void aDecisionWhileReturnedStopsTheClockRatherThanPausingIt() {
        Reading reading = new ServiceClock(day("2025-06-02"), List.of(Pause.open(day("2025-06-10"))),
                Optional.of(day("2025-06-13")), 20, ENGLAND).read(day("2025-06-20"));
        assertThat(reading.elapsedWorkingDays()).isEqualTo(5);
        assertThat(reading.pausedWorkingDays()).isEqualTo(4);
        assertThat(reading.stopped()).isTrue();
        assertThat(reading.paused()).isFalse();
    }

    @ParameterizedTest(name = "target 5 from Monday 2 June, read {0}: {1} days, breached {2}")
    @CsvSource(textBlock = """
            2025-06-06, 4, false, 1
            2025-06-09, 5, false, 0
            2025-06-10, 6, true,  0
            2025-06-20, 14, true, 0
            """)
    void breachesOnlyPastTheTarget(LocalDate today, int elapsed, boolean breached, int remaining) {
        Reading reading = clock("2025-06-02", 5).read(today);
        assertThat(reading.elapsedWorkingDays()).isEqualTo(elapsed);
        assertThat(reading.breached()).isEqualTo(breached);
        assertThat(reading.remainingWorkingDays()).isEqualTo(remaining);
        assertThat(reading.targetWorkingDays()).isEqualTo(5);
        assertThat(reading.dueDate()).isEqualTo(day("2025-06-09"));
    }

    @ParameterizedTest(name = "received {0} with a target of {1}: due {2}")
    @CsvSource(textBlock = """
            2025-04-10, 5,  2025-04-17
            2025-04-10, 6,  2025-04-22
            2022-05-27, 5,  2022-06-07
            2025-12-22, 3,  2025-12-29
            2025-06-02, 20, 2025-06-30
            """)
    void theDueDateSkipsBankHolidays(LocalDate received, int target, LocalDate due) {
        Reading reading = ServiceClock.running(received, target, ENGLAND).read(received);
        assertThat(reading.elapsedWorkingDays()).isZero();
        assertThat(reading.dueDate()).isEqualTo(due);
    }

    @Test
    void aReadingBeforeReceiptHasNothingElapsed() {
        Reading reading = clock("2025-06-06", 5).read(day("2025-06-01"));
        assertThat(reading.elapsedWorkingDays()).isZero();
        assertThat(reading.dueDate()).isEqualTo(day("2025-06-13"));
    }

    @Test
    void refusesAPauseThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> Pause.between(day("2025-06-10"), day("2025-06-09")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before it was returned");
    }

    @Test
    void refusesAPauseBeforeReceipt() {
        assertThatThrownBy(() -> clock("2025-06-06", 20, Pause.open(day("2025-06-05"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before it was received");
    }

    @Test
    void allowsAPauseFromTheDayOfReceipt() {
        Reading reading = clock("2025-06-06", 20, Pause.open(day("2025-06-06"))).read(day("2025-06-09"));
        assertThat(reading.elapsedWorkingDays()).isZero();
        assertThat(reading.dueDate()).isEqualTo(day("2025-07-04"));
    }

    @Test
    void refusesADecisionBeforeReceipt() {
        assertThatThrownBy(() -> stoppedOn("2025-06-06", "2025-06-05", 20))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "refuses a target of {0}")
    @CsvSource({"0", "-1"})
    void refusesATargetBelowOneDay(int target) {
        assertThatThrownBy(() -> clock("2025-06-06", target)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1");
    }

    @ParameterizedTest(name = "{0} is {1} in London")
    @CsvSource(textBlock = """
            2025-06-30T23:30:00Z, 2025-07-01
            2025-06-30T22:59:59Z, 2025-06-30
            2025-01-31T23:30:00Z, 2025-01-31
            2025-03-30T00:30:00Z, 2025-03-30
            """)
    void datesInstantsInLondon(Instant at, LocalDate date) {
        assertThat(ServiceClock.londonDate(at)).isEqualTo(date);
    }
}
