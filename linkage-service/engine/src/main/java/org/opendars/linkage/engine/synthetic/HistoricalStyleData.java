package org.opendars.linkage.engine.synthetic;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * One file to deduplicate, shaped like Splink's historical people data: many records per person (1 to 40,
 * most people few, some many), written at different times and by different hands: pet names, initials, titles,
 * middle names present or not, surname variants and typos, dates with only a year or a month, day and month
 * transposed, blanks, and postcodes that change as people move. {@code cluster} is the true person.
 */
public final class HistoricalStyleData {

    public static final String HEADER = "unique_id,cluster,first_name,surname,dob,birth_place,postcode_fake,gender,"
            + "occupation";
    static final int MOST_RECORDS_PER_PERSON = 40;
    private static final long PERSON = 11;
    private static final long RECORD = 12;
    private static final long ORDER = 13;

    private final long seed;

    private HistoricalStyleData(long seed) {
        this.seed = seed;
    }

    public record Written(Path file, int people, long records) {
    }

    public static Written write(Path directory, long records, long seed) throws IOException {
        if (records < 1) {
            throw new IllegalArgumentException("records must be at least 1");
        }
        Files.createDirectories(directory);
        return new HistoricalStyleData(seed).write(directory.resolve("historical.csv"), records);
    }

    private Written write(Path file, long records) throws IOException {
        long[] ends = ends(records);
        Permutation order = new Permutation(records, RandomStreams.mix(seed + ORDER));
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER + "\n");
            for (long position = 0; position < records; position++) {
                long record = order.at(position);
                int person = RecordRanges.owner(ends, record);
                long k = record - RecordRanges.start(ends, person);
                HistoricalPerson truth = HistoricalPerson.draw(RandomStreams.of(seed, PERSON, person, 0));
                SplittableRandom random = RandomStreams.of(seed, RECORD, person, k);
                out.write(position + "," + person + "," + HistoricalVariations.row(truth, random) + "\n");
            }
        }
        return new Written(file, ends.length, records);
    }

    /** Cumulative record counts per person, the last person cut short so that the total is exact. */
    private long[] ends(long records) {
        long[] ends = new long[1024];
        int people = 0;
        long total = 0;
        while (total < records) {
            SplittableRandom random = RandomStreams.of(seed, PERSON, people, 1);
            total = Math.min(records, total + DuplicateDistribution.ZIPF.draw(random, 1, MOST_RECORDS_PER_PERSON));
            if (people == ends.length) {
                ends = Arrays.copyOf(ends, people * 2);
            }
            ends[people++] = total;
        }
        return Arrays.copyOf(ends, people);
    }
}
