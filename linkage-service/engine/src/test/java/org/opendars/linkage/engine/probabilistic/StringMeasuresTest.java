package org.opendars.linkage.engine.probabilistic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StringMeasuresTest {

    @Test
    void jaroWinklerAgreesWithCommonsTextOnRandomNames() {
        JaroWinklerSimilarity reference = new JaroWinklerSimilarity();
        Random random = new Random(1);
        for (int i = 0; i < 20_000; i++) {
            String a = randomWord(random);
            String b = random.nextInt(3) == 0 ? mutate(a, random) : randomWord(random);
            assertThat(JaroWinkler.similarity(a, b)).as("%s vs %s", a, b).isEqualTo(reference.apply(a, b));
        }
    }

    @Test
    void damerauLevenshteinNeverExceedsLevenshteinAndAgreesWithoutSwaps() {
        LevenshteinDistance levenshtein = LevenshteinDistance.getDefaultInstance();
        Random random = new Random(2);
        for (int i = 0; i < 5_000; i++) {
            String a = randomWord(random);
            String b = mutate(a, random);
            int reference = levenshtein.apply(a, b);
            int distance = EditDistances.damerauLevenshtein(a, b, 10);
            assertThat(distance).isLessThanOrEqualTo(reference).isGreaterThanOrEqualTo(reference / 2);
            assertThat(EditDistances.damerauLevenshtein(a, b, 1) <= 1).isEqualTo(distance <= 1);
        }
    }

    @ParameterizedTest(name = "{0} vs {1}: {2}")
    @CsvSource({"smith, smith, 0", "smith, smyth, 1", "smith, msith, 1", "smith, smit, 1", "smith, smiths, 1",
        "smith, mitsh, 2", "9434765919, 9434765991, 1", "9434765919, 9434756991, 2"})
    void countsAdjacentSwapAsOneEdit(String a, String b, int expected) {
        assertThat(EditDistances.damerauLevenshtein(a, b, 3)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} vs {1}: {2}")
    @CsvSource({"19710624, 19710625, true", "19710624, 19710642, true", "19710624, 19170624, true",
        "19710624, 19710624, false", "19710624, 19720625, false", "19710624, 19710246, false"})
    void recognisesOneKeyingErrorInDates(int a, int b, boolean expected) {
        assertThat(DateComparison.oneKeyingError(a, b)).isEqualTo(expected);
    }

    private static String randomWord(Random random) {
        int length = 1 + random.nextInt(10);
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < length; i++) {
            word.append((char) ('a' + random.nextInt(6)));
        }
        return word.toString();
    }

    private static String mutate(String word, Random random) {
        StringBuilder out = new StringBuilder(word);
        int at = random.nextInt(out.length());
        switch (random.nextInt(4)) {
            case 0 -> out.setCharAt(at, (char) ('a' + random.nextInt(6)));
            case 1 -> out.deleteCharAt(at);
            case 2 -> out.insert(at, (char) ('a' + random.nextInt(6)));
            default -> {
                if (at + 1 < out.length()) {
                    char c = out.charAt(at);
                    out.setCharAt(at, out.charAt(at + 1));
                    out.setCharAt(at + 1, c);
                }
            }
        }
        return out.toString();
    }

    @Test
    void theJaroWinklerBoundIsNeverBelowTheSimilarity() {
        Random random = new Random(17);
        String alphabet = "aeiourstlnmkbdp 0123456789";
        for (int n = 0; n < 200_000; n++) {
            String a = randomString(random, alphabet);
            String b = random.nextInt(3) == 0 ? typo(random, a, alphabet) : randomString(random, alphabet);
            double bound = JaroWinkler.mostPossible(a, JaroWinkler.characterSet(a), b, JaroWinkler.characterSet(b));
            assertThat(bound).as("%s / %s", a, b).isGreaterThanOrEqualTo(JaroWinkler.similarity(a, b) - 1e-12);
        }
    }

    private static String randomString(Random random, String alphabet) {
        StringBuilder value = new StringBuilder();
        for (int i = 1 + random.nextInt(14); i > 0; i--) {
            value.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return value.toString();
    }

    private static String typo(Random random, String value, String alphabet) {
        StringBuilder changed = new StringBuilder(value);
        int at = random.nextInt(changed.length());
        changed.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
        return changed.toString();
    }
}
