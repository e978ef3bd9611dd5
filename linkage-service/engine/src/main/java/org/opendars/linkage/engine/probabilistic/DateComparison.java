package org.opendars.linkage.engine.probabilistic;

import java.util.List;
import java.util.Set;
import org.opendars.linkage.engine.data.Dictionary;
import org.opendars.linkage.engine.data.Table;
import org.opendars.linkage.engine.identifiers.DatesOfBirth;

/**
 * Dates of birth: exact, day and month transposed, one keying error (one digit wrong or two adjacent digits
 * swapped), two of year/month/day agreeing, else. Dates are parsed once per distinct value.
 */
final class DateComparison implements Comparison {

    private static final List<String> LABELS = List.of("exact", "day-month transposed", "one digit",
            "two of three parts", "else");

    private final String name;
    private final String column;
    private final int[] left;
    private final int[] right;
    private final int[] ymdByCode;

    DateComparison(String name, String column, Table left, Table right) {
        this.name = name;
        this.column = column;
        this.left = left.codes(column);
        this.right = right.codes(column);
        Dictionary dictionary = left.dictionary(column);
        ymdByCode = new int[dictionary.size()];
        for (int code = 1; code < ymdByCode.length; code++) {
            ymdByCode[code] = parse(dictionary.value(code));
        }
    }

    private static int parse(String value) {
        String digits = value.replace("-", "");
        if (digits.length() != 8 || !digits.chars().allMatch(Character::isDigit)) {
            return 0;
        }
        return Integer.parseInt(digits);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> levelLabels() {
        return LABELS;
    }

    @Override
    public Set<String> columns() {
        return Set.of(column);
    }

    @Override
    public int level(int l, int r) {
        int a = ymdByCode[left[l]];
        int b = ymdByCode[right[r]];
        if (a == 0 || b == 0) {
            return 0;
        }
        if (a == b) {
            return 1;
        }
        if (DatesOfBirth.transposed(a, b)) {
            return 2;
        }
        if (oneKeyingError(a, b)) {
            return 3;
        }
        return DatesOfBirth.partialMatch(a, b) ? 4 : 5;
    }

    /** One digit wrong, or two adjacent digits swapped, in the eight digits {@code yyyymmdd}. */
    static boolean oneKeyingError(int a, int b) {
        int differing = 0;
        int position = -1;
        int firstA = 0;
        int firstB = 0;
        boolean adjacentSwap = false;
        for (int digit = 0; digit < 8; digit++, a /= 10, b /= 10) {
            int x = a % 10;
            int y = b % 10;
            if (x == y) {
                continue;
            }
            differing++;
            if (differing == 1) {
                position = digit;
                firstA = x;
                firstB = y;
            } else if (differing == 2) {
                adjacentSwap = digit == position + 1 && x == firstB && y == firstA;
            } else {
                return false;
            }
        }
        return differing == 1 || (differing == 2 && adjacentSwap);
    }
}
