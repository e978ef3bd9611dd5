package org.opendars.releases;

import java.time.LocalDate;
import java.util.Set;

/**
 * The identifiers one record carries, with the errors that made them differ from the truth. An empty string is a
 * missing value; {@code residence} is the ONS code of the authority of the recorded postcode, as the national
 * collection derives it.
 */
public record RecordedIdentifiers(String nhsNumber, LocalDate dateOfBirth, String sex, String postcode,
        String residence, Set<IdentifierError> errors) {
}
