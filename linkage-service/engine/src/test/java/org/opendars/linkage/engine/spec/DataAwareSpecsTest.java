package org.opendars.linkage.engine.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendars.linkage.engine.data.ColumnRole;

class DataAwareSpecsTest {

    private static final String[] GIVEN = {"anna", "ben", "clara", "david", "emma", "frank", "grace", "harry"};
    private static final String[] FAMILY = {"smith", "jones", "brown", "taylor", "wilson", "evans", "thomas"};
    private static final String[] STATES = {"nsw", "vic", "qld", "sa", "wa"};
    private static final String[] SUBURBS = {"north ryde", "bega", "windermere", "richlands", "miami", "milton",
        "marsden", "delmar", "cleveland", "hughes", "kingston", "lyneham", "curtin", "deakin", "bruce",
        "page", "cook", "scullin", "weston", "holt", "latham", "evatt", "giralang", "kaleen", "macgregor",
        "higgins", "florey", "dunlop", "charnwood", "fraser", "spence", "melba"};

    @Test
    void comparesAustralianPostcodesAsCodesAndEveryOtherInformativeColumn() {
        LinkSpec spec = DataAwareSpecs.forSample(febrlLikeSample(2_000), null);

        assertThat(spec.idColumn()).isEqualTo("rec_id");
        assertThat(comparison(spec, "postcode").type()).isEqualTo(ComparisonType.STRING);
        assertThat(comparison(spec, "postcode").levels()).containsExactly("dl<=1");
        assertThat(spec.columns()).containsEntry("postcode", ColumnRole.TEXT)
                .containsEntry("date_of_birth", ColumnRole.DATE_OF_BIRTH)
                .containsEntry("given_name", ColumnRole.GIVEN_NAME);
        assertThat(comparison(spec, "soc_sec_id").levels()).containsExactly("dl<=1");
        assertThat(comparison(spec, "street_number").type()).isEqualTo(ComparisonType.EXACT);
        assertThat(comparison(spec, "state").type()).isEqualTo(ComparisonType.EXACT);
        assertThat(comparison(spec, "suburb").termFrequency()).isTrue();
        assertThat(comparison(spec, "name").type()).isEqualTo(ComparisonType.FORENAME_SURNAME);
        assertThat(spec.blocking()).contains(List.of("soc_sec_id"), List.of("date_of_birth", "surname"));
        assertThat(spec.blocking().size()).isBetween(3, 12);
        assertThat(spec.training().emBlocking()).contains(List.of("date_of_birth"))
                .noneMatch(rule -> rule.contains("postcode") || rule.contains("suburb"));
        assertThat(spec.deterministic().enabled()).isFalse();
    }

    @Test
    void comparesMostlyUkPostcodesAsPostcodesAndKeepsTheHesRanksForNhsData() {
        DataSample sample = sample(List.of("record_id", "nhs_number", "given_name", "family_name", "date_of_birth",
                "sex", "postcode", "person_id"), 500, row -> List.of("r" + row, "943476591" + (row % 10),
                GIVEN[row % GIVEN.length], FAMILY[row % FAMILY.length], "1970-01-" + (10 + row % 18),
                String.valueOf(1 + row % 2), "LS" + (1 + row % 9) + " " + (row % 10) + "AP", "p" + row));

        LinkSpec spec = DataAwareSpecs.forSample(sample, null);

        assertThat(comparison(spec, "postcode").type()).isEqualTo(ComparisonType.POSTCODE);
        assertThat(spec.deterministic().enabled()).isTrue();
        assertThat(spec.columns()).doesNotContainKey("person_id");
    }

    @Test
    void leavesOutTheTruthColumnAndColumnsWithOneValue() {
        DataSample sample = sample(List.of("unique_id", "first_name", "surname", "dob", "email", "cluster",
                "country", "group"), 400, row -> List.of(String.valueOf(row), GIVEN[row % GIVEN.length],
                FAMILY[row % FAMILY.length], "1980-02-" + (10 + row % 18), "user" + row / 2 + "@example.com",
                String.valueOf(row / 2), "uk", String.valueOf(row / 3)));

        LinkSpec spec = DataAwareSpecs.forSample(sample, "group");

        assertThat(spec.columns()).doesNotContainKeys("cluster", "country", "group");
        assertThat(comparison(spec, "email").levels()).containsExactly("jw>=0.88");
        assertThat(spec.blocking()).contains(List.of("email"));
        assertThat(spec.training().deterministicRules()).contains(List.of("email"));
    }

    @Test
    void dropsSingleFieldBlockingRulesThatWouldBeTooCostlyOnALargeFile() {
        DataSample small = febrlLikeSample(2_000);
        DataSample large = new DataSample(small.header(), small.rows(), small.sampledRows(), 5_000_000, 0);

        LinkSpec spec = DataAwareSpecs.forSample(large, null);

        assertThat(spec.blocking()).doesNotContain(List.of("state"), List.of("surname"), List.of("given_name"));
        assertThat(spec.blocking()).contains(List.of("soc_sec_id"));
    }

    @Test
    void keepsTheMostTellingSixteenComparisonsOfAWideFile() {
        List<String> header = new ArrayList<>(List.of("id", "first_name", "surname", "dob"));
        for (int i = 0; i < 20; i++) {
            header.add("attribute_" + i);
        }
        DataSample sample = sample(header, 300, row -> {
            List<String> values = new ArrayList<>(List.of("r" + row, GIVEN[row % GIVEN.length],
                    FAMILY[row % FAMILY.length], "1990-03-" + (10 + row % 18)));
            for (int i = 0; i < 20; i++) {
                values.add(SUBURBS[(row + i) % SUBURBS.length]);
            }
            return values;
        });

        LinkSpec spec = DataAwareSpecs.forSample(sample, null);

        assertThat(spec.comparisons()).hasSizeLessThanOrEqualTo(16);
        assertThat(spec.comparisons()).extracting(ComparisonSpec::name).contains("name", "dob");
    }

    @Test
    void comparesOnlyColumnsPresentInBothFilesAndEstimatesTheirSizes(@TempDir Path folder) throws IOException {
        Path left = folder.resolve("left.csv");
        Path right = folder.resolve("right.csv");
        StringBuilder leftRows = new StringBuilder("id,first_name,surname,dob,notes\n");
        StringBuilder rightRows = new StringBuilder("id,surname,first_name,dob\n");
        for (int row = 0; row < 50; row++) {
            leftRows.append(row).append(',').append(GIVEN[row % GIVEN.length]).append(',')
                    .append(FAMILY[row % FAMILY.length]).append(",1975-05-").append(10 + row % 18)
                    .append(",note ").append(row).append('\n');
            rightRows.append(row).append(',').append(FAMILY[row % FAMILY.length]).append(',')
                    .append(GIVEN[row % GIVEN.length]).append(",1975-05-").append(10 + row % 18).append('\n');
        }
        Files.writeString(left, leftRows);
        Files.writeString(right, rightRows);

        DataSample sample = DataSample.of(left, right, DataSample.DEFAULT_ROWS);
        LinkSpec spec = DataAwareSpecs.forSample(sample, null);

        assertThat(sample.leftRecords()).isEqualTo(50);
        assertThat(sample.rightRecords()).isEqualTo(50);
        assertThat(spec.columns()).containsKeys("first_name", "surname", "dob").doesNotContainKey("notes");
    }

    private static ComparisonSpec comparison(LinkSpec spec, String name) {
        return spec.comparisons().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static DataSample febrlLikeSample(int rows) {
        return sample(List.of("rec_id", "given_name", "surname", "street_number", "address_1", "suburb", "postcode",
                "state", "date_of_birth", "soc_sec_id"), rows, row -> List.of("rec-" + row + "-org",
                GIVEN[row % GIVEN.length] + (row % 13 == 0 ? "" : (char) ('a' + row % 26)),
                FAMILY[row % FAMILY.length] + (char) ('a' + row / 26 % 26), String.valueOf(1 + row % 97),
                "wallaby place " + row % 300, SUBURBS[row % SUBURBS.length] + (row % 50 == 0 ? "x" : ""),
                String.valueOf(2000 + row % 1500), STATES[row % STATES.length],
                String.valueOf(19500101 + (row % 12) * 100 + row % 28), String.valueOf(1_000_000 + row * 7)));
    }

    private static DataSample sample(List<String> header, int rows, IntFunction<List<String>> row) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        header.forEach(column -> values.put(column, new ArrayList<>()));
        for (int r = 0; r < rows; r++) {
            List<String> record = row.apply(r);
            for (int c = 0; c < header.size(); c++) {
                values.get(header.get(c)).add(record.get(c));
            }
        }
        return new DataSample(header, values, rows, rows, 0);
    }
}
