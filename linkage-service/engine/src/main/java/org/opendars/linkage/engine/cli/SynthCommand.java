package org.opendars.linkage.engine.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.opendars.linkage.engine.synthetic.CorruptionRates;
import org.opendars.linkage.engine.synthetic.NameTables;
import org.opendars.linkage.engine.synthetic.SyntheticData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Writes synthetic NHS-like persons and corrupted copies with ground truth. */
@Command(name = "synth", mixinStandardHelpOptions = true,
        description = "Write persons.csv (clean person index) and records.csv (corrupted copies), with person_id.")
final class SynthCommand implements Callable<Integer> {

    /** Where the shared name frequency tables sit relative to the project root, when they are there at all. */
    static final Path SHARED_NAME_TABLES = Path.of("..", "shared", "data", "names", "febrl-dsgen");

    @Option(names = "--persons", required = true, description = "number of persons")
    int persons;

    @Option(names = "--seed", defaultValue = "42", description = "random seed (same seed, same files)")
    long seed;

    @Option(names = "--out", required = true, description = "output folder")
    Path out;

    @Option(names = "--names", description = "folder of name frequency tables (givenname-freq.csv, "
            + "surname-freq.csv); default: ../shared/data/names/febrl-dsgen when present, else a built-in list")
    Path names;

    @Override
    public Integer call() throws IOException {
        NameTables tables = NameTables.from(names != null ? names
                : Files.isDirectory(SHARED_NAME_TABLES) ? SHARED_NAME_TABLES : null);
        long start = System.nanoTime();
        SyntheticData.Written written = SyntheticData.write(out, persons, seed, tables, CorruptionRates.realistic());
        System.err.printf("wrote %,d persons to %s and %,d records to %s in %.1f s (names: %s)%n",
                written.personRows(), written.persons(), written.recordRows(), written.records(),
                (System.nanoTime() - start) / 1e9, tables.source());
        return 0;
    }
}
