package org.opendars.linkage.engine.identifiers;

import java.util.Locale;
import java.util.Set;

/**
 * Person-stated sex in NHS codes: 1 male, 2 female. Codes 0 (not known) and 9 (not specified) are treated as
 * missing so that they never count as a disagreement.
 */
public final class SexCodes {

    public static final String MALE = "1";
    public static final String FEMALE = "2";

    private static final Set<String> MALE_SPELLINGS = Set.of("1", "M", "MALE");
    private static final Set<String> FEMALE_SPELLINGS = Set.of("2", "F", "FEMALE");
    private static final Set<String> UNKNOWN_SPELLINGS = Set.of("0", "9", "U", "X", "UNKNOWN", "NOT KNOWN",
            "NOT SPECIFIED");

    private SexCodes() {
    }

    public static Validated validate(String raw) {
        if (Validated.isBlank(raw)) {
            return Validated.missing();
        }
        String code = raw.trim().toUpperCase(Locale.ROOT);
        if (MALE_SPELLINGS.contains(code)) {
            return Validated.valid(MALE);
        }
        if (FEMALE_SPELLINGS.contains(code)) {
            return Validated.valid(FEMALE);
        }
        if (UNKNOWN_SPELLINGS.contains(code)) {
            return Validated.missing();
        }
        return Validated.invalid("sex code is not recognised");
    }

    /** 1 male, 2 female, 0 none: compact columnar form. */
    public static byte toByte(String validated) {
        return validated == null ? 0 : (byte) (validated.charAt(0) - '0');
    }
}
