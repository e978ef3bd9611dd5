package org.opendars.linkage.engine.synthetic;

/**
 * The columns of a FEBRL-style record after {@code rec_id}. The selection weights say how often a modification
 * falls on the field, set so that each field disagrees between original and duplicate about as often as in
 * FEBRL's dataset 4; the missing rates of originals are those measured in its file 4a.
 */
enum DsgenField {
    GIVEN_NAME("given_name", Kind.NAME, 0.15, 0.022),
    SURNAME("surname", Kind.NAME, 0.15, 0.010),
    STREET_NUMBER("street_number", Kind.NUMBER, 0.07, 0.032),
    ADDRESS_1("address_1", Kind.TEXT, 0.15, 0.020),
    ADDRESS_2("address_2", Kind.TEXT, 0.13, 0.084),
    SUBURB("suburb", Kind.TEXT, 0.11, 0.011),
    POSTCODE("postcode", Kind.CODE, 0.07, 0),
    STATE("state", Kind.CATEGORY, 0.03, 0.010),
    DATE_OF_BIRTH("date_of_birth", Kind.DATE, 0.05, 0.019),
    SOC_SEC_ID("soc_sec_id", Kind.CODE, 0.045, 0);

    /** What a value looks like, which decides the modifications that make sense for it. */
    enum Kind { NAME, TEXT, NUMBER, CODE, CATEGORY, DATE }

    static final String HEADER = "rec_id, given_name, surname, street_number, address_1, address_2, suburb, "
            + "postcode, state, date_of_birth, soc_sec_id";

    private final String column;
    private final Kind kind;
    private final double selectionWeight;
    private final double missingInOriginals;

    DsgenField(String column, Kind kind, double selectionWeight, double missingInOriginals) {
        this.column = column;
        this.kind = kind;
        this.selectionWeight = selectionWeight;
        this.missingInOriginals = missingInOriginals;
    }

    String column() {
        return column;
    }

    Kind kind() {
        return kind;
    }

    double selectionWeight() {
        return selectionWeight;
    }

    double missingInOriginals() {
        return missingInOriginals;
    }

    /** Postcodes and identifiers are never blank in FEBRL data; blanking them would change the benchmark. */
    boolean mayBeMissing() {
        return kind != Kind.CODE;
    }
}
