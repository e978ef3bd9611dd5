package org.opendars.releases;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a generated release as the custodian receives it: one RFC 4180 file, identifiers and content in each
 * row. The rows are written as they are drawn, never all held at once; the file appears under its name only
 * when complete.
 */
final class ReleaseFile {

    static final List<String> TRUTH_HEADER = List.of("record_id", "person", "identifier_errors");

    /** What was written; {@code truth} is null when no truth file was asked for. */
    record Written(Path file, Path truth, long rows, long persons) {
    }

    private ReleaseFile() {
    }

    static Written write(ReleaseGenerator generator, Path directory, int fileVersion, boolean withTruth)
            throws IOException {
        Files.createDirectories(directory);
        String name = generator.release().fileName(generator.dataset(), fileVersion);
        Path file = directory.resolve(name);
        Path truth = withTruth ? directory.resolve(name.replaceFirst("\\.csv$", ".truth.csv")) : null;
        Path partial = directory.resolve(name + ".part");
        Path partialTruth = withTruth ? directory.resolve(truth.getFileName() + ".part") : null;
        long[] rows = {0};
        long[] persons = {0};
        int[] lastPerson = {0};
        try (CSVPrinter csv = printer(partial, generator.dataset().header());
                CSVPrinter truthCsv = withTruth ? printer(partialTruth, TRUTH_HEADER) : null) {
            generator.generate(record -> {
                try {
                    csv.printRecord(record.row());
                    if (truthCsv != null) {
                        truthCsv.printRecord(record.recordId(), record.person(), record.identifiers().errors()
                                .stream().map(e -> e.name().toLowerCase(Locale.ROOT))
                                .collect(Collectors.joining(";")));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                rows[0]++;
                if (record.person() != lastPerson[0]) {
                    persons[0]++;
                    lastPerson[0] = record.person();
                }
            });
        } catch (IOException | RuntimeException e) {
            // A file cut short must not be taken for a release.
            Files.deleteIfExists(partial);
            if (partialTruth != null) {
                Files.deleteIfExists(partialTruth);
            }
            if (e instanceof UncheckedIOException unchecked) {
                throw unchecked.getCause();
            }
            throw e;
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        if (withTruth) {
            Files.move(partialTruth, truth, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return new Written(file, truth, rows[0], persons[0]);
    }

    private static CSVPrinter printer(Path path, List<String> header) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(path),
                StandardCharsets.UTF_8), 1 << 16);
        return new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
    }
}
