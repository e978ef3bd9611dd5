package org.opendars.linkage.engine.deterministic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import java.util.stream.Stream;
import org.opendars.linkage.engine.PersonRecord;
import org.opendars.linkage.engine.quality.DeterministicReports;
import org.opendars.linkage.engine.quality.QualityReport;
import org.opendars.linkage.engine.spec.Specs;

class DeterministicLinkerTest {

    private static final String NHS = "9434765919";
    private static final String OTHER_NHS = "4010232137";
    private static final String CARE_HOME = "LS6 2QE";

    private final DeterministicLinker linker =
            DeterministicLinker.hesDefault(new PostcodeIgnoreList(List.of(CARE_HOME)));

    private static PersonRecord record(String id, String nhs, String dob, String sex, String postcode) {
        return new PersonRecord(id, nhs, dob, sex, postcode, null, null, null);
    }

    @ParameterizedTest(name = "rank {0}: nhs={1} dob={2} sex={3} postcode={4}")
    @CsvSource(nullValues = "-", value = {
        "1, 9434765919, 1971-06-24, 1, LS1 4AP",
        "2, 9434765919, 1971-06-24, 1, LS2 7AA",
        "2, 9434765919, 1971-06-24, 1, -",
        "3, 9434765919, 1971-06-25, M, LS1 4AP",
        "3, 9434765919, 1970-06-24, 1, LS1 4AP",
        "4, 9434765919, 1972-06-24, 1, LS2 7AA",
        "5, 9434765919, 1980-01-02, 2, LS1 4AP",
        "5, 9434765919, -, -, ls14ap",
        "6, -, 1971-06-24, 1, LS1 4AP",
        "6, 9434765918, 24/06/1971, 1, LS1 4AP",
        "8, 9434765919, 1980-01-02, 2, LS2 7AA",
        "0, 4010232137, 1971-06-24, 1, LS1 4AP",
        "0, -, 1971-06-24, 2, LS1 4AP",
        "0, -, -, -, -"
    })
    void assignsTheBestRankEachRecordSatisfies(int rank, String nhs, String dob, String sex, String postcode) {
        PersonIndex index = PersonIndex.of(List.of(record("P1", NHS, "1971-06-24", "1", "LS1 4AP")));

        DeterministicMatch match = linker.link(List.of(record("R1", nhs, dob, sex, postcode)), index).get(0);

        assertThat(match.rank()).isEqualTo(rank);
        assertThat(match.personId()).isEqualTo(rank == 0 ? null : "P1");
        assertThat(match.ambiguous()).isFalse();
    }

    @Test
    void fallsToRankSevenWhenPostcodeIsOnTheIgnoreList() {
        PersonIndex index = PersonIndex.of(List.of(record("P1", NHS, "1971-06-24", "1", CARE_HOME)));

        DeterministicMatch match = linker.link(List.of(record("R1", null, "1971-06-24", "1", CARE_HOME)), index).get(0);

        assertThat(match.rank()).isEqualTo(7);
        assertThat(match.personId()).isEqualTo("P1");
    }

    @Test
    void neverLinksOnDateOfBirthAndPostcodeWhenDateIsFirstOfJanuary() {
        PersonIndex index = PersonIndex.of(List.of(record("P1", NHS, "1971-01-01", "1", "LS1 4AP")));

        DeterministicMatch match = linker.link(List.of(record("R1", null, "1971-01-01", "1", "LS1 4AP")), index).get(0);

        assertThat(match.matched()).isFalse();
        assertThat(match.rank()).isZero();
    }

    @Test
    void reportsTwoPersonsAtTheSameRankAsAmbiguousWithoutLinking() {
        PersonIndex index = PersonIndex.of(List.of(
                record("P1", NHS, "1971-06-24", "1", "LS1 4AP"),
                record("P2", OTHER_NHS, "1971-06-24", "1", "LS1 4AP")));

        DeterministicMatch match = linker.link(List.of(record("R1", null, "1971-06-24", "1", "LS1 4AP")), index).get(0);

        assertThat(match.ambiguous()).isTrue();
        assertThat(match.matched()).isFalse();
        assertThat(match.rank()).isEqualTo(6);
        assertThat(match.candidates()).isEqualTo(2);
    }

    @Test
    void prefersTheNhsNumberMatchOverASharedBirthdayAndAddress() {
        PersonIndex index = PersonIndex.of(List.of(
                record("TWIN", OTHER_NHS, "1971-06-24", "1", "LS1 4AP"),
                record("P1", NHS, "1971-06-24", "1", "LS1 4AP")));

        DeterministicMatch match = linker.link(List.of(record("R1", NHS, "1971-06-24", "1", "LS1 4AP")), index).get(0);

        assertThat(match.personId()).isEqualTo("P1");
        assertThat(match.rank()).isEqualTo(1);
    }

    @Test
    void reportsInvalidValuesInsteadOfMatchingOnThem() {
        PersonIndex index = PersonIndex.of(List.of(record("P1", NHS, "1971-06-24", "1", "LS1 4AP")));

        DeterministicMatch match = linker.link(List.of(record("R1", "9434765910", "1971-02-30", "1", "ZZ99 3VZ")),
                index).get(0);

        assertThat(match.matched()).isFalse();
        assertThat(match.issues()).extracting(issue -> issue.field())
                .containsExactlyInAnyOrder("nhsNumber", "dateOfBirth", "postcode");
    }

    @Test
    void summarisesDeterministicMatchesInAQualityReport() throws Exception {
        PersonIndex index = PersonIndex.of(List.of(
                record("P1", NHS, "1971-06-24", "1", "LS1 4AP"),
                record("P2", OTHER_NHS, "1980-03-02", "2", "LS1 4AP"),
                record("P3", null, "1980-03-02", "2", "LS1 4AP")));
        List<DeterministicMatch> matches = linker.link(Stream.of(
                record("R1", NHS, "1971-06-24", "1", "LS1 4AP"),
                record("R2", null, "1980-03-02", "2", "LS1 4AP"),
                record("R3", "0000000000", "1990-01-01", "1", "M1 1AE")), index);

        QualityReport report = DeterministicReports.of(matches, 3, 5);

        assertThat(report.links()).isEqualTo(1);
        assertThat(report.linksByRank()).containsEntry("1", 1L);
        assertThat(report.ambiguousDeterministic()).isEqualTo(1);
        assertThat(report.unmatchedLeft()).isEqualTo(2);
        assertThat(report.validationIssues()).containsEntry("nhsNumber: NHS number has all digits the same", 1L);
        assertThat(Specs.JSON.writeValueAsString(report)).contains("\"linksByRank\"");
    }
}
