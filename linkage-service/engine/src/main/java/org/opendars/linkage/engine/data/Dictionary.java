package org.opendars.linkage.engine.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Interns the distinct values of one column across both files, so that values become small integers: equal
 * values compare as equal codes, and per-value work (parsing, term frequencies) is done once per value.
 * Code 0 stands for a missing value.
 */
public final class Dictionary {

    private final Map<String, Integer> codes = new HashMap<>();
    private final List<String> values = new ArrayList<>();

    public Dictionary() {
        values.add(null);
    }

    public synchronized int encode(String value) {
        if (value == null) {
            return 0;
        }
        Integer code = codes.get(value);
        if (code == null) {
            code = values.size();
            codes.put(value, code);
            values.add(value);
        }
        return code;
    }

    /** Code of a value, or -1 when the value never occurred. */
    public int codeOf(String value) {
        Integer code = codes.get(value);
        return code == null ? -1 : code;
    }

    public String value(int code) {
        return values.get(code);
    }

    /** Number of codes including the missing-value code 0. */
    public int size() {
        return values.size();
    }
}
