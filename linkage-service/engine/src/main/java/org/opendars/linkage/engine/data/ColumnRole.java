package org.opendars.linkage.engine.data;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.function.Function;
import org.opendars.linkage.engine.identifiers.Addresses;
import org.opendars.linkage.engine.identifiers.DatesOfBirth;
import org.opendars.linkage.engine.identifiers.NhsNumbers;
import org.opendars.linkage.engine.identifiers.PersonNames;
import org.opendars.linkage.engine.identifiers.Postcodes;
import org.opendars.linkage.engine.identifiers.SexCodes;
import org.opendars.linkage.engine.identifiers.Validated;

/** What a CSV column holds, which decides how its values are validated and normalised before matching. */
public enum ColumnRole {
    NHS_NUMBER("nhsNumber", NhsNumbers::validate),
    DATE_OF_BIRTH("dateOfBirth", DatesOfBirth::validate),
    SEX("sex", SexCodes::validate),
    POSTCODE("postcode", Postcodes::validate),
    GIVEN_NAME("givenName", PersonNames::validate),
    FAMILY_NAME("familyName", PersonNames::validate),
    ADDRESS("address", Addresses::validate),
    TEXT("text", raw -> Validated.isBlankText(raw) ? Validated.missing()
            : Validated.valid(raw.trim().toLowerCase(Locale.ROOT)));

    private final String specName;
    private final Function<String, Validated> validator;

    ColumnRole(String specName, Function<String, Validated> validator) {
        this.specName = specName;
        this.validator = validator;
    }

    /** Whether values repeat enough for remembering each value's normalised form to pay off. */
    public boolean repetitive() {
        return this != NHS_NUMBER && this != ADDRESS;
    }

    public Validated validate(String raw) {
        return validator.apply(raw);
    }

    @JsonValue
    public String specName() {
        return specName;
    }

    @JsonCreator
    public static ColumnRole fromSpecName(String name) {
        for (ColumnRole role : values()) {
            if (role.specName.equalsIgnoreCase(name) || role.name().equalsIgnoreCase(name)) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown column role: " + name);
    }
}
