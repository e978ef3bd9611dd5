package org.opendars.kit.api;

import java.util.regex.Pattern;

/**
 * Neutralises CSV cells a spreadsheet would evaluate as a formula, as OWASP advises for CSV injection: a cell that
 * starts with {@code =}, {@code +}, {@code @}, a tab or a carriage return, or with {@code -} followed by anything
 * but a digit, gets a leading apostrophe, so it is shown as text. Negative numbers, dates and a lone {@code -} (the
 * data sets' "none") pass unchanged.
 * Every CSV file the platform delivers to people goes through this, in Java or in the SQL that writes it.
 */
public final class SpreadsheetSafe {

    /** The same rule as {@link #FORMULA}, in PostgreSQL's regular-expression syntax. */
    private static final String SQL_FORMULA = "'^([=+@\\t\\r]|-[^0-9])'";

    private static final Pattern FORMULA = Pattern.compile("^([=+@\\t\\r]|-[^0-9])");

    /** The response header by which a delivered CSV file says what was done to its cells. */
    public static final String HEADER = "X-Spreadsheet-Safe";

    /** Its value: the rule, so a recipient can undo it where a leading apostrophe was part of the data. */
    public static final String NOTICE = "cells starting with = + @ tab CR, or - and a non-digit, are prefixed with '";

    private SpreadsheetSafe() {
    }

    public static boolean isFormula(String cell) {
        return cell != null && FORMULA.matcher(cell).find();
    }

    public static String cell(String value) {
        return isFormula(value) ? "'" + value : value;
    }

    /** A SQL expression of {@code expression}'s text value, neutralised the same way. */
    public static String sql(String expression) {
        // The first character settles almost every cell; the regular expression runs only on the few it cannot.
        return "(case when left(" + expression + ", 1) in ('=', '+', '-', '@', chr(9), chr(13)) and (" + expression
                + ") ~ " + SQL_FORMULA + " then '''' || (" + expression + ") else (" + expression + ") end)";
    }
}
