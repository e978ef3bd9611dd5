package org.opendars.linkage.engine.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The kinds of comparison a spec can declare; see docs/linkage.md for the levels of each. */
public enum ComparisonType {
    EXACT("exact"),
    STRING("string"),
    DATE("date"),
    POSTCODE("postcode"),
    FORENAME_SURNAME("forenameSurname");

    private final String specName;

    ComparisonType(String specName) {
        this.specName = specName;
    }

    @JsonValue
    public String specName() {
        return specName;
    }

    @JsonCreator
    public static ComparisonType fromSpecName(String name) {
        for (ComparisonType type : values()) {
            if (type.specName.equalsIgnoreCase(name) || type.name().equalsIgnoreCase(name)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown comparison type: " + name);
    }
}
