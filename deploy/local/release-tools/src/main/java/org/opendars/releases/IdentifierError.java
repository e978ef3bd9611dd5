package org.opendars.releases;

/** The ways a record's identifiers differ from the person's true ones. */
public enum IdentifierError {
    NHS_NUMBER_MISSING,
    NHS_NUMBER_CHECK_DIGIT,
    DATE_OF_BIRTH_TRANSPOSED,
    DATE_OF_BIRTH_DIGIT,
    POSTCODE_PREVIOUS,
    POSTCODE_MISSING,
    SEX_MISSING
}
