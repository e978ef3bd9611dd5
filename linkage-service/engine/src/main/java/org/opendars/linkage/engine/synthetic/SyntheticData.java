package org.opendars.linkage.engine.synthetic;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.opendars.linkage.engine.PersonRecord;

/**
 * Writes a synthetic person index ({@code persons.csv}) and corrupted copies of the same people
 * ({@code records.csv}), both with the true {@code person_id}, streaming so that millions of rows need little
 * memory.
 */
public final class SyntheticData {

    public static final String[] HEADER = {"record_id", "nhs_number", "given_name", "family_name", "date_of_birth",
        "sex", "postcode", "address", "person_id"};

    private SyntheticData() {
    }

    /** Files written and their row counts. */
    public record Written(Path persons, Path records, int personRows, int recordRows) {
    }

    public static Written write(Path directory, int persons, long seed, NameTables names, CorruptionRates rates)
            throws IOException {
        Files.createDirectories(directory);
        Path personsFile = directory.resolve("persons.csv");
        Path recordsFile = directory.resolve("records.csv");
        PersonGenerator generator = new PersonGenerator(names, seed, persons);
        Corrupter corrupter = new Corrupter(rates, seed);
        try (Writer p = Files.newBufferedWriter(personsFile, StandardCharsets.UTF_8);
                Writer r = Files.newBufferedWriter(recordsFile, StandardCharsets.UTF_8);
                CSVPrinter personsCsv = new CSVPrinter(p, CSVFormat.DEFAULT);
                CSVPrinter recordsCsv = new CSVPrinter(r, CSVFormat.DEFAULT)) {
            personsCsv.printRecord((Object[]) HEADER);
            recordsCsv.printRecord((Object[]) HEADER);
            for (int i = 0; i < persons; i++) {
                SyntheticPerson person = generator.next(i);
                print(personsCsv, person.record(), person.personId());
                print(recordsCsv, corrupter.corrupt(person.record(), "R" + i, names), person.personId());
            }
        }
        return new Written(personsFile, recordsFile, persons, persons);
    }

    private static void print(CSVPrinter csv, PersonRecord record, String personId) throws IOException {
        csv.printRecord(record.id(), record.nhsNumber(), record.givenName(), record.familyName(),
                record.dateOfBirth(), record.sex(), record.postcode(), record.address(), personId);
    }
}
