package org.opendars.linkage.engine.synthetic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reading generated FEBRL-style files back in tests. */
final class DsgenFiles {

    private DsgenFiles() {
    }

    /** The Febrl tables beside the project when they are there; the generator falls back to its own lists. */
    static Path tables() {
        Path projectRoot = Path.of("").toAbsolutePath().getParent().getParent();
        return projectRoot.resolveSibling("shared").resolve("data").resolve("names").resolve("febrl-dsgen");
    }

    /** Records by rec_id, values in {@link DsgenField} order. */
    static Map<String, String[]> read(Path file) throws IOException {
        Map<String, String[]> records = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file);
        for (String line : lines.subList(1, lines.size())) {
            String[] parts = line.split(", ", -1);
            String[] values = new String[parts.length - 1];
            System.arraycopy(parts, 1, values, 0, values.length);
            records.put(parts[0], values);
        }
        return records;
    }

    /** Original and duplicate pairs of a link-mode output, duplicates in file order. */
    static List<String[][]> pairs(Path directory) throws IOException {
        Map<String, String[]> originals = read(directory.resolve("a.csv"));
        List<String[][]> pairs = new ArrayList<>();
        read(directory.resolve("b.csv")).forEach((id, values) -> pairs.add(new String[][] {
            originals.get(id.substring(0, id.indexOf("-dup-")) + "-org"), values}));
        return pairs;
    }

    static String entity(String recId) {
        return recId.split("-")[1];
    }
}
