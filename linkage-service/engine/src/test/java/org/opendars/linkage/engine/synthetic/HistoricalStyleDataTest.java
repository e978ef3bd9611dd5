package org.opendars.linkage.engine.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoricalStyleDataTest {

    private static final int RECORDS = 50_000;

    @TempDir
    static Path folder;

    static HistoricalStyleData.Written written;
    static List<String[]> rows;

    @BeforeAll
    static void generate() throws IOException {
        written = HistoricalStyleData.write(folder, RECORDS, 3);
        List<String> lines = Files.readAllLines(written.file());
        assertThat(lines.get(0)).isEqualTo(
                "unique_id,cluster,first_name,surname,dob,birth_place,postcode_fake,gender,occupation");
        rows = lines.subList(1, lines.size()).stream().map(line -> line.split(",", -1)).toList();
    }

    @Test
    void sameSeedWritesIdenticalFiles() throws IOException {
        Path again = HistoricalStyleData.write(folder.resolve("again"), RECORDS, 3).file();
        Path other = HistoricalStyleData.write(folder.resolve("other"), RECORDS, 4).file();

        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(written.file()))
                .isNotEqualTo(Files.readAllBytes(other));
    }

    @Test
    void holdsTheAskedNumberOfRecordsWithManyPerPerson() {
        assertThat(rows).hasSize(RECORDS).allSatisfy(row -> assertThat(row).hasSize(9));
        Map<String, Integer> perPerson = new HashMap<>();
        rows.forEach(row -> perPerson.merge(row[1], 1, Integer::sum));
        assertThat(perPerson).hasSize(written.people());
        assertThat(written.people()).isBetween(4_000, 7_000);
        assertThat(perPerson.values()).allMatch(n -> n >= 1 && n <= 40);
        assertThat(perPerson.values().stream().filter(n -> n == 1).count()).isGreaterThan(500);
        assertThat(perPerson.values().stream().filter(n -> n >= 30).count()).isGreaterThan(200);
        assertThat(rows.get(0)[0]).isEqualTo("0");
        assertThat(rows.stream().limit(20).map(row -> row[1]).distinct().count()).as("people mixed").isGreaterThan(15);
    }

    @Test
    void namesVaryByPetNameInitialTitleAndMiddleName() {
        Set<String> petNames = new HashSet<>();
        HistoricalNames.PET_NAMES.values().forEach(pets -> petNames.addAll(Arrays.asList(pets)));
        Set<String> titles = new HashSet<>(Arrays.asList(HistoricalNames.MALE_TITLES));
        titles.addAll(Arrays.asList(HistoricalNames.FEMALE_TITLES));
        long pet = 0;
        long initial = 0;
        long titled = 0;
        long withMiddle = 0;
        for (String[] row : rows) {
            String[] words = row[2].toLowerCase(Locale.ROOT).split(" ");
            int start = titles.contains(words[0]) && words.length > 1 ? 1 : 0;
            titled += start;
            pet += petNames.contains(words[start]) ? 1 : 0;
            initial += words[start].matches("[a-z]\\.?") ? 1 : 0;
            withMiddle += words.length - start > 1 && words[start].length() > 2 ? 1 : 0;
        }
        assertThat(pet / (double) RECORDS).isBetween(0.03, 0.15);
        assertThat(initial / (double) RECORDS).isBetween(0.04, 0.15);
        assertThat(titled / (double) RECORDS).isBetween(0.04, 0.12);
        assertThat(withMiddle / (double) RECORDS).isBetween(0.1, 0.35);
    }

    @Test
    void datesAreSometimesPartialTransposedOrMissing() {
        long yearOnly = rows.stream().filter(row -> row[4].matches("\\d{4}")).count();
        long yearMonth = rows.stream().filter(row -> row[4].matches("\\d{4}-\\d{2}")).count();
        long full = rows.stream().filter(row -> row[4].matches("\\d{4}-\\d{2}-\\d{2}")).count();
        long missing = rows.stream().filter(row -> row[4].isEmpty()).count();

        assertThat(yearOnly / (double) RECORDS).isBetween(0.04, 0.1);
        assertThat(yearMonth / (double) RECORDS).isBetween(0.03, 0.08);
        assertThat(missing / (double) RECORDS).isBetween(0.03, 0.1);
        assertThat(full + yearOnly + yearMonth + missing).isEqualTo(RECORDS);
        assertThat(distinctPerPerson(4, true)).as("full dates disagreeing within a person").isGreaterThan(1_000);
    }

    @Test
    void surnamesVaryAndPostcodesChangeOverTime() {
        assertThat(distinctPerPerson(3, false)).isGreaterThan(1_500);
        assertThat(distinctPerPerson(6, false)).isGreaterThan(2_000);
        assertThat(rows.stream().filter(row -> row[6].isEmpty()).count() / (double) RECORDS).isBetween(0.05, 0.15);
        assertThat(rows.stream().filter(row -> row[7].isEmpty()).count()).isPositive();
        assertThat(rows.stream().filter(row -> row[8].isEmpty()).count()).isPositive();
    }

    /** People with more than one distinct non-blank value in a column (full dates only, if asked). */
    private static long distinctPerPerson(int column, boolean fullDatesOnly) {
        Map<String, Set<String>> values = new HashMap<>();
        for (String[] row : rows) {
            String value = row[column].toLowerCase(Locale.ROOT);
            if (!value.isEmpty() && (!fullDatesOnly || value.length() == 10)) {
                values.computeIfAbsent(row[1], k -> new HashSet<>()).add(value);
            }
        }
        return values.values().stream().filter(set -> set.size() > 1).count();
    }
}
