package org.opendars.linkage.engine.identifiers;

/**
 * Outcome of validating one identifier value: the normalised value, or the reason it cannot be used.
 * A missing input is not an issue; an input that is present but unusable always carries a problem, so that
 * invalid values are reported rather than silently dropped.
 */
public record Validated(String value, String problem) {

    private static final Validated MISSING = new Validated(null, null);

    public static Validated valid(String value) {
        return new Validated(value, null);
    }

    public static Validated invalid(String problem) {
        return new Validated(null, problem);
    }

    public static Validated missing() {
        return MISSING;
    }

    public boolean isValid() {
        return value != null;
    }

    public boolean hasProblem() {
        return problem != null;
    }

    public static boolean isBlankText(String raw) {
        return isBlank(raw);
    }

    static boolean isBlank(String raw) {
        return raw == null || raw.isBlank();
    }
}
