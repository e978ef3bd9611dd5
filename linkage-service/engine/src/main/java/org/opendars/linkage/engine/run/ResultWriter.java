package org.opendars.linkage.engine.run;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.opendars.linkage.engine.data.Table;
import org.opendars.linkage.engine.probabilistic.PairScorer;

/** Writes {@code pairs.csv} and, for deduplication, {@code clusters.csv}. */
public final class ResultWriter {

    private ResultWriter() {
    }

    public static void writePairs(LinkageResult result, Path file) throws IOException {
        Table left = result.tables().left();
        Table right = result.tables().right();
        LinkRows links = result.links();
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            csv.printRecord("id_l", "id_r", "match_weight", "match_probability", "match_rank");
            for (int i = 0; i < links.size(); i++) {
                double weight = links.weight(i);
                csv.printRecord(left.id(links.left(i)), right.id(links.right(i)),
                        String.format(Locale.ROOT, "%.4f", weight),
                        String.format(Locale.ROOT, "%.6f", PairScorer.probability(weight)),
                        links.rank(i) == 0 ? "" : Integer.toString(links.rank(i)));
            }
        }
    }

    public static void writeClusters(LinkageResult result, Path file) throws IOException {
        Table table = result.tables().left();
        int[] clusterOf = result.clusterOf();
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            csv.printRecord("id", "cluster_id");
            for (int i = 0; i < clusterOf.length; i++) {
                csv.printRecord(table.id(i), table.id(clusterOf[i]));
            }
        }
    }
}
