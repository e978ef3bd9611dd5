package org.opendars.linkage.engine.identifiers;

/**
 * NHS number validation: ten digits, Modulus 11 check digit (weights 10..2, a result of 10 is never valid)
 * and no all-same-digit placeholders such as 0000000000, which HES rejects.
 */
public final class NhsNumbers {

    private NhsNumbers() {
    }

    public static Validated validate(String raw) {
        if (Validated.isBlank(raw)) {
            return Validated.missing();
        }
        String digits = withoutSeparators(raw);
        if (digits == null) {
            return Validated.invalid("NHS number must be 10 digits");
        }
        if (digits.chars().allMatch(c -> c == digits.charAt(0))) {
            return Validated.invalid("NHS number has all digits the same");
        }
        int expected = checkDigit(digits.substring(0, 9));
        if (expected < 0 || expected != digits.charAt(9) - '0') {
            return Validated.invalid("NHS number check digit is wrong");
        }
        return Validated.valid(digits);
    }

    /** The ten digits with spaces and hyphens removed, or null when anything else is there. */
    private static String withoutSeparators(String raw) {
        char[] digits = new char[10];
        int count = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '0' && c <= '9') {
                if (count == 10) {
                    return null;
                }
                digits[count++] = c;
            } else if (c != ' ' && c != '-') {
                return null;
            }
        }
        return count == 10 ? new String(digits) : null;
    }

    /** The check digit for the first nine digits, or -1 when no check digit can make the number valid. */
    public static int checkDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nineDigits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            return 0;
        }
        return check == 10 ? -1 : check;
    }

    /** Numeric form of a validated number, for columnar storage; 0 means none. */
    public static long toLong(String validated) {
        return validated == null ? 0L : Long.parseLong(validated);
    }

    public static String format(String validated) {
        return validated.substring(0, 3) + " " + validated.substring(3, 6) + " " + validated.substring(6);
    }
}
