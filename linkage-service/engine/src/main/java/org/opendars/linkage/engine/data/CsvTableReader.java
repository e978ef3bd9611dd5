package org.opendars.linkage.engine.data;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.opendars.linkage.engine.identifiers.Validated;

/**
 * Streams a CSV file into a {@link Table}, validating each value by its column's role. Normalisation is
 * memoised per raw value because person data repeats the same names, dates and postcodes many times.
 */
public final class CsvTableReader {

    private static final int MEMO_LIMIT = 1_000_000;
    private static final int BATCH = 16_384;
    private static final Validated NOT_CACHED = Validated.invalid("");
    /** Lookups after which a column's memo must have answered half of them to be kept on. */
    private static final int MEMO_TRIAL = 50_000;

    private final Map<String, ColumnRole> roles;
    private final String idColumn;
    private final String truthColumn;
    private final Pattern truthIdPattern;
    private final ValidationSummary validation;
    private AtomicLongArray lookups;
    private AtomicLongArray hits;

    public CsvTableReader(Map<String, ColumnRole> roles, String idColumn, String truthColumn, String truthIdPattern,
            ValidationSummary validation) {
        this.roles = roles;
        this.idColumn = idColumn;
        this.truthColumn = truthColumn;
        this.truthIdPattern = truthIdPattern == null ? null : Pattern.compile(truthIdPattern);
        this.validation = validation;
    }

    public static CSVFormat format() {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true)
                .setTrim(true).setAllowMissingColumnNames(true).get();
    }

    /** The header of a CSV file, trimmed. */
    public static List<String> header(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format()).get()) {
            return parser.getHeaderNames().stream().map(String::trim).toList();
        }
    }

    public Table read(Path file, String name, Map<String, Dictionary> dictionaries) throws IOException {
        List<String> columns = new ArrayList<>(roles.keySet());
        Table table = new Table(name, columns, dictionaries, truthColumn != null || truthIdPattern != null);
        lookups = new AtomicLongArray(columns.size());
        hits = new AtomicLongArray(columns.size());
        List<Map<String, Validated>> memos = new ArrayList<>();
        columns.forEach(c -> memos.add(new ConcurrentHashMap<>()));
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format()).get()) {
            Map<String, Integer> header = trimmedHeader(parser, file);
            int idIndex = required(header, idColumn, file);
            int truthIndex = truthColumn != null ? required(header, truthColumn, file) : -1;
            int[] indexes = columns.stream().mapToInt(c -> required(header, c, file)).toArray();
            List<String[]> batch = new ArrayList<>(BATCH);
            for (CSVRecord record : parser) {
                String[] raw = new String[indexes.length + 2];
                for (int c = 0; c < indexes.length; c++) {
                    raw[c] = indexes[c] < record.size() ? record.get(indexes[c]) : null;
                }
                String id = record.get(idIndex);
                raw[indexes.length] = id;
                raw[indexes.length + 1] = truthOf(record, truthIndex, id);
                batch.add(raw);
                if (batch.size() == BATCH) {
                    addBatch(table, batch, columns, memos);
                }
            }
            addBatch(table, batch, columns, memos);
        }
        return table;
    }

    /**
     * Validation is the costly part of reading, so each batch of rows is validated in parallel; then each column's
     * values are interned in parallel with the other columns (one dictionary per column, so a column's codes are
     * still given in row order).
     */
    private void addBatch(Table table, List<String[]> batch, List<String> columns, List<Map<String, Validated>> memos) {
        int n = columns.size();
        batch.parallelStream().forEach(raw -> {
            for (int c = 0; c < n; c++) {
                raw[c] = normalise(columns.get(c), raw[c], memos.get(c), c);
            }
        });
        int[][] codes = new int[n][];
        IntStream.range(0, n).parallel().forEach(c -> {
            Dictionary dictionary = table.dictionary(columns.get(c));
            int[] encoded = new int[batch.size()];
            for (int i = 0; i < encoded.length; i++) {
                encoded[i] = dictionary.encode(batch.get(i)[c]);
            }
            codes[c] = encoded;
        });
        for (int i = 0; i < batch.size(); i++) {
            String[] row = batch.get(i);
            table.addEncoded(row[n], row[n + 1], codes, i);
        }
        batch.clear();
    }

    private String truthOf(CSVRecord record, int truthIndex, String id) {
        if (truthIdPattern != null) {
            Matcher matcher = truthIdPattern.matcher(id);
            return matcher.find() ? matcher.group(matcher.groupCount() > 0 ? 1 : 0) : null;
        }
        if (truthIndex < 0 || truthIndex >= record.size() || record.get(truthIndex).isEmpty()) {
            return null;
        }
        return record.get(truthIndex);
    }

    private String normalise(String column, String raw, Map<String, Validated> memo, int index) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        ColumnRole role = roles.get(column);
        boolean remembered = role.repetitive() && memoPaysOff(index);
        Validated validated = remembered ? memo.getOrDefault(raw, NOT_CACHED) : NOT_CACHED;
        if (remembered) {
            lookups.incrementAndGet(index);
        }
        if (validated == NOT_CACHED) {
            validated = role.validate(raw);
            if (remembered && memo.size() < MEMO_LIMIT) {
                memo.put(raw, validated);
            }
        } else {
            hits.incrementAndGet(index);
        }
        if (validated.hasProblem()) {
            validation.record(column, validated.problem());
        }
        return validated.value();
    }

    /**
     * A column whose values rarely repeat (an identifier, a street address) costs a lookup and an entry per value
     * and saves nothing: after a trial, it is validated afresh each time.
     */
    private boolean memoPaysOff(int column) {
        long tried = lookups.get(column);
        return tried < MEMO_TRIAL || hits.get(column) * 2 >= tried;
    }

    private static Map<String, Integer> trimmedHeader(CSVParser parser, Path file) {
        Map<String, Integer> header = new HashMap<>();
        parser.getHeaderMap().forEach((column, index) -> header.put(column.trim(), index));
        return header;
    }

    private static int required(Map<String, Integer> header, String column, Path file) {
        Integer index = header.get(column);
        if (index == null) {
            throw new IllegalArgumentException("column '" + column + "' not found in " + file.getFileName()
                    + "; columns are " + header.keySet());
        }
        return index;
    }
}
