package org.opendars.linkage.engine.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DsgenStyleDataTest {

    private static final String FEBRL_HEADER = "rec_id, given_name, surname, street_number, address_1, address_2, "
            + "suburb, postcode, state, date_of_birth, soc_sec_id";

    @TempDir
    Path folder;

    @Test
    void sameSeedWritesIdenticalFilesInBothModes() throws IOException {
        for (DsgenSettings settings : List.of(DsgenSettings.link(), DsgenSettings.dedupeDefaults())) {
            String file = settings.dedupe() ? "dedupe.csv" : "b.csv";
            DsgenStyleData.write(folder.resolve("a"), 2_000, 9, DsgenFiles.tables(), settings);
            DsgenStyleData.write(folder.resolve("b"), 2_000, 9, DsgenFiles.tables(), settings);
            DsgenStyleData.write(folder.resolve("c"), 2_000, 10, DsgenFiles.tables(), settings);

            assertThat(Files.readAllBytes(folder.resolve("a").resolve(file)))
                    .isEqualTo(Files.readAllBytes(folder.resolve("b").resolve(file)))
                    .isNotEqualTo(Files.readAllBytes(folder.resolve("c").resolve(file)));
        }
    }

    @Test
    void filesHaveFebrlsHeaderAndTenValuesPerRow() throws IOException {
        DsgenStyleData.Written written = DsgenStyleData.write(folder, 500, 1, DsgenFiles.tables(),
                DsgenSettings.link());

        assertThat(written.files()).containsExactly(folder.resolve("a.csv"), folder.resolve("b.csv"));
        for (Path file : written.files()) {
            List<String> lines = Files.readAllLines(file);
            assertThat(lines.get(0)).isEqualTo(FEBRL_HEADER);
            assertThat(lines).hasSize(501).allSatisfy(line -> assertThat(line.split(", ", -1)).hasSize(11));
        }
    }

    @Test
    void linkModeGivesEveryOriginalExactlyOneDuplicateAndUniqueIdentifiers() throws IOException {
        DsgenStyleData.write(folder, 3_000, 2, DsgenFiles.tables(), DsgenSettings.link());

        Map<String, String[]> a = DsgenFiles.read(folder.resolve("a.csv"));
        Map<String, String[]> b = DsgenFiles.read(folder.resolve("b.csv"));
        assertThat(a).hasSize(3_000).containsKeys("rec-0-org", "rec-2999-org");
        assertThat(b).hasSize(3_000).containsKeys("rec-0-dup-0", "rec-2999-dup-0");
        assertThat(b.keySet()).allMatch(id -> id.endsWith("-dup-0") && a.containsKey(
                "rec-" + DsgenFiles.entity(id) + "-org"));
        Set<String> socSecIds = new HashSet<>();
        a.values().forEach(values -> socSecIds.add(values[DsgenField.SOC_SEC_ID.ordinal()]));
        assertThat(socSecIds).hasSize(3_000).allMatch(id -> id.matches("\\d{7}"));
        assertThat(a.keySet().stream().limit(5)).as("rows in a random order").isNotEqualTo(
                List.of("rec-0-org", "rec-1-org", "rec-2-org", "rec-3-org", "rec-4-org"));
    }

    @Test
    void linkModeCanGiveSeveralDuplicatesPerOriginal() throws IOException {
        DsgenStyleData.Written written = DsgenStyleData.write(folder, 2_000, 3, DsgenFiles.tables(),
                new DsgenSettings(DuplicateDistribution.POISSON, 3, 2, 4, false));

        Map<String, Integer> perOriginal = new HashMap<>();
        DsgenFiles.read(folder.resolve("b.csv")).keySet().forEach(id -> perOriginal.merge(DsgenFiles.entity(id), 1,
                Integer::sum));
        assertThat(perOriginal).hasSize(2_000);
        assertThat(perOriginal.values()).allMatch(n -> n >= 1 && n <= 3).contains(1, 2, 3);
        assertThat(written.duplicates()).isBetween(3_000L, 5_000L);
    }

    @Test
    void dedupeModeMixesOriginalsWithZeroToFiveDuplicatesLikeFebrl3() throws IOException {
        DsgenStyleData.Written written = DsgenStyleData.write(folder, 2_000, 4, DsgenFiles.tables(),
                DsgenSettings.dedupeDefaults());

        Map<String, String[]> records = DsgenFiles.read(folder.resolve("dedupe.csv"));
        assertThat(written.files()).containsExactly(folder.resolve("dedupe.csv"));
        assertThat(records).hasSize((int) (written.originals() + written.duplicates()));
        Map<String, Integer> duplicates = new HashMap<>();
        for (String id : records.keySet()) {
            String entity = DsgenFiles.entity(id);
            assertThat(records).containsKey("rec-" + entity + "-org");
            duplicates.merge(entity, id.contains("-dup-") ? 1 : 0, Integer::sum);
        }
        assertThat(duplicates).hasSize(2_000);
        Map<Integer, Long> spread = new HashMap<>();
        duplicates.values().forEach(n -> spread.merge(n, 1L, Long::sum));
        // FEBRL 3 has {0: 835, 1: 368, 2: 256, 3: 212, 4: 161, 5: 168} for 2,000 originals.
        assertThat(spread.keySet()).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5);
        assertThat(spread.get(0)).isBetween(700L, 950L);
        assertThat(spread.get(5)).isBetween(100L, 220L);
        assertThat(records.keySet().stream().limit(50).filter(id -> id.endsWith("-org")).count())
                .as("originals and duplicates mixed").isBetween(10L, 40L);
    }

    @Test
    void fallsBackToBuiltInListsWhenTheTablesAreAbsent() throws IOException {
        DsgenStyleData.Written written = DsgenStyleData.write(folder, 1_000, 5, folder.resolve("missing"),
                DsgenSettings.link());

        assertThat(written.tables()).isEqualTo("built-in lists");
        assertThat(DsgenFiles.read(folder.resolve("a.csv"))).hasSize(1_000);
    }
}
