package org.opendars.linkage.engine.synthetic;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Test data in the manner of Febrl's data set generator (Christen): originals drawn from frequency tables, then
 * duplicates with keying, OCR and phonetic errors, misspellings, swapped words and names, blanks and date errors.
 * Link mode writes {@code a.csv} (originals, {@code rec-N-org}) and {@code b.csv} (duplicates,
 * {@code rec-N-dup-K}) like FEBRL 4; dedupe mode writes {@code dedupe.csv} with both, like FEBRL 3. Files are
 * in FEBRL's layout (comma and space between values). Every record comes from its own random stream, so rows
 * are written in a random order without holding them: memory is one number per original.
 */
public final class DsgenStyleData {

    private static final long ORIGINAL = 1;
    private static final long DUPLICATE = 2;
    private static final long COUNT = 3;
    private static final long ORDER_A = 4;
    private static final long ORDER_B = 5;
    private static final long FIRST_BIRTH = LocalDate.of(1905, 1, 1).toEpochDay();
    private static final long END_OF_BIRTHS = LocalDate.of(2006, 1, 1).toEpochDay();
    private static final int SSID_RANGE = 9_000_000;

    private final DsgenTables tables;
    private final DsgenSettings settings;
    private final long seed;
    private final DsgenCorrupter corrupter;

    private DsgenStyleData(DsgenTables tables, DsgenSettings settings, long seed) {
        this.tables = tables;
        this.settings = settings;
        this.seed = seed;
        this.corrupter = new DsgenCorrupter(tables, settings);
    }

    /** Files written, their row counts, the tables used and how often each modification was made. */
    public record Written(List<Path> files, long originals, long duplicates, String tables,
            Map<Modification, Long> modifications) {
    }

    /** Tables from {@code folder} (Febrl's file names) when it holds them, built-in lists otherwise. */
    public static Written write(Path directory, int originals, long seed, Path tableFolder, DsgenSettings settings)
            throws IOException {
        if (originals < 1 || originals > SSID_RANGE) {
            throw new IllegalArgumentException("originals must be between 1 and " + SSID_RANGE);
        }
        DsgenStyleData data = new DsgenStyleData(DsgenTables.from(tableFolder), settings, seed);
        Files.createDirectories(directory);
        return settings.dedupe() ? data.writeDedupe(directory, originals) : data.writeLink(directory, originals);
    }

    private Written writeLink(Path directory, int originals) throws IOException {
        Path a = directory.resolve("a.csv");
        Path b = directory.resolve("b.csv");
        Permutation orderA = new Permutation(originals, RandomStreams.mix(seed + ORDER_A));
        try (Writer out = Files.newBufferedWriter(a, StandardCharsets.UTF_8)) {
            header(out);
            for (long position = 0; position < originals; position++) {
                int n = (int) orderA.at(position);
                line(out, "rec-" + n + "-org", original(n));
            }
        }
        long[] ends = ends(originals, 0);
        long duplicates = writeMixed(b, ends, 0);
        return written(List.of(a, b), originals, duplicates);
    }

    private Written writeDedupe(Path directory, int originals) throws IOException {
        Path file = directory.resolve("dedupe.csv");
        long[] ends = ends(originals, 1);
        long records = writeMixed(file, ends, 1);
        return written(List.of(file), originals, records - originals);
    }

    /**
     * Writes the records {@code 0..ends[last]-1} in a random order; record r belongs to the original whose range
     * holds it, and the first {@code originalsFirst} records of each range are the original itself.
     */
    private long writeMixed(Path file, long[] ends, int originalsFirst) throws IOException {
        long total = ends[ends.length - 1];
        Permutation order = new Permutation(total, RandomStreams.mix(seed + ORDER_B));
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            header(out);
            for (long position = 0; position < total; position++) {
                long record = order.at(position);
                int n = RecordRanges.owner(ends, record);
                int k = (int) (record - RecordRanges.start(ends, n)) - originalsFirst;
                String[] original = original(n);
                if (k < 0) {
                    line(out, "rec-" + n + "-org", original);
                } else {
                    line(out, "rec-" + n + "-dup-" + k,
                            corrupter.corrupt(original, RandomStreams.of(seed, DUPLICATE, n, k)));
                }
            }
        }
        return total;
    }

    /** Cumulative record counts: original n owns records {@code ends[n-1] .. ends[n]-1}. */
    private long[] ends(int originals, int extra) {
        long[] ends = new long[originals];
        long total = 0;
        for (int n = 0; n < originals; n++) {
            SplittableRandom random = RandomStreams.of(seed, COUNT, n, 0);
            total += extra + settings.distribution().draw(random, settings.leastDuplicates(), settings.maxDuplicates());
            ends[n] = total;
        }
        return ends;
    }

    /** The n-th original, the same every time it is asked for. */
    private String[] original(int n) {
        SplittableRandom random = RandomStreams.of(seed, ORIGINAL, n, 0);
        DsgenField[] fields = DsgenField.values();
        String[] values = new String[fields.length];
        for (DsgenField field : fields) {
            String value = switch (field) {
                case DATE_OF_BIRTH -> Dates.yyyymmdd(
                        LocalDate.ofEpochDay(random.nextLong(FIRST_BIRTH, END_OF_BIRTHS)));
                case SOC_SEC_ID -> Integer.toString(1_000_000 + Math.floorMod(n * 7_919L + seed, SSID_RANGE));
                default -> tables.values(field).draw(random);
            };
            values[field.ordinal()] = random.nextDouble() < field.missingInOriginals() ? "" : value;
        }
        return values;
    }

    private Written written(List<Path> files, long originals, long duplicates) {
        Map<Modification, Long> counts = new EnumMap<>(Modification.class);
        for (Modification kind : Modification.values()) {
            counts.put(kind, corrupter.count(kind));
        }
        return new Written(files, originals, duplicates, tables.source(), counts);
    }

    private static void header(Writer out) throws IOException {
        out.write(DsgenField.HEADER);
        out.write('\n');
    }

    private static void line(Writer out, String id, String[] values) throws IOException {
        StringBuilder line = new StringBuilder(128).append(id);
        for (String value : values) {
            line.append(", ").append(value);
        }
        out.write(line.append('\n').toString());
    }
}
