package org.opendars.releases;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Writes one synthetic release of a national data set, as the custodian receives it. */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write one synthetic release of a national data set as one combined CSV file "
                + "(identifiers and content in each row), named <DATASET>-<fy>-M<mm>.v<version>.csv or "
                + "<DATASET>-<fy>-AR.v<version>.csv. The same arguments give the same bytes.",
                "Identifier error rates are probabilities per record."})
final class GenerateCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--dataset", required = true, description = "one of ${COMPLETION-CANDIDATES}")
    Dataset dataset;

    @Option(names = "--persons", required = true, description = "size of the population, 1 to 9999999")
    int persons;

    @Option(names = "--seed", defaultValue = "42", description = "random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--financial-year", required = true, paramLabel = "YYYY-YY", description = "e.g. 2024-25")
    String financialYear;

    @ArgGroup(exclusive = true, multiplicity = "1")
    PeriodOptions period;

    @Option(names = "--file-version", defaultValue = "1", description = "version of the file (default 1)")
    int fileVersion;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder to write the file to")
    Path out;

    @Option(names = "--truth", description = "also write <file>.truth.csv: record_id, person number and the "
            + "record's identifier errors, for measuring linkage")
    boolean truth;

    @Option(names = "--nhs-number-missing-rate", description = "default ${DEFAULT-VALUE}")
    double nhsNumberMissing = IdentifierErrors.DEFAULTS.nhsNumberMissing();

    @Option(names = "--nhs-number-check-digit-rate", description = "NHS number failing modulus 11, "
            + "default ${DEFAULT-VALUE}")
    double nhsNumberCheckDigit = IdentifierErrors.DEFAULTS.nhsNumberCheckDigit();

    @Option(names = "--dob-transposed-rate", description = "day and month swapped, of dates where that gives "
            + "another valid date, default ${DEFAULT-VALUE}")
    double dateOfBirthTransposed = IdentifierErrors.DEFAULTS.dateOfBirthTransposed();

    @Option(names = "--dob-digit-rate", description = "one digit of the date of birth wrong, "
            + "default ${DEFAULT-VALUE}")
    double dateOfBirthDigit = IdentifierErrors.DEFAULTS.dateOfBirthDigit();

    @Option(names = "--previous-postcode-rate", description = "postcode of the previous address, "
            + "default ${DEFAULT-VALUE}")
    double previousPostcode = IdentifierErrors.DEFAULTS.previousPostcode();

    @Option(names = "--postcode-missing-rate", description = "default ${DEFAULT-VALUE}")
    double postcodeMissing = IdentifierErrors.DEFAULTS.postcodeMissing();

    @Option(names = "--sex-missing-rate", description = "sex 9 or missing, default ${DEFAULT-VALUE}")
    double sexMissing = IdentifierErrors.DEFAULTS.sexMissing();

    @Override
    public Integer call() throws IOException {
        ReleaseGenerator generator;
        try {
            Release release = period.release(FinancialYear.parse(financialYear));
            if (fileVersion < 1) {
                throw new IllegalArgumentException("file versions start at 1: " + fileVersion);
            }
            IdentifierErrors errors = new IdentifierErrors(nhsNumberMissing, nhsNumberCheckDigit,
                    dateOfBirthTransposed, dateOfBirthDigit, previousPostcode, postcodeMissing, sexMissing);
            generator = new ReleaseGenerator(dataset, release, persons, seed, errors, Revisions.DEFAULTS);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        long start = System.nanoTime();
        ReleaseFile.Written written = ReleaseFile.write(generator, out, fileVersion, truth);
        double seconds = (System.nanoTime() - start) / 1e9;
        spec.commandLine().getOut().println(String.format(Locale.ROOT,
                "%s: %,d rows, %,d persons of %,d, in %.1f s (%,.0f rows/s)%s", written.file(), written.rows(),
                written.persons(), persons, seconds, written.rows() / Math.max(seconds, 1e-9),
                written.truth() == null ? "" : "; truth in " + written.truth()));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
