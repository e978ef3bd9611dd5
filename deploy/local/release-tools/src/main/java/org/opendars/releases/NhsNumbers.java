package org.opendars.releases;

/** The modulus 11 check of NHS numbers. */
final class NhsNumbers {

    /** What {@link #checkDigit} answers for nine digits that no valid NHS number starts with. */
    static final int NO_CHECK_DIGIT = 10;

    private NhsNumbers() {
    }

    /** Check digit of the first nine digits: weights 10 down to 2, 11 minus the remainder, 11 read as 0. */
    static int checkDigit(CharSequence digits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        return check == 11 ? 0 : check;
    }

    static boolean isValid(String nhsNumber) {
        if (nhsNumber == null || nhsNumber.length() != 10) {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (nhsNumber.charAt(i) < '0' || nhsNumber.charAt(i) > '9') {
                return false;
            }
        }
        int check = checkDigit(nhsNumber);
        return check != NO_CHECK_DIGIT && check == nhsNumber.charAt(9) - '0';
    }

    static boolean allSameDigit(CharSequence digits) {
        for (int i = 1; i < digits.length(); i++) {
            if (digits.charAt(i) != digits.charAt(0)) {
                return false;
            }
        }
        return true;
    }

    /** The number with its last digit replaced by one of the nine others, all of which fail the check. */
    static String withWrongCheckDigit(String nhsNumber, int offset) {
        int wrong = (nhsNumber.charAt(9) - '0' + 1 + Math.floorMod(offset, 9)) % 10;
        return nhsNumber.substring(0, 9) + wrong;
    }
}
