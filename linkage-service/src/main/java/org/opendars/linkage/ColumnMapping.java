package org.opendars.linkage;

import org.opendars.kit.problem.InvalidRequestException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.opendars.kit.problem.InvalidRequestException.FieldError;

/**
 * Which column of an uploaded file holds which identifier. A role the caller does not name is read from a column
 * named like the role if there is one; a named column must exist. Absent identifiers are simply not compared.
 */
public record ColumnMapping(String localId, String nhsNumber, String dateOfBirth, String sex, String postcode,
        String givenName, String familyName) {

    /** A mapping of the identifiers the deterministic ranks use, without names. */
    public ColumnMapping(String localId, String nhsNumber, String dateOfBirth, String sex, String postcode) {
        this(localId, nhsNumber, dateOfBirth, sex, postcode, null, null);
    }

    /** The position of each mapped column in the file's header, or a 400 naming the columns that are not there. */
    Map<String, Integer> positionsIn(List<String> header) {
        Map<String, Integer> positions = new LinkedHashMap<>();
        List<FieldError> missing = new ArrayList<>();
        Map<String, String> wanted = new LinkedHashMap<>();
        wanted.put("localId", localId);
        wanted.put("nhsNumber", nhsNumber);
        wanted.put("dateOfBirth", dateOfBirth);
        wanted.put("sex", sex);
        wanted.put("postcode", postcode);
        wanted.put("givenName", givenName);
        wanted.put("familyName", familyName);
        wanted.forEach((role, column) -> {
            if (column == null || column.isBlank()) {
                // Not named by the caller: a column named like the role is used when the file has one.
                int conventional = header.indexOf(role);
                if (conventional >= 0) {
                    positions.put(role, conventional);
                }
                return;
            }
            int position = header.indexOf(column);
            if (position < 0) {
                missing.add(new FieldError(role, "column '" + column + "' is not in the file's header " + header));
            } else {
                positions.put(role, position);
            }
        });
        if (!positions.containsKey("nhsNumber") && !positions.containsKey("dateOfBirth")) {
            missing.add(new FieldError("nhsNumber", "a cohort needs at least an NHS number or a date of birth column"));
        }
        if (!missing.isEmpty()) {
            throw new InvalidRequestException(missing);
        }
        return positions;
    }
}
