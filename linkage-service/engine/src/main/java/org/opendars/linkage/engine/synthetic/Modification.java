package org.opendars.linkage.engine.synthetic;

/** The kinds of change the FEBRL-style generator makes to a duplicate. */
public enum Modification {
    INSERT("keyboard insert"),
    DELETE("keyboard delete"),
    SUBSTITUTE("keyboard substitute"),
    TRANSPOSE("transpose"),
    SPACE("space inserted or removed"),
    OCR("OCR error"),
    PHONETIC("phonetic error"),
    WORD_SWAP("words swapped"),
    MISSPELLING("misspelling from table"),
    NEW_VALUE("other value from table"),
    MISSING("missing value"),
    DAY_MONTH_SWAP("day and month swapped"),
    DATE_DIGIT("date digit off by one"),
    NAME_SWAP("given name and surname swapped");

    private final String label;

    Modification(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
