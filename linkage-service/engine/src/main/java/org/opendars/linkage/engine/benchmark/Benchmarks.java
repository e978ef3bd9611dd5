package org.opendars.linkage.engine.benchmark;

import java.io.IOException;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.opendars.linkage.engine.Progress;
import org.opendars.linkage.engine.deterministic.DeterministicLinker;
import org.opendars.linkage.engine.deterministic.PersonColumns;
import org.opendars.linkage.engine.deterministic.PersonIndex;
import org.opendars.linkage.engine.deterministic.PostcodeIgnoreList;
import org.opendars.linkage.engine.quality.MemoryUse;
import org.opendars.linkage.engine.quality.Metrics;
import org.opendars.linkage.engine.run.LinkageResult;
import org.opendars.linkage.engine.run.LinkageRun;
import org.opendars.linkage.engine.run.LoadedTables;
import org.opendars.linkage.engine.spec.LinkSpec;
import org.opendars.linkage.engine.spec.Specs;
import org.opendars.linkage.engine.synthetic.CorruptionRates;
import org.opendars.linkage.engine.synthetic.Corrupter;
import org.opendars.linkage.engine.synthetic.NameTables;
import org.opendars.linkage.engine.synthetic.PersonGenerator;
import org.opendars.linkage.engine.synthetic.SyntheticData;
import org.opendars.linkage.engine.synthetic.SyntheticPerson;

/**
 * The benchmark suites behind docs/benchmarks.md. Each measures wall-clock time from the start of the suite
 * (CSV reading included, JVM start excluded) and the process's peak resident memory.
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static BenchmarkResult febrl4(Path dataFolder, Progress progress) throws IOException {
        long start = System.nanoTime();
        long cpuStart = cpuNanos();
        LinkSpec spec = Specs.builtIn("febrl4").withTruthIdPattern("rec-(\\d+)");
        LoadedTables tables = LoadedTables.load(spec, dataFolder.resolve("febrl_dataset4a.csv"),
                dataFolder.resolve("febrl_dataset4b.csv"));
        LinkageResult result = new LinkageRun(spec, progress).execute(tables, null);
        return measured("FEBRL4 link 5,000 x 5,000", start, cpuStart, result, 10_000);
    }

    public static BenchmarkResult fake1000(Path dataFolder, Progress progress) throws IOException {
        long start = System.nanoTime();
        long cpuStart = cpuNanos();
        LinkSpec spec = Specs.builtIn("fake-1000").withTruthColumn("cluster");
        LoadedTables tables = LoadedTables.load(spec, dataFolder.resolve("splink_fake_1000.csv"), null);
        LinkageResult result = new LinkageRun(spec, progress).execute(tables, null);
        return measured("fake_1000 dedupe", start, cpuStart, result, 1_000);
    }

    /** Generates persons and corrupted copies as CSV (not timed), then links records to persons (timed). */
    public static BenchmarkResult synthetic(int persons, Path work, NameTables names, Progress progress)
            throws IOException {
        Path folder = Files.createTempDirectory(work, "synthetic-");
        try {
            long generation = System.nanoTime();
            SyntheticData.Written files = SyntheticData.write(folder, persons, 42, names, CorruptionRates.realistic());
            progress.report(String.format("generated %,d + %,d records in %.1f s", persons, persons,
                    (System.nanoTime() - generation) / 1e9));
            long start = System.nanoTime();
            long cpuStart = cpuNanos();
            LinkSpec spec = Specs.builtIn("nhs-person").withTruthColumn("person_id");
            LoadedTables tables = LoadedTables.load(spec, files.records(), files.persons());
            long loaded = (System.nanoTime() - start) / 1_000_000;
            progress.report(String.format("loaded in %.1f s", loaded / 1e3));
            LinkageResult result = new LinkageRun(spec, progress).withTiming("load", loaded).execute(tables, null);
            return measured(String.format("synthetic link %,d x %,d", persons, persons), start, cpuStart, result, 2L * persons);
        } finally {
            deleteRecursively(folder);
        }
    }

    /** Deterministic ranks of N corrupted records against an index of N persons, all in memory. */
    public static BenchmarkResult deterministic(int persons, NameTables names, Progress progress) {
        long preparation = System.nanoTime();
        PersonColumns index = new PersonColumns(persons);
        PersonColumns records = new PersonColumns(persons);
        PersonGenerator generator = new PersonGenerator(names, 7, persons);
        Corrupter corrupter = new Corrupter(CorruptionRates.realistic(), 7);
        for (int i = 0; i < persons; i++) {
            SyntheticPerson person = generator.next(i);
            index.add(person.record());
            records.add(corrupter.corrupt(person.record(), "R" + i, names));
        }
        progress.report(String.format("generated and validated %,d + %,d records in %.1f s", persons, persons,
                (System.nanoTime() - preparation) / 1e9));
        long start = System.nanoTime();
        long cpuStart = cpuNanos();
        DeterministicLinker linker = DeterministicLinker.hesDefault(PostcodeIgnoreList.empty());
        DeterministicLinker.LinkOutcome outcome = linker.link(records, PersonIndex.of(index));
        double seconds = (System.nanoTime() - start) / 1e9;
        long linked = 0;
        long correct = 0;
        for (int i = 0; i < persons; i++) {
            int person = outcome.personRow()[i];
            if (person >= 0) {
                linked++;
                correct += person == i || index.id(person).equals(index.id(i)) ? 1 : 0;
            }
        }
        return new BenchmarkResult(String.format("deterministic ranks %,d against %,d", persons, persons),
                2L * persons, persons, seconds, cpuSecondsSince(cpuStart), MemoryUse.peakMegabytes(),
                Metrics.of(correct, linked, persons), null);
    }

    private static BenchmarkResult measured(String name, long start, long cpuStart, LinkageResult result,
            long records) {
        double seconds = (System.nanoTime() - start) / 1e9;
        var truth = result.report().truth();
        return new BenchmarkResult(name, records, result.report().comparisonsScored(), seconds,
                cpuSecondsSince(cpuStart), MemoryUse.peakMegabytes(), truth == null ? null : truth.pairwise(),
                truth == null ? null : truth.clusters());
    }

    /** CPU time of the whole process, so results can be read when other work shares the machine. */
    private static long cpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof OperatingSystemMXBean bean ? bean.getProcessCpuTime() : 0;
    }

    private static double cpuSecondsSince(long cpuStart) {
        return (cpuNanos() - cpuStart) / 1e9;
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
