package org.opendars.approvals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingCalendarTest {

    private final WorkingCalendar england = WorkingCalendar.england();

    @ParameterizedTest(name = "{0} ({1}) is a bank holiday")
    @CsvSource(delimiter = '|', textBlock = """
            2018-01-01 | New Year's Day
            2022-01-03 | New Year's Day on the Monday after a Saturday
            2023-01-02 | New Year's Day on the Monday after a Sunday
            2024-03-29 | Good Friday
            2024-04-01 | Easter Monday
            2025-04-18 | Good Friday
            2025-04-21 | Easter Monday
            2026-04-03 | Good Friday
            2026-04-06 | Easter Monday
            2020-05-08 | early May moved to the Friday for VE day
            2022-06-02 | spring bank holiday moved to the Thursday
            2022-06-03 | Platinum Jubilee
            2022-09-19 | state funeral of Queen Elizabeth II
            2023-05-08 | coronation of King Charles III
            2025-05-05 | early May
            2025-05-26 | spring bank holiday
            2025-08-25 | summer bank holiday
            2020-12-28 | Boxing Day on the Monday after a Saturday
            2021-12-27 | Christmas on the Monday after a Saturday
            2021-12-28 | Boxing Day on the Tuesday after a Sunday
            2022-12-26 | Boxing Day on a Monday
            2022-12-27 | Christmas on the Tuesday after a Sunday
            2026-12-28 | Boxing Day on the Monday after a Saturday
            2032-12-27 | Christmas in the last year of the table
            """)
    void knowsTheBankHolidays(LocalDate day, String why) {
        assertThat(england.isWorkingDay(day)).as(why).isFalse();
    }

    @ParameterizedTest(name = "{0} ({1}) is a working day")
    @CsvSource(delimiter = '|', textBlock = """
            2020-05-04 | the first Monday of May 2020, given up for VE day
            2022-05-30 | the last Monday of May 2022, given up for the Jubilee
            2023-05-02 | the day after the first Monday of May 2023
            2025-04-17 | Maundy Thursday
            2025-04-22 | the Tuesday after Easter
            2025-12-24 | Christmas Eve
            2025-12-29 | between Christmas and New Year
            2021-12-29 | the first day back after Christmas 2021
            2025-06-06 | a Friday
            """)
    void knowsTheWorkingDays(LocalDate day, String why) {
        assertThat(england.isWorkingDay(day)).as(why).isTrue();
    }

    @Test
    void doesNotWorkAtTheWeekend() {
        assertThat(england.isWorkingDay(LocalDate.of(2025, 6, 7))).isFalse();
        assertThat(england.isWorkingDay(LocalDate.of(2025, 6, 8))).isFalse();
    }

    @ParameterizedTest(name = "{0} to {1}: {2} working days")
    @CsvSource(textBlock = """
            2025-04-17, 2025-04-22, 1
            2025-04-17, 2025-04-21, 0
            2025-04-01, 2025-04-30, 19
            2025-05-23, 2025-05-27, 1
            2025-06-06, 2025-06-09, 1
            2025-06-06, 2025-06-06, 0
            2025-06-09, 2025-06-06, 0
            2025-12-24, 2026-01-02, 4
            """)
    void countsTheWorkingDaysAfterTheFirstUpToTheLast(LocalDate from, LocalDate to, int expected) {
        assertThat(england.workingDaysAfter(from, to)).isEqualTo(expected);
    }

    @Test
    void skipsTheEasterWeekend() {
        assertThat(england.plusWorkingDays(LocalDate.of(2025, 4, 17), 1)).isEqualTo(LocalDate.of(2025, 4, 22));
    }

    @ParameterizedTest(name = "{1} working days after {0} is {2}")
    @CsvSource(textBlock = """
            2025-12-24, 1, 2025-12-29
            2025-12-24, 4, 2026-01-02
            2021-12-24, 1, 2021-12-29
            2022-12-23, 1, 2022-12-28
            2025-12-25, 0, 2025-12-25
            """)
    void countsForwardOverChristmas(LocalDate from, int days, LocalDate expected) {
        assertThat(england.plusWorkingDays(from, days)).isEqualTo(expected);
    }

    @Test
    void refusesToCountBackwards() {
        assertThatThrownBy(() -> england.plusWorkingDays(LocalDate.of(2025, 6, 6), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void coversTheTableToTheEndOfItsLastYear() {
        assertThat(england.coveredUntil()).isEqualTo(LocalDate.of(2032, 12, 31));
    }

    @Test
    void countsOnlyWeekendsInAYearPastTheTable() {
        // Easter 2033 and the substitute for a Saturday New Year's Day will be holidays, but are not in the table yet.
        assertThat(england.isWorkingDay(LocalDate.of(2033, 4, 15))).isTrue();
        assertThat(england.isWorkingDay(LocalDate.of(2033, 4, 18))).isTrue();
        assertThat(england.isWorkingDay(LocalDate.of(2033, 4, 16))).isFalse();
        assertThat(england.workingDaysAfter(LocalDate.of(2033, 4, 1), LocalDate.of(2033, 4, 30))).isEqualTo(20);
        assertThat(england.workingDaysAfter(LocalDate.of(2032, 12, 24), LocalDate.of(2033, 1, 4))).isEqualTo(5);
    }

    @Test
    void readsTheTableOnce() {
        assertThat(WorkingCalendar.england()).isSameAs(england);
    }
}
