package org.opendars.linkage.engine.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendars.linkage.engine.identifiers.NhsNumbers;

class SyntheticDataTest {

    @TempDir
    Path folder;

    @Test
    void sameSeedWritesIdenticalFiles() throws IOException {
        SyntheticData.write(folder.resolve("a"), 2_000, 9, NameTables.builtIn(), CorruptionRates.realistic());
        SyntheticData.write(folder.resolve("b"), 2_000, 9, NameTables.builtIn(), CorruptionRates.realistic());
        SyntheticData.write(folder.resolve("c"), 2_000, 10, NameTables.builtIn(), CorruptionRates.realistic());

        assertThat(Files.readAllBytes(folder.resolve("a/records.csv")))
                .isEqualTo(Files.readAllBytes(folder.resolve("b/records.csv")))
                .isNotEqualTo(Files.readAllBytes(folder.resolve("c/records.csv")));
    }

    @Test
    void personsHaveUniqueValidNhsNumbers() throws IOException {
        SyntheticData.Written written = SyntheticData.write(folder, 20_000, 3, NameTables.builtIn(),
                CorruptionRates.realistic());

        List<String> lines = Files.readAllLines(written.persons());
        Set<String> numbers = new HashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            String nhs = line.split(",")[1];
            assertThat(NhsNumbers.validate(nhs).isValid()).as(nhs).isTrue();
            numbers.add(nhs);
        }
        assertThat(numbers).hasSize(20_000);
    }

    @Test
    void corruptedCopiesDifferFromPersonsButKeepTheTruth() throws IOException {
        SyntheticData.Written written = SyntheticData.write(folder, 5_000, 4, NameTables.builtIn(),
                CorruptionRates.realistic());

        List<String> persons = Files.readAllLines(written.persons());
        List<String> records = Files.readAllLines(written.records());
        assertThat(records).hasSize(persons.size());
        assertThat(records.get(1)).endsWith(",P0");
        long changed = 0;
        for (int i = 1; i < persons.size(); i++) {
            String person = persons.get(i).substring(persons.get(i).indexOf(','));
            String record = records.get(i).substring(records.get(i).indexOf(','));
            changed += person.equals(record) ? 0 : 1;
        }
        assertThat(changed).isGreaterThan(2_500);
    }

    @Test
    void fallsBackToBuiltInNamesWhenNoTablesFolderExists() {
        assertThat(NameTables.from(folder.resolve("missing")).source()).isEqualTo("built-in list");
        assertThat(NameTables.from(null).source()).isEqualTo("built-in list");
    }
}
