package org.opendars.linkage.engine.identifiers;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names folded to lower-case ASCII letters and single spaces, with titles removed. Placeholder names given to
 * newborns or unknown patients ("baby of ...", "twin 1", "unknown") are reported: they would otherwise create
 * strong false agreements between unrelated babies.
 */
public final class PersonNames {

    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’`]");
    private static final Pattern NON_LETTERS = Pattern.compile("[^a-z]+");
    private static final Set<String> TITLES = Set.of("mr", "mrs", "miss", "ms", "mx", "dr", "prof", "rev", "sir");
    private static final Set<String> PLACEHOLDERS = Set.of("baby", "infant", "unknown", "unk", "no name",
            "not known", "twin", "twin one", "twin two", "twin 1", "twin 2", "triplet", "male", "female",
            "newborn", "stillborn", "test", "xx", "xxx", "na", "n a", "none");

    private PersonNames() {
    }

    public static Validated validate(String raw) {
        if (Validated.isBlank(raw)) {
            return Validated.missing();
        }
        String lowered = raw.trim().toLowerCase(Locale.ROOT);
        if (PLACEHOLDERS.contains(lowered.replaceAll("\\s+", " ")) || lowered.startsWith("baby of")
                || lowered.startsWith("twin of") || lowered.matches("(twin|triplet|baby)\\s*[0-9a-c]?")) {
            return Validated.invalid("placeholder name");
        }
        String folded = fold(lowered);
        return folded.isEmpty() ? Validated.invalid("name has no letters") : Validated.valid(folded);
    }

    /** Lower-case, accents removed, apostrophes dropped (o'brien = obrien), other punctuation as spaces. */
    public static String fold(String raw) {
        String decomposed = ACCENTS.matcher(Normalizer.normalize(raw.toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
                .replaceAll("");
        String spaced = NON_LETTERS.matcher(APOSTROPHES.matcher(decomposed).replaceAll("")).replaceAll(" ").trim();
        StringBuilder kept = new StringBuilder(spaced.length());
        for (String token : spaced.split(" ")) {
            if (!token.isEmpty() && !TITLES.contains(token)) {
                if (kept.length() > 0) {
                    kept.append(' ');
                }
                kept.append(token);
            }
        }
        return kept.toString();
    }

    /** The formal given name for a common nickname (bill → william); the name itself otherwise. */
    public static String formalGivenName(String folded) {
        return Nicknames.formal(folded);
    }

    /** Nickname to formal name, for generating realistic name variants. */
    public static Map<String, String> nicknameTable() {
        return Nicknames.table();
    }
}
