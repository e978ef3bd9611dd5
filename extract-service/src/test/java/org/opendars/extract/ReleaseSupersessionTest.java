package org.opendars.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.opendars.extract.ContentTable.Accumulation;

class ReleaseSupersessionTest {

    private static final FinancialYear YEAR = FinancialYear.parse("2024-25");

    private static ReleaseFile file(String period, int version) {
        return ReleaseFile.received("HES_APC", "2024-25-" + period, version, YEAR, ReleasePeriod.parse(period),
                "ab".repeat(32), 10, "maya");
    }

    @Test
    void aLaterMonthOfTheYearTakesOverFromTheEarlierOnes() {
        ReleaseFile m06 = file("M06", 1);
        ReleaseFile m07 = file("M07", 1);
        assertThat(ReleaseIngestion.settle(m07, List.of(), List.of(m06), Accumulation.YEAR_TO_DATE)).containsExactly(m06);
        assertThat(m06.isCurrent()).isFalse();
        assertThat(m06.supersededBy).isEqualTo("2024-25-M07 v1");
        assertThat(m07.isCurrent()).isTrue();
    }

    @Test
    void aNewFileVersionTakesOverFromTheEarlierVersionOfItsRelease() {
        ReleaseFile v1 = file("M06", 1);
        ReleaseFile v2 = file("M06", 2);
        assertThat(ReleaseIngestion.settle(v2, List.of(v1), List.of(v1), Accumulation.YEAR_TO_DATE)).containsExactly(v1);
        assertThat(v2.isCurrent()).isTrue();
    }

    @Test
    void aMonthArrivingAfterALaterOneIsKeptButNotInForce() {
        ReleaseFile m07 = file("M07", 1);
        ReleaseFile m06 = file("M06", 1);
        assertThat(ReleaseIngestion.settle(m06, List.of(), List.of(m07), Accumulation.YEAR_TO_DATE)).isEmpty();
        assertThat(m06.isCurrent()).isFalse();
        assertThat(m07.isCurrent()).isTrue();
    }

    @Test
    void theAnnualRefreshClosesTheYear() {
        ReleaseFile m12 = file("M12", 2);
        ReleaseFile refresh = file("AR", 1);
        assertThat(ReleaseIngestion.settle(refresh, List.of(), List.of(m12), Accumulation.YEAR_TO_DATE))
                .containsExactly(m12);
        ReleaseFile lateMonth = file("M11", 1);
        ReleaseIngestion.settle(lateMonth, List.of(), List.of(refresh), Accumulation.YEAR_TO_DATE);
        assertThat(lateMonth.isCurrent()).isFalse();
    }

    @Test
    void monthsOfADataSetThatBringsOnlyWhatIsNewStayInForceTogether() {
        ReleaseFile m06 = file("M06", 1);
        ReleaseFile m07 = file("M07", 1);
        assertThat(ReleaseIngestion.settle(m07, List.of(), List.of(m06), Accumulation.INCREMENTAL)).isEmpty();
        assertThat(m06.isCurrent()).isTrue();
        assertThat(m07.isCurrent()).isTrue();
    }

    @Test
    void theAnnualRefreshOfADataSetThatBringsOnlyWhatIsNewReplacesItsMonths() {
        ReleaseFile m06 = file("M06", 1);
        ReleaseFile m07 = file("M07", 1);
        ReleaseFile refresh = file("AR", 1);
        assertThat(ReleaseIngestion.settle(refresh, List.of(), List.of(m06, m07), Accumulation.INCREMENTAL))
                .containsExactlyInAnyOrder(m06, m07);
        ReleaseFile lateMonth = file("M08", 1);
        ReleaseIngestion.settle(lateMonth, List.of(), List.of(refresh), Accumulation.INCREMENTAL);
        assertThat(lateMonth.isCurrent()).isFalse();
    }

    @Test
    void readsFinancialYearsAndPeriodsAsTheCustodianWritesThem() {
        assertThat(FinancialYear.parse("2024-25").startYear()).isEqualTo(2024);
        assertThat(FinancialYear.parse("1999-00").startYear()).isEqualTo(1999);
        assertThat(FinancialYear.containing(java.time.LocalDate.of(2025, 3, 31))).isEqualTo(YEAR);
        assertThat(ReleasePeriod.parse("M01").month()).isEqualTo(1);
        assertThat(ReleasePeriod.parse("AR").isAnnualRefresh()).isTrue();
        for (String bad : List.of("2024-26", "2024", "24-25", "")) {
            assertThatThrownBy(() -> FinancialYear.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        for (String bad : List.of("M00", "M13", "6", "ar")) {
            assertThatThrownBy(() -> ReleasePeriod.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
