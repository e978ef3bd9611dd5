package org.opendars.linkage.engine;

/**
 * One person-level record as supplied, before validation. Any field may be null or blank; the engine validates
 * and normalises every field itself.
 */
public record PersonRecord(
        String id,
        String nhsNumber,
        String dateOfBirth,
        String sex,
        String postcode,
        String givenName,
        String familyName,
        String address) {
}
