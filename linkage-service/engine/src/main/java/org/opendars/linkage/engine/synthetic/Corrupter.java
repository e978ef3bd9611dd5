package org.opendars.linkage.engine.synthetic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.opendars.linkage.engine.PersonRecord;
import org.opendars.linkage.engine.identifiers.PersonNames;

/**
 * Makes the kind of copy another care setting would hold of a person: keying errors, missing values, swapped
 * names and day/month, nicknames, house moves, another person's NHS number, varied formatting.
 */
public final class Corrupter {

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

    private final CorruptionRates rates;
    private final SplittableRandom random;
    private final Map<String, List<String>> nicknamesOf;
    private final long[] recentNhsNumbers = new long[1024];
    private int recent;

    public Corrupter(CorruptionRates rates, long seed) {
        this.rates = rates;
        this.random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        this.nicknamesOf = new HashMap<>();
        // Sorted, because the table's own iteration order changes from one JVM to the next and the same seed
        // must give the same files everywhere.
        new TreeMap<>(PersonNames.nicknameTable()).forEach((nick, formal) ->
                nicknamesOf.computeIfAbsent(formal, f -> new ArrayList<>()).add(nick));
    }

    public PersonRecord corrupt(PersonRecord clean, String id, NameTables names) {
        recentNhsNumbers[recent++ % recentNhsNumbers.length] = Long.parseLong(clean.nhsNumber());
        String given = clean.givenName();
        String family = clean.familyName();
        if (chance(rates.nickname()) && nicknamesOf.containsKey(given)) {
            List<String> options = nicknamesOf.get(given);
            given = options.get(random.nextInt(options.size()));
        }
        given = chance(rates.nameTypo()) ? typo(given) : given;
        family = chance(rates.familyNameChange()) ? names.family().draw(random) : family;
        family = chance(rates.nameTypo()) ? typo(family) : family;
        if (chance(rates.swappedNames())) {
            String swap = given;
            given = family;
            family = swap;
        }
        given = chance(rates.missingGivenName()) ? null : given;
        boolean moved = chance(rates.moved());
        return new PersonRecord(id, nhsNumber(clean.nhsNumber()), dateOfBirth(clean.dateOfBirth()),
                sex(clean.sex()), postcode(clean.postcode(), moved), casing(given), casing(family),
                address(clean.address(), moved));
    }

    private String nhsNumber(String nhs) {
        if (chance(rates.missingNhsNumber())) {
            return null;
        }
        if (chance(rates.wrongNhsNumber()) && recent > 1) {
            return Long.toString(recentNhsNumbers[random.nextInt(Math.min(recent, recentNhsNumbers.length))]);
        }
        String value = chance(rates.nhsNumberTypo()) ? digitTypo(nhs) : nhs;
        return random.nextInt(4) == 0 ? value.substring(0, 3) + " " + value.substring(3, 6) + " " + value.substring(6)
                : value;
    }

    private String dateOfBirth(String iso) {
        if (chance(rates.missingDate())) {
            return null;
        }
        String year = iso.substring(0, 4);
        String month = iso.substring(5, 7);
        String day = iso.substring(8, 10);
        if (chance(rates.dateTransposed()) && Integer.parseInt(day) <= 12) {
            String swap = day;
            day = month;
            month = swap;
        }
        String date = year + "-" + month + "-" + day;
        if (chance(rates.dateTypo())) {
            date = digitTypo(date);
        }
        return random.nextInt(5) == 0 ? date.substring(8, 10) + "/" + date.substring(5, 7) + "/" + date.substring(0, 4)
                : date;
    }

    private String sex(String code) {
        if (chance(rates.missingSex())) {
            return random.nextBoolean() ? null : "9";
        }
        return random.nextInt(3) == 0 ? ("1".equals(code) ? "M" : "F") : code;
    }

    private String postcode(String postcode, boolean moved) {
        if (chance(rates.missingPostcode())) {
            return null;
        }
        if (chance(rates.pseudoPostcode())) {
            return "ZZ99 3VZ";
        }
        String value = moved ? Places.postcode(random) : postcode;
        value = chance(rates.postcodeTypo()) ? alphanumericTypo(value) : value;
        return random.nextInt(4) == 0 ? value.replace(" ", "").toLowerCase() : value;
    }

    private String address(String address, boolean moved) {
        if (chance(rates.missingAddress())) {
            return null;
        }
        String value = moved ? Places.address(random, Places.street(random)) : address;
        return chance(rates.nameTypo()) ? typo(value) : value;
    }

    private String casing(String name) {
        if (name == null) {
            return null;
        }
        return random.nextBoolean() ? name.toUpperCase() : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** Substitution, deletion, insertion or transposition of letters. */
    private String typo(String value) {
        if (value == null || value.length() < 3) {
            return value;
        }
        int at = 1 + random.nextInt(value.length() - 2);
        char letter = LETTERS.charAt(random.nextInt(LETTERS.length()));
        return switch (random.nextInt(4)) {
            case 0 -> value.substring(0, at) + letter + value.substring(at + 1);
            case 1 -> value.substring(0, at) + value.substring(at + 1);
            case 2 -> value.substring(0, at) + letter + value.substring(at);
            default -> value.substring(0, at - 1) + value.charAt(at) + value.charAt(at - 1) + value.substring(at + 1);
        };
    }

    private String digitTypo(String value) {
        char[] chars = value.toCharArray();
        for (int attempt = 0; attempt < 20; attempt++) {
            int at = random.nextInt(chars.length);
            if (Character.isDigit(chars[at])) {
                chars[at] = (char) ('0' + (chars[at] - '0' + 1 + random.nextInt(9)) % 10);
                return new String(chars);
            }
        }
        return value;
    }

    private String alphanumericTypo(String value) {
        char[] chars = value.toCharArray();
        int at = random.nextInt(chars.length);
        if (Character.isDigit(chars[at])) {
            chars[at] = (char) ('0' + (chars[at] - '0' + 1) % 10);
        } else if (Character.isLetter(chars[at])) {
            chars[at] = chars[at] == 'Z' ? 'A' : (char) (chars[at] + 1);
        }
        return new String(chars);
    }
}
