package org.opendars.linkage.engine.identifiers;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * UK postcodes normalised to {@code OUTWARD INWARD} with one space. Pseudo-postcodes starting {@code ZZ}
 * (no fixed abode, not known, country codes) identify nobody and are reported rather than matched.
 */
public final class Postcodes {

    private static final Pattern UK = Pattern.compile("([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})");
    private static final int RADIX = 37;

    private Postcodes() {
    }

    public static Validated validate(String raw) {
        if (Validated.isBlank(raw)) {
            return Validated.missing();
        }
        String compact = fixLetterDigitConfusion(compact(raw));
        Matcher m = UK.matcher(compact);
        if (!m.matches()) {
            return Validated.invalid("postcode is not in UK format");
        }
        if (compact.startsWith("ZZ")) {
            return Validated.invalid("pseudo-postcode (ZZ) identifies no address");
        }
        return Validated.valid(m.group(1) + " " + m.group(2));
    }

    private static String compact(String raw) {
        StringBuilder out = new StringBuilder(8);
        for (int i = 0; i < raw.length(); i++) {
            char c = Character.toUpperCase(raw.charAt(i));
            if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The inward code always starts with a digit and ends with two letters: repair O/0 and I/1 keyed wrongly. */
    private static String fixLetterDigitConfusion(String compact) {
        if (compact.length() < 5 || compact.length() > 7) {
            return compact;
        }
        char[] c = compact.toCharArray();
        int inward = c.length - 3;
        c[inward] = toDigit(c[inward]);
        c[inward + 1] = toLetter(c[inward + 1]);
        c[inward + 2] = toLetter(c[inward + 2]);
        c[0] = toLetter(c[0]);
        return new String(c);
    }

    private static char toDigit(char c) {
        return c == 'O' ? '0' : c == 'I' ? '1' : c;
    }

    private static char toLetter(char c) {
        return c == '0' ? 'O' : c == '1' ? 'I' : c;
    }

    /** Postcode area: the leading letters, e.g. {@code LS} of {@code LS1 4AP}. */
    public static String area(String normalised) {
        int i = 0;
        while (i < normalised.length() && Character.isLetter(normalised.charAt(i))) {
            i++;
        }
        return normalised.substring(0, i);
    }

    /** Postcode district: the outward code, e.g. {@code LS1}. */
    public static String district(String normalised) {
        return normalised.substring(0, normalised.indexOf(' '));
    }

    /** Postcode sector: outward code plus the first inward digit, e.g. {@code LS1 4}. */
    public static String sector(String normalised) {
        return normalised.substring(0, normalised.indexOf(' ') + 2);
    }

    /** HES fixed-width form: outward code left-aligned in four characters, a space, the inward code. */
    public static String eightCharacter(String normalised) {
        String outward = district(normalised);
        return String.format("%-4s %s", outward, normalised.substring(normalised.indexOf(' ') + 1));
    }

    /** Lossless numeric form of a normalised postcode (0 = none), so a postcode fits in a {@code long} column. */
    public static long encode(String normalised) {
        if (normalised == null) {
            return 0L;
        }
        long code = 0;
        for (int i = 0; i < normalised.length(); i++) {
            code = code * RADIX + symbol(normalised.charAt(i));
        }
        return code;
    }

    private static int symbol(char c) {
        if (c == ' ') {
            return 36;
        }
        return Character.isDigit(c) ? c - '0' + 1 : c - 'A' + 11;
    }
}
