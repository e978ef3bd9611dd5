package org.opendars.linkage.engine.synthetic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The value tables of a FEBRL-style generator: a frequency table per field ({@code value,count} lines, as in
 * Febrl's {@code givenname-freq.csv}, {@code address1-freq.csv} ...) and misspelling tables
 * ({@code correct : wrong, wrong}, continued on following lines after a trailing comma). Read from a folder when
 * it holds them; otherwise small built-in lists with Zipf-like weights stand in.
 */
final class DsgenTables {

    private static final Map<DsgenField, String> FREQUENCY_FILES = Map.of(
            DsgenField.GIVEN_NAME, "givenname-freq.csv", DsgenField.SURNAME, "surname-freq.csv",
            DsgenField.STREET_NUMBER, "streetnumber-freq.csv", DsgenField.ADDRESS_1, "address1-freq.csv",
            DsgenField.ADDRESS_2, "address2-freq.csv", DsgenField.SUBURB, "suburb-freq.csv",
            DsgenField.POSTCODE, "postcode-freq.csv", DsgenField.STATE, "state-freq.csv");
    private static final Map<DsgenField, String> MISSPELLING_FILES = Map.of(
            DsgenField.GIVEN_NAME, "givenname-misspell.tbl", DsgenField.SURNAME, "surname-misspell.tbl",
            DsgenField.SUBURB, "suburb-misspell.tbl");

    private final Map<DsgenField, WeightedValues> values;
    private final Map<DsgenField, Map<String, String[]>> misspellings;
    private final String source;

    private DsgenTables(Map<DsgenField, WeightedValues> values, Map<DsgenField, Map<String, String[]>> misspellings,
            String source) {
        this.values = values;
        this.misspellings = misspellings;
        this.source = source;
    }

    /** Tables from {@code folder} when it holds all the frequency files, the built-in lists otherwise. */
    static DsgenTables from(Path folder) {
        if (folder == null || !FREQUENCY_FILES.values().stream().allMatch(f -> Files.isReadable(folder.resolve(f)))) {
            return builtIn();
        }
        Map<DsgenField, WeightedValues> values = new EnumMap<>(DsgenField.class);
        FREQUENCY_FILES.forEach((field, file) -> values.put(field, readFrequencies(folder.resolve(file))));
        Map<DsgenField, Map<String, String[]>> misspellings = new EnumMap<>(DsgenField.class);
        MISSPELLING_FILES.forEach((field, file) -> misspellings.put(field, Files.isReadable(folder.resolve(file))
                ? readMisspellings(folder.resolve(file)) : Map.of()));
        return new DsgenTables(values, misspellings, "frequency tables in " + folder.getFileName());
    }

    static DsgenTables builtIn() {
        NameTables names = NameTables.builtIn();
        Map<DsgenField, WeightedValues> values = new EnumMap<>(DsgenField.class);
        values.put(DsgenField.GIVEN_NAME, names.given());
        values.put(DsgenField.SURNAME, names.family());
        values.put(DsgenField.STREET_NUMBER, zipf(numbers(1, 300)));
        values.put(DsgenField.ADDRESS_1, zipf(combine(BuiltInPlaces.STREETS, BuiltInPlaces.STREET_TYPES)));
        values.put(DsgenField.ADDRESS_2, zipf(BuiltInPlaces.PROPERTIES));
        values.put(DsgenField.SUBURB, zipf(BuiltInPlaces.SUBURBS));
        values.put(DsgenField.POSTCODE, zipf(numbers(2000, 2999)));
        values.put(DsgenField.STATE, new WeightedValues(List.of(BuiltInPlaces.STATES),
                List.of(48.0, 36.0, 27.0, 13.0, 11.0, 4.0, 2.0, 1.0)));
        Map<DsgenField, Map<String, String[]>> misspellings = new EnumMap<>(DsgenField.class);
        misspellings.put(DsgenField.GIVEN_NAME, BuiltInPlaces.GIVEN_MISSPELLINGS);
        misspellings.put(DsgenField.SURNAME, BuiltInPlaces.SURNAME_MISSPELLINGS);
        misspellings.put(DsgenField.SUBURB, Map.of());
        return new DsgenTables(values, misspellings, "built-in lists");
    }

    WeightedValues values(DsgenField field) {
        return values.get(field);
    }

    /** Known misspellings of a value, or null. */
    String[] misspellings(DsgenField field, String value) {
        Map<String, String[]> table = misspellings.get(field);
        return table == null || value == null ? null : table.get(value);
    }

    String source() {
        return source;
    }

    private static WeightedValues readFrequencies(Path file) {
        List<String> names = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (String line : lines(file)) {
            int comma = line.lastIndexOf(',');
            String value = comma < 0 ? "" : clean(line.substring(0, comma));
            if (line.startsWith("#") || value.isEmpty()) {
                continue;
            }
            names.add(value);
            weights.add(Double.parseDouble(line.substring(comma + 1).trim()));
        }
        return new WeightedValues(names, weights);
    }

    private static Map<String, String[]> readMisspellings(Path file) {
        Map<String, List<String>> table = new TreeMap<>();
        List<String> current = null;
        for (String line : lines(file)) {
            String text = line.trim();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            int colon = text.indexOf(':');
            if (colon >= 0) {
                current = table.computeIfAbsent(clean(text.substring(0, colon)), k -> new ArrayList<>());
                text = text.substring(colon + 1);
            }
            if (current != null) {
                for (String wrong : text.split(",")) {
                    if (!clean(wrong).isEmpty()) {
                        current.add(clean(wrong));
                    }
                }
            }
        }
        Map<String, String[]> result = new TreeMap<>();
        table.forEach((correct, wrong) -> result.put(correct, wrong.toArray(String[]::new)));
        return result;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Values go into comma-separated files unquoted, so they may not hold commas or quotes. */
    private static String clean(String value) {
        return value.replace('"', ' ').replaceAll("\\s+", " ").trim();
    }

    private static List<String> numbers(int from, int to) {
        List<String> numbers = new ArrayList<>();
        for (int n = from; n <= to; n++) {
            numbers.add(Integer.toString(n));
        }
        return numbers;
    }

    private static List<String> combine(String[] names, String[] types) {
        List<String> combined = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            for (int j = 0; j < types.length; j++) {
                combined.add(names[(i + j * 7) % names.length] + " " + types[j]);
            }
        }
        return combined;
    }

    private static WeightedValues zipf(List<String> values) {
        List<Double> weights = new ArrayList<>();
        for (int rank = 1; rank <= values.size(); rank++) {
            weights.add(1.0 / rank);
        }
        return new WeightedValues(values, weights);
    }

    private static WeightedValues zipf(String[] values) {
        return zipf(List.of(values));
    }
}
