package org.opendars.linkage.engine.spec;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Decides a column's kind from its name and its sampled values; the values win where the name misleads. */
final class ColumnClassifier {

    private static final List<String> NHS = List.of("nhs_number", "nhsnumber", "nhs_no", "nhsno", "newnhsno");
    private static final List<String> GIVEN = List.of("given", "first", "forename", "fname");
    private static final List<String> FAMILY = List.of("surname", "family", "last_name", "lastname", "lname");
    private static final List<String> BIRTH = List.of("birth", "dob");
    private static final List<String> SEX = List.of("sex", "gender");
    private static final List<String> POSTCODE = List.of("postcode", "post_code", "postal", "zip", "homeadd");
    private static final List<String> ADDRESS = List.of("addr", "street", "road");
    /** Columns that name the true entity in evaluation files: comparing them would be cheating. */
    private static final List<String> TRUTH = List.of("cluster", "cluster_id", "person_id", "entity_id", "true_id",
            "truth", "match_id", "label", "source_dataset");

    private ColumnClassifier() {
    }

    /** Among several date columns, the one named as a birth date is the date of birth. */
    static boolean namedAsBirthDate(String column) {
        return contains(normal(column), BIRTH);
    }

    static boolean isTruthLike(String column) {
        return TRUTH.contains(normal(column));
    }

    static Optional<ColumnKind> classify(ColumnProfile p) {
        String name = normal(p.column());
        if (!p.informative()) {
            return Optional.empty();
        }
        boolean textual = p.digitsOnly() < 0.2 && p.date() < 0.2;
        // A whole name in one column (full_name, first_and_surname) is text, not one part of a name.
        boolean namePart = !name.contains("full") && !(contains(name, GIVEN) && contains(name, FAMILY));
        if (NHS.contains(name) || name.contains("nhs") && p.digitsOnly() >= 0.5) {
            return Optional.of(ColumnKind.NHS_NUMBER);
        }
        if (p.email() >= 0.5) {
            return Optional.of(ColumnKind.EMAIL);
        }
        if (p.date() >= 0.8) {
            return Optional.of(ColumnKind.DATE_OF_BIRTH);
        }
        if (contains(name, SEX) && p.distinct() <= 6) {
            return Optional.of(ColumnKind.SEX);
        }
        if (p.ukPostcode() >= 0.5) {
            return Optional.of(ColumnKind.UK_POSTCODE);
        }
        if (textual && namePart && contains(name, GIVEN)) {
            return Optional.of(ColumnKind.GIVEN_NAME);
        }
        if (textual && namePart && contains(name, FAMILY)) {
            return Optional.of(ColumnKind.FAMILY_NAME);
        }
        if (p.digitsOnly() >= 0.8) {
            return Optional.of(digitKind(p, contains(name, POSTCODE)));
        }
        if (p.distinct() <= 30 || p.distinctRatio() < 0.02) {
            return Optional.of(ColumnKind.CATEGORY);
        }
        if (p.withSpace() >= 0.3 || p.meanLength() >= 15) {
            return Optional.of(contains(name, ADDRESS) ? ColumnKind.ADDRESS : ColumnKind.FREE_TEXT);
        }
        return Optional.of(ColumnKind.PLACE);
    }

    private static ColumnKind digitKind(ColumnProfile p, boolean postcodeName) {
        if (!postcodeName && p.meanLength() >= 6 && p.distinctRatio() >= 0.3) {
            return ColumnKind.IDENTIFIER;
        }
        return p.meanLength() >= 4 ? ColumnKind.CODE : ColumnKind.NUMBER;
    }

    private static boolean contains(String name, List<String> parts) {
        return parts.stream().anyMatch(name::contains);
    }

    private static String normal(String column) {
        return column.trim().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }
}
