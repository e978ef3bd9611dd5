package org.opendars.linkage.engine.spec;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.opendars.linkage.engine.identifiers.DatesOfBirth;
import org.opendars.linkage.engine.identifiers.Postcodes;

/** What the sampled values of one column look like: enough to guess what the column is and how to compare it. */
public record ColumnProfile(String column, int values, int distinct, double filled, double digitsOnly,
        double meanLength, double withSpace, double ukPostcode, double date, double email, double topShare) {

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public static ColumnProfile of(String column, List<String> sample) {
        Map<String, Integer> counts = new HashMap<>();
        int values = 0;
        int digits = 0;
        int spaces = 0;
        int postcodes = 0;
        int dates = 0;
        int emails = 0;
        long length = 0;
        for (String raw : sample) {
            String value = raw.trim();
            if (value.isEmpty()) {
                continue;
            }
            values++;
            counts.merge(value.toLowerCase(Locale.ROOT), 1, Integer::sum);
            length += value.length();
            digits += DIGITS.matcher(value).matches() ? 1 : 0;
            spaces += value.indexOf(' ') >= 0 ? 1 : 0;
            postcodes += Postcodes.validate(value).isValid() ? 1 : 0;
            dates += looksLikeDate(value) ? 1 : 0;
            emails += EMAIL.matcher(value).matches() ? 1 : 0;
        }
        int top = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        double n = Math.max(1, values);
        return new ColumnProfile(column, values, counts.size(), values / (double) Math.max(1, sample.size()),
                digits / n, length / n, spaces / n, postcodes / n, dates / n, emails / n, top / n);
    }

    /** Dates need separators or eight digits: a bare number such as a street number must not pass as one. */
    private static boolean looksLikeDate(String value) {
        boolean shaped = value.length() == 8 ? DIGITS.matcher(value).matches() : value.length() == 10;
        return shaped && DatesOfBirth.validate(value).isValid();
    }

    /** Share of distinct values among the filled ones: near 1 for identifiers, near 0 for categories. */
    public double distinctRatio() {
        return distinct / (double) Math.max(1, values);
    }

    /** A column worth comparing: filled often enough and not (almost) one value. */
    public boolean informative() {
        return values >= 2 && filled >= 0.05 && distinct >= 2 && topShare < 0.95;
    }
}
