package org.opendars.linkage.engine.probabilistic;

import java.util.List;
import java.util.Set;
import org.opendars.linkage.engine.data.Dictionary;
import org.opendars.linkage.engine.data.Table;
import org.opendars.linkage.engine.identifiers.Postcodes;

/**
 * UK postcodes: full unit, sector, district, area, else. People move locally more often than far, so partial
 * agreement still carries evidence.
 */
final class PostcodeComparison implements Comparison {

    private static final List<String> LABELS = List.of("exact", "sector", "district", "area", "else");

    private final String name;
    private final String column;
    private final int[] left;
    private final int[] right;
    private final int[] sector;
    private final int[] district;
    private final int[] area;
    private final double[] frequencies;

    PostcodeComparison(String name, String column, Table left, Table right, boolean termFrequency) {
        this.name = name;
        this.column = column;
        this.left = left.codes(column);
        this.right = right.codes(column);
        Dictionary dictionary = left.dictionary(column);
        sector = new int[dictionary.size()];
        district = new int[dictionary.size()];
        area = new int[dictionary.size()];
        Dictionary parts = new Dictionary();
        for (int code = 1; code < dictionary.size(); code++) {
            String value = dictionary.value(code);
            if (value.indexOf(' ') > 0) {
                sector[code] = parts.encode("s" + Postcodes.sector(value));
                district[code] = parts.encode("d" + Postcodes.district(value));
                area[code] = parts.encode("a" + Postcodes.area(value));
            }
        }
        this.frequencies = termFrequency ? TermFrequencies.of(column, left, right) : null;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> levelLabels() {
        return LABELS;
    }

    @Override
    public Set<String> columns() {
        return Set.of(column);
    }

    @Override
    public int level(int l, int r) {
        int a = left[l];
        int b = right[r];
        if (a == 0 || b == 0) {
            return 0;
        }
        if (a == b) {
            return 1;
        }
        if (sector[a] != 0 && sector[a] == sector[b]) {
            return 2;
        }
        if (district[a] != 0 && district[a] == district[b]) {
            return 3;
        }
        return area[a] != 0 && area[a] == area[b] ? 4 : 5;
    }

    @Override
    public double termFrequency(int level, int l, int r) {
        return frequencies != null && level == 1 ? frequencies[left[l]] : -1;
    }

    @Override
    public double[] termFrequencyRange() {
        return TermFrequencies.range(frequencies);
    }
}
