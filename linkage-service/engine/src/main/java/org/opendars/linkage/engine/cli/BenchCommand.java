package org.opendars.linkage.engine.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.opendars.linkage.engine.Progress;
import org.opendars.linkage.engine.benchmark.BenchmarkResult;
import org.opendars.linkage.engine.benchmark.Benchmarks;
import org.opendars.linkage.engine.synthetic.NameTables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Runs one benchmark suite and prints its measurements. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks: febrl4, fake1000, synthetic (--persons), deterministic (--persons).")
final class BenchCommand implements Callable<Integer> {

    @Parameters(index = "0", description = "febrl4 | fake1000 | synthetic | deterministic")
    String suite;

    @Option(names = "--data", defaultValue = "../shared/data/linkage",
            description = "folder with the FEBRL and fake_1000 files")
    Path data;

    @Option(names = "--persons", defaultValue = "100000", description = "persons for synthetic suites")
    int persons;

    @Option(names = "--work", description = "folder for generated files (default: system temporary folder)")
    Path work;

    @Override
    public Integer call() throws IOException {
        Progress progress = Progress.to(System.err);
        NameTables names = NameTables.from(Files.isDirectory(SynthCommand.SHARED_NAME_TABLES)
                ? SynthCommand.SHARED_NAME_TABLES : null);
        Path workFolder = work != null ? work : Path.of(System.getProperty("java.io.tmpdir"));
        BenchmarkResult result = switch (suite) {
            case "febrl4" -> Benchmarks.febrl4(data, progress);
            case "fake1000" -> Benchmarks.fake1000(data, progress);
            case "synthetic" -> Benchmarks.synthetic(persons, workFolder, names, progress);
            case "deterministic" -> Benchmarks.deterministic(persons, names, progress);
            default -> throw new IllegalArgumentException("unknown suite " + suite);
        };
        System.out.println(result.summary());
        return 0;
    }
}
