package org.opendars.linkage.engine.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Character-level errors: keying errors with neighbours on a QWERTY keyboard, characters a scanner confuses,
 * and spellings that sound the same. Each method returns null when it cannot change the value.
 */
final class Typos {

    private static final String[] ROWS = {"1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm"};
    private static final String[] NEIGHBOURS = new String[128];
    static final String[][] OCR_TEXT = {{"0", "o"}, {"1", "l"}, {"1", "i"}, {"5", "s"}, {"8", "b"}, {"2", "z"},
        {"6", "g"}, {"rn", "m"}, {"cl", "d"}, {"vv", "w"}, {"u", "v"}, {"c", "e"}, {"l", "i"}, {"h", "b"}};
    static final String[][] OCR_DIGITS = {{"1", "7"}, {"3", "8"}, {"5", "6"}, {"0", "8"}, {"8", "9"}};
    /** Sound-alike spellings; {@code ^} and {@code $} tie a rule to the start or end of a word. */
    static final String[][] PHONETIC = {{"ph", "f"}, {"c", "k"}, {"ck", "k"}, {"ie$", "y$"}, {"ee", "ea"},
        {"ou", "ow"}, {"ai", "ay"}, {"ei", "ey"}, {"qu", "kw"}, {"x", "ks"}, {"s", "z"}, {"tion", "shun"},
        {"^wr", "^r"}, {"^kn", "^n"}, {"mb$", "m$"}, {"oo", "u"}, {"th", "t"}, {"dge", "ge"}, {"sch", "sk"},
        {"ae", "e"}, {"ll", "l"}, {"tt", "t"}, {"nn", "n"}, {"ss", "s"}, {"gh", "g"}, {"y", "i"}, {"er$", "a$"},
        {"aw", "or"}};

    static {
        for (int row = 0; row < ROWS.length; row++) {
            for (int i = 0; i < ROWS[row].length(); i++) {
                List<Character> near = new ArrayList<>();
                addKey(near, row, i - 1);
                addKey(near, row, i + 1);
                addKey(near, row - 1, i);
                addKey(near, row - 1, i + 1);
                addKey(near, row + 1, i - 1);
                addKey(near, row + 1, i);
                boolean digit = row == 0;
                StringBuilder same = new StringBuilder();
                near.stream().filter(c -> Character.isDigit(c) == digit).forEach(same::append);
                NEIGHBOURS[ROWS[row].charAt(i)] = same.toString();
            }
        }
    }

    private Typos() {
    }

    private static void addKey(List<Character> near, int row, int index) {
        if (row >= 0 && row < ROWS.length && index >= 0 && index < ROWS[row].length()) {
            near.add(ROWS[row].charAt(index));
        }
    }

    /** Keys next to {@code c} of the same sort (digit or letter); empty for other characters. */
    static String neighbours(char c) {
        return c < 128 && NEIGHBOURS[c] != null ? NEIGHBOURS[c] : "";
    }

    static String insert(String value, SplittableRandom random) {
        if (value.isEmpty()) {
            return null;
        }
        int at = random.nextInt(value.length() + 1);
        String near = neighbours(value.charAt(Math.min(at, value.length() - 1)));
        return near.isEmpty() ? null
                : value.substring(0, at) + near.charAt(random.nextInt(near.length())) + value.substring(at);
    }

    static String delete(String value, SplittableRandom random) {
        if (value.length() < 2) {
            return null;
        }
        int at = random.nextInt(value.length());
        return value.substring(0, at) + value.substring(at + 1);
    }

    static String substitute(String value, SplittableRandom random) {
        if (value.isEmpty()) {
            return null;
        }
        int at = random.nextInt(value.length());
        String near = neighbours(value.charAt(at));
        return near.isEmpty() ? null
                : value.substring(0, at) + near.charAt(random.nextInt(near.length())) + value.substring(at + 1);
    }

    static String transpose(String value, SplittableRandom random) {
        if (value.length() < 2) {
            return null;
        }
        int at = random.nextInt(value.length() - 1);
        if (value.charAt(at) == value.charAt(at + 1)) {
            return null;
        }
        return value.substring(0, at) + value.charAt(at + 1) + value.charAt(at) + value.substring(at + 2);
    }

    /** Two words run together, or one word split. */
    static String space(String value, SplittableRandom random) {
        int space = value.indexOf(' ');
        if (space > 0) {
            return value.substring(0, space) + value.substring(space + 1);
        }
        if (value.length() < 4) {
            return null;
        }
        int at = 2 + random.nextInt(value.length() - 3);
        return value.substring(0, at) + " " + value.substring(at);
    }

    static String swapWords(String value, SplittableRandom random) {
        String[] words = value.split(" ");
        if (words.length < 2) {
            return null;
        }
        int at = random.nextInt(words.length - 1);
        String first = words[at];
        words[at] = words[at + 1];
        words[at + 1] = first;
        return String.join(" ", words);
    }

    static String ocr(String value, boolean digits, SplittableRandom random) {
        return replaceOne(value, digits ? OCR_DIGITS : OCR_TEXT, random);
    }

    static String phonetic(String value, SplittableRandom random) {
        return replaceOne(value, PHONETIC, random);
    }

    /**
     * Replaces one occurrence, chosen uniformly among all places where any rule applies in either direction
     * (reservoir sampling, so no list of candidates is built).
     */
    private static String replaceOne(String value, String[][] rules, SplittableRandom random) {
        int seen = 0;
        int chosenAt = -1;
        String chosenFrom = null;
        String chosenTo = null;
        for (String[] rule : rules) {
            for (int direction = 0; direction < 2; direction++) {
                String from = rule[direction];
                boolean start = from.startsWith("^");
                boolean end = from.endsWith("$");
                String core = from.substring(start ? 1 : 0, from.length() - (end ? 1 : 0));
                for (int at = value.indexOf(core); at >= 0 && !core.isEmpty(); at = value.indexOf(core, at + 1)) {
                    int after = at + core.length();
                    boolean fits = (!start || at == 0 || value.charAt(at - 1) == ' ')
                            && (!end || after == value.length() || value.charAt(after) == ' ');
                    if (fits && random.nextInt(++seen) == 0) {
                        chosenAt = at;
                        chosenFrom = core;
                        chosenTo = rule[1 - direction].replace("^", "").replace("$", "");
                    }
                }
            }
        }
        return chosenAt < 0 ? null
                : value.substring(0, chosenAt) + chosenTo + value.substring(chosenAt + chosenFrom.length());
    }
}
