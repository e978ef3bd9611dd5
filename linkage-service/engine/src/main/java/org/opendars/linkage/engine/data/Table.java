package org.opendars.linkage.engine.data;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A file held column by column as dictionary codes. Both files of a link share one {@link Dictionary} per
 * column name, so a code means the same value on either side.
 */
public final class Table {

    private final String name;
    private String[] ids;
    private String[] truth;
    private final Map<String, int[]> columns = new LinkedHashMap<>();
    private final Map<String, Dictionary> dictionaries;
    private int size;

    public Table(String name, Iterable<String> columnNames, Map<String, Dictionary> dictionaries, boolean hasTruth) {
        this.name = name;
        this.dictionaries = dictionaries;
        ids = new String[1024];
        truth = hasTruth ? new String[1024] : null;
        for (String column : columnNames) {
            columns.put(column, new int[1024]);
            dictionaries.computeIfAbsent(column, c -> new Dictionary());
        }
    }

    /** Appends a row; {@code values} starts with the normalised values (null = missing) in column order. */
    public void add(String id, String truthValue, String[] values) {
        if (size == ids.length) {
            grow();
        }
        ids[size] = id;
        if (truth != null) {
            truth[size] = truthValue;
        }
        int c = 0;
        for (Map.Entry<String, int[]> column : columns.entrySet()) {
            column.getValue()[size] = dictionaries.get(column.getKey()).encode(values[c++]);
        }
        size++;
    }

    /** Appends row {@code i} of a batch whose values were already encoded, column by column in column order. */
    public void addEncoded(String id, String truthValue, int[][] codesByColumn, int i) {
        if (size == ids.length) {
            grow();
        }
        ids[size] = id;
        if (truth != null) {
            truth[size] = truthValue;
        }
        int c = 0;
        for (int[] column : columns.values()) {
            column[size] = codesByColumn[c++][i];
        }
        size++;
    }

    private void grow() {
        int capacity = ids.length * 2;
        ids = Arrays.copyOf(ids, capacity);
        if (truth != null) {
            truth = Arrays.copyOf(truth, capacity);
        }
        columns.replaceAll((column, codes) -> Arrays.copyOf(codes, capacity));
    }

    public String name() {
        return name;
    }

    public int size() {
        return size;
    }

    public String id(int row) {
        return ids[row];
    }

    public boolean hasTruth() {
        return truth != null;
    }

    public String truth(int row) {
        return truth[row];
    }

    public int[] codes(String column) {
        int[] codes = columns.get(column);
        if (codes == null) {
            throw new IllegalArgumentException("no column " + column + " in " + name);
        }
        return codes;
    }

    public boolean hasColumn(String column) {
        return columns.containsKey(column);
    }

    public Dictionary dictionary(String column) {
        return dictionaries.get(column);
    }
}
