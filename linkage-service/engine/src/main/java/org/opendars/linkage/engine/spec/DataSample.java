package org.opendars.linkage.engine.spec;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.opendars.linkage.engine.data.CsvTableReader;

/**
 * The first rows of the files to be linked, which the default spec inspects to decide how each column is
 * compared, and an estimate of each file's size, which decides which blocking rules are affordable.
 *
 * @param rows            sampled values by column, in row order (blank values kept as empty strings)
 * @param leftRecords     estimated records of the left file
 * @param rightRecords    estimated records of the right file, or 0 when deduplicating
 */
public record DataSample(List<String> header, Map<String, List<String>> rows, int sampledRows,
        long leftRecords, long rightRecords) {

    public static final int DEFAULT_ROWS = 5_000;

    public boolean dedupe() {
        return rightRecords == 0;
    }

    /**
     * Samples the left file; the right file (if any) contributes its size and its header, since only columns
     * present in both files can be compared.
     */
    public static DataSample of(Path left, Path right, int maxRows) throws IOException {
        List<String> leftHeader = CsvTableReader.header(left);
        List<String> rightHeader = right == null ? leftHeader : CsvTableReader.header(right);
        List<String> header = leftHeader.stream().filter(rightHeader::contains).toList();
        if (header.isEmpty()) {
            throw new IllegalArgumentException("the files have no column names in common");
        }
        Map<String, List<String>> rows = new LinkedHashMap<>();
        header.forEach(column -> rows.put(column, new ArrayList<>()));
        int read = 0;
        try (Reader reader = Files.newBufferedReader(left, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.builder().setReader(reader).setFormat(CsvTableReader.format()).get()) {
            for (CSVRecord record : parser) {
                if (read == maxRows) {
                    break;
                }
                for (String column : header) {
                    int i = leftHeader.indexOf(column);
                    rows.get(column).add(i < record.size() ? record.get(i).trim() : "");
                }
                read++;
            }
        }
        long leftRecords = read < maxRows ? read : estimateRecords(left, read);
        long rightRecords = right == null ? 0 : estimateRecords(right, read);
        return new DataSample(header, rows, read, Math.max(1, leftRecords), rightRecords);
    }

    /** From the file size and the mean length of the first lines: counting lines would read the whole file. */
    private static long estimateRecords(Path file, int atLeast) throws IOException {
        long size = Files.size(file);
        long bytes = 0;
        int lines = 0;
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = reader.readLine();
            while ((line = reader.readLine()) != null && lines < 2_000) {
                bytes += line.length() + 1;
                lines++;
            }
        }
        if (lines < 2_000) {
            return Math.max(1, lines);
        }
        return Math.max(atLeast, size * lines / Math.max(1, bytes));
    }
}
