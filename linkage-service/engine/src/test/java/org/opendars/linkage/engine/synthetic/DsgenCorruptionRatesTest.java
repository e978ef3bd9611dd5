package org.opendars.linkage.engine.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures the duplicates against their originals: how often each field disagrees, and how often each kind of
 * modification can be seen in the values (a field whose difference one modification of that kind explains).
 */
class DsgenCorruptionRatesTest {

    private static final int ORIGINALS = 5_000;

    @TempDir
    static Path folder;

    static DsgenStyleData.Written written;
    static List<String[][]> pairs;
    static DsgenTables tables;

    @BeforeAll
    static void generate() throws IOException {
        written = DsgenStyleData.write(folder, ORIGINALS, 7, DsgenFiles.tables(), DsgenSettings.link());
        pairs = DsgenFiles.pairs(folder);
        tables = DsgenTables.from(DsgenFiles.tables());
    }

    @Test
    void fieldsDisagreeAboutAsOftenAsInFebrl4() {
        // FEBRL 4 measured: names 0.32-0.33, address_1 0.38, address_2 0.43, suburb 0.25, street number, postcode,
        // date of birth and soc_sec_id 0.09-0.16, state 0.05.
        Map<DsgenField, double[]> bands = new EnumMap<>(DsgenField.class);
        bands.put(DsgenField.GIVEN_NAME, new double[] {0.2, 0.5});
        bands.put(DsgenField.SURNAME, new double[] {0.2, 0.5});
        bands.put(DsgenField.ADDRESS_1, new double[] {0.2, 0.5});
        bands.put(DsgenField.ADDRESS_2, new double[] {0.15, 0.5});
        bands.put(DsgenField.SUBURB, new double[] {0.15, 0.4});
        bands.put(DsgenField.STREET_NUMBER, new double[] {0.08, 0.25});
        bands.put(DsgenField.POSTCODE, new double[] {0.08, 0.25});
        bands.put(DsgenField.DATE_OF_BIRTH, new double[] {0.06, 0.2});
        bands.put(DsgenField.SOC_SEC_ID, new double[] {0.06, 0.2});
        bands.put(DsgenField.STATE, new double[] {0.02, 0.12});
        bands.forEach((field, band) -> {
            long differing = pairs.stream().filter(p -> !p[0][field.ordinal()].equals(p[1][field.ordinal()])).count();
            assertThat(differing / (double) ORIGINALS).as(field.column()).isBetween(band[0], band[1]);
        });
        long untouched = pairs.stream().filter(p -> Arrays.equals(p[0], p[1])).count();
        assertThat(untouched).isLessThan(ORIGINALS / 100);
    }

    @Test
    void everyKindOfModificationIsSeenInTheValues() {
        Map<Modification, Integer> seen = new EnumMap<>(Modification.class);
        int given = DsgenField.GIVEN_NAME.ordinal();
        int surname = DsgenField.SURNAME.ordinal();
        for (String[][] pair : pairs) {
            String[] original = pair[0];
            String[] duplicate = pair[1];
            if (!original[given].equals(original[surname]) && original[given].equals(duplicate[surname])
                    && original[surname].equals(duplicate[given])) {
                seen.merge(Modification.NAME_SWAP, 1, Integer::sum);
            }
            for (DsgenField field : DsgenField.values()) {
                for (Modification kind : explanations(field, original[field.ordinal()], duplicate[field.ordinal()])) {
                    seen.merge(kind, 1, Integer::sum);
                }
            }
        }
        for (Modification kind : Modification.values()) {
            assertThat(seen.getOrDefault(kind, 0) / (double) ORIGINALS).as(kind.label()).isBetween(0.004, 0.5);
        }
        assertThat(seen.get(Modification.NAME_SWAP) / (double) ORIGINALS).isBetween(0.015, 0.08);
    }

    @Test
    void generatorCountsEachKindAtASensibleRate() {
        for (Modification kind : Modification.values()) {
            double perDuplicate = written.modifications().get(kind) / (double) written.duplicates();
            assertThat(perDuplicate).as(kind.label()).isBetween(0.005, 0.6);
        }
        long total = written.modifications().values().stream().mapToLong(Long::longValue).sum();
        // At most 4 per record, 2.5 on average, a few fewer where no modification fits.
        assertThat(total / (double) written.duplicates()).isBetween(2.2, 2.7);
    }

    @Test
    void duplicatesHaveMoreBlanksThanOriginals() {
        for (DsgenField field : DsgenField.values()) {
            long inOriginals = pairs.stream().filter(p -> p[0][field.ordinal()].isEmpty()).count();
            long inDuplicates = pairs.stream().filter(p -> p[1][field.ordinal()].isEmpty()).count();
            if (field.mayBeMissing()) {
                assertThat(inDuplicates).as(field.column()).isGreaterThan(inOriginals)
                        .isLessThan(ORIGINALS / 7);
            } else {
                assertThat(inDuplicates).as(field.column()).isZero();
            }
        }
    }

    /** The kinds of modification of which one alone turns {@code from} into {@code to}. */
    private static Set<Modification> explanations(DsgenField field, String from, String to) {
        Set<Modification> kinds = EnumSet.noneOf(Modification.class);
        if (from.equals(to)) {
            return kinds;
        }
        if (to.isEmpty()) {
            kinds.add(Modification.MISSING);
            return kinds;
        }
        String[] wrong = tables.misspellings(field, from);
        if (wrong != null && Arrays.asList(wrong).contains(to)) {
            kinds.add(Modification.MISSPELLING);
        }
        if (from.contains(" ") && !from.equals(to) && sortedWords(from).equals(sortedWords(to))) {
            kinds.add(Modification.WORD_SWAP);
        }
        if (from.replace(" ", "").equals(to.replace(" ", "")) && Math.abs(from.length() - to.length()) == 1) {
            kinds.add(Modification.SPACE);
        }
        if (field == DsgenField.DATE_OF_BIRTH && from.length() == 8 && to.length() == 8) {
            if (to.equals(from.substring(0, 4) + from.substring(6, 8) + from.substring(4, 6))) {
                kinds.add(Modification.DAY_MONTH_SWAP);
            }
            int at = onlyDifference(from, to);
            if (at >= 0 && Math.abs(from.charAt(at) - to.charAt(at)) == 1) {
                kinds.add(Modification.DATE_DIGIT);
            }
        }
        addCharacterEdits(kinds, from, to);
        if (oneReplacement(from, to, Typos.OCR_TEXT) || oneReplacement(from, to, Typos.OCR_DIGITS)) {
            kinds.add(Modification.OCR);
        }
        if (oneReplacement(from, to, Typos.PHONETIC)) {
            kinds.add(Modification.PHONETIC);
        }
        // Another value from the table: no single edit explains it, and it starts differently.
        if (kinds.isEmpty() && field.kind() != DsgenField.Kind.DATE && field != DsgenField.SOC_SEC_ID
                && (from.isEmpty() || to.length() > 1 && !from.startsWith(to.substring(0, 2)))) {
            kinds.add(Modification.NEW_VALUE);
        }
        return kinds;
    }

    private static void addCharacterEdits(Set<Modification> kinds, String from, String to) {
        if (from.length() == to.length()) {
            int at = onlyDifference(from, to);
            if (at >= 0 && Typos.neighbours(from.charAt(at)).indexOf(to.charAt(at)) >= 0) {
                kinds.add(Modification.SUBSTITUTE);
            }
            for (int i = 0; i + 1 < from.length(); i++) {
                if (to.equals(from.substring(0, i) + from.charAt(i + 1) + from.charAt(i) + from.substring(i + 2))) {
                    kinds.add(Modification.TRANSPOSE);
                }
            }
        } else if (to.length() == from.length() + 1 && deletesTo(to, from)) {
            kinds.add(Modification.INSERT);
        } else if (from.length() == to.length() + 1 && deletesTo(from, to)) {
            kinds.add(Modification.DELETE);
        }
    }

    private static boolean deletesTo(String longer, String shorter) {
        for (int i = 0; i < longer.length(); i++) {
            if ((longer.substring(0, i) + longer.substring(i + 1)).equals(shorter)) {
                return true;
            }
        }
        return false;
    }

    private static boolean oneReplacement(String from, String to, String[][] rules) {
        for (String[] rule : rules) {
            for (int direction = 0; direction < 2; direction++) {
                String a = rule[direction].replace("^", "").replace("$", "");
                String b = rule[1 - direction].replace("^", "").replace("$", "");
                for (int at = from.indexOf(a); at >= 0 && !a.isEmpty(); at = from.indexOf(a, at + 1)) {
                    if (to.equals(from.substring(0, at) + b + from.substring(at + a.length()))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static int onlyDifference(String a, String b) {
        int found = -1;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                if (found >= 0) {
                    return -1;
                }
                found = i;
            }
        }
        return found;
    }

    private static String sortedWords(String value) {
        String[] words = value.split(" ");
        Arrays.sort(words);
        return String.join(" ", words);
    }
}
