package org.opendars.linkage.engine.deterministic;

/** The exact-match keys the person index is hashed on; a rule looks candidates up by one of them. */
enum CandidateKey {
    NHS_NUMBER,
    DATE_OF_BIRTH_AND_POSTCODE,
    DATE_OF_BIRTH,
    POSTCODE;

    /** 0 when the record lacks a part of the key, so it is never looked up. */
    long of(PersonColumns columns, int row) {
        return switch (this) {
            case NHS_NUMBER -> columns.nhsNumber(row);
            case DATE_OF_BIRTH -> columns.dateOfBirth(row);
            case POSTCODE -> columns.postcode(row);
            case DATE_OF_BIRTH_AND_POSTCODE -> columns.dateOfBirth(row) == 0 || columns.postcode(row) == 0
                    ? 0L
                    : columns.postcode(row) * 100_000_007L + columns.dateOfBirth(row);
        };
    }
}
