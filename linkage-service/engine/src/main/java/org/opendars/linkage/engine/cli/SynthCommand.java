package org.opendars.linkage.engine.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.opendars.linkage.engine.synthetic.CorruptionRates;
import org.opendars.linkage.engine.synthetic.DsgenSettings;
import org.opendars.linkage.engine.synthetic.DsgenStyleData;
import org.opendars.linkage.engine.synthetic.DuplicateDistribution;
import org.opendars.linkage.engine.synthetic.HistoricalStyleData;
import org.opendars.linkage.engine.synthetic.NameTables;
import org.opendars.linkage.engine.synthetic.SyntheticData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Writes synthetic test data with ground truth, in one of three styles. */
@Command(name = "synth", mixinStandardHelpOptions = true,
        description = {"Write synthetic records with ground truth.",
            "nhs: persons.csv (clean person index) and records.csv (corrupted copies), with person_id.",
            "dsgen: FEBRL-style a.csv (rec-N-org) and b.csv (rec-N-dup-K), or dedupe.csv with --dedupe.",
            "historical: historical.csv, many records per person, truth in the cluster column."})
final class SynthCommand implements Callable<Integer> {

    /** Where the shared name frequency tables sit relative to the project root, when they are there at all. */
    static final Path SHARED_NAME_TABLES = Path.of("..", "shared", "data", "names", "febrl-dsgen");

    @Spec
    CommandSpec commandSpec;

    @Option(names = "--style", defaultValue = "nhs", description = "nhs (default), dsgen or historical")
    String style;

    @Option(names = "--persons", description = "number of persons (nhs) or of originals (dsgen)")
    Integer persons;

    @Option(names = "--records", defaultValue = "50000", description = "historical: number of records "
            + "(default 50000, about 5,000 people)")
    long records;

    @Option(names = "--seed", defaultValue = "42", description = "random seed (same seed, same files)")
    long seed;

    @Option(names = "--out", required = true, description = "output folder")
    Path out;

    @Option(names = "--names", description = "folder of Febrl frequency tables (givenname-freq.csv, "
            + "surname-freq.csv, ...); default: ../shared/data/names/febrl-dsgen when present, else built-in lists")
    Path names;

    @Option(names = "--dedupe", description = "dsgen: one file of originals mixed with their duplicates")
    boolean dedupe;

    @Option(names = "--duplicates-per-original", description = "dsgen: uniform, poisson or zipf "
            + "(default uniform, zipf with --dedupe)")
    String distribution;

    @Option(names = "--max-duplicates", description = "dsgen: most duplicates of one original (default 1, 5 with "
            + "--dedupe); linking gives each original at least one, deduplicating possibly none")
    Integer maxDuplicates;

    @Option(names = "--max-modifications-per-field", defaultValue = "2", description = "dsgen (default 2)")
    int maxPerField;

    @Option(names = "--max-modifications-per-record", defaultValue = "4", description = "dsgen (default 4)")
    int maxPerRecord;

    @Override
    public Integer call() throws IOException {
        Path tables = names != null ? names : Files.isDirectory(SHARED_NAME_TABLES) ? SHARED_NAME_TABLES : null;
        long start = System.nanoTime();
        switch (style) {
            case "nhs" -> nhs(tables);
            case "dsgen" -> dsgen(tables);
            case "historical" -> {
                HistoricalStyleData.Written written = HistoricalStyleData.write(out, records, seed);
                System.err.printf("wrote %,d records of %,d people to %s", written.records(), written.people(),
                        written.file());
            }
            default -> throw new ParameterException(commandSpec.commandLine(),
                    "--style must be nhs, dsgen or historical, not " + style);
        }
        System.err.printf(" in %.1f s%n", (System.nanoTime() - start) / 1e9);
        return 0;
    }

    private void nhs(Path tables) throws IOException {
        NameTables nameTables = NameTables.from(tables);
        SyntheticData.Written written = SyntheticData.write(out, requirePersons(), seed, nameTables,
                CorruptionRates.realistic());
        System.err.printf("wrote %,d persons to %s and %,d records to %s (names: %s)", written.personRows(),
                written.persons(), written.recordRows(), written.records(), nameTables.source());
    }

    private void dsgen(Path tables) throws IOException {
        DsgenSettings defaults = dedupe ? DsgenSettings.dedupeDefaults() : DsgenSettings.link();
        DsgenSettings settings = new DsgenSettings(
                distribution == null ? defaults.distribution() : DuplicateDistribution.of(distribution),
                maxDuplicates == null ? defaults.maxDuplicates() : maxDuplicates, maxPerField, maxPerRecord, dedupe);
        DsgenStyleData.Written written = DsgenStyleData.write(out, requirePersons(), seed, tables, settings);
        String modifications = written.modifications().entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getKey().label() + " " + e.getValue()).collect(Collectors.joining(", "));
        System.err.printf("wrote %,d originals and %,d duplicates to %s (values: %s; modifications: %s)",
                written.originals(), written.duplicates(), written.files(), written.tables(), modifications);
    }

    private int requirePersons() {
        if (persons == null || persons < 1) {
            throw new ParameterException(commandSpec.commandLine(), "--persons is required for --style " + style);
        }
        return persons;
    }
}
