package org.opendars.linkage.engine.spec;

import java.util.List;
import org.opendars.linkage.engine.data.ColumnRole;

/**
 * What the default spec takes a column to be, which fixes its role, comparison and use in blocking. Declared
 * from most to least telling of a person: a file with more columns than the model holds keeps the first kinds.
 */
enum ColumnKind {
    NHS_NUMBER(ColumnRole.NHS_NUMBER, ComparisonType.STRING, List.of("dl<=1"), false),
    GIVEN_NAME(ColumnRole.GIVEN_NAME, ComparisonType.STRING, List.of("jw>=0.92", "jw>=0.8"), true),
    FAMILY_NAME(ColumnRole.FAMILY_NAME, ComparisonType.STRING, List.of("jw>=0.92", "jw>=0.8"), true),
    DATE_OF_BIRTH(ColumnRole.DATE_OF_BIRTH, ComparisonType.DATE, List.of(), false),
    SEX(ColumnRole.SEX, ComparisonType.EXACT, List.of(), false),
    UK_POSTCODE(ColumnRole.POSTCODE, ComparisonType.POSTCODE, List.of(), true),
    /** Long digit strings that identify a person (social security, hospital numbers): typos are single edits. */
    IDENTIFIER(ColumnRole.TEXT, ComparisonType.STRING, List.of("dl<=1"), false),
    EMAIL(ColumnRole.TEXT, ComparisonType.STRING, List.of("jw>=0.88"), false),
    /** Codes of four or more digits that are not unique, such as non-UK postcodes. */
    CODE(ColumnRole.TEXT, ComparisonType.STRING, List.of("dl<=1"), false),
    /** Short numbers such as house numbers, where one digit off is a different house. */
    NUMBER(ColumnRole.TEXT, ComparisonType.EXACT, List.of(), false),
    ADDRESS(ColumnRole.ADDRESS, ComparisonType.STRING, List.of("jw>=0.9", "jw>=0.7"), true),
    FREE_TEXT(ColumnRole.TEXT, ComparisonType.STRING, List.of("jw>=0.9", "jw>=0.7"), true),
    PLACE(ColumnRole.TEXT, ComparisonType.STRING, List.of("jw>=0.9"), true),
    CATEGORY(ColumnRole.TEXT, ComparisonType.EXACT, List.of(), true);

    final ColumnRole role;
    final ComparisonType comparison;
    final List<String> levels;
    final boolean termFrequency;

    ColumnKind(ColumnRole role, ComparisonType comparison, List<String> levels, boolean termFrequency) {
        this.role = role;
        this.comparison = comparison;
        this.levels = levels;
        this.termFrequency = termFrequency;
    }

    /** Where someone lives rather than who they are: paired with a personal field for blocking. */
    boolean locational() {
        return this == UK_POSTCODE || this == CODE || this == NUMBER || this == ADDRESS || this == FREE_TEXT
                || this == PLACE;
    }
}
