package org.opendars.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The custodian's statistical disclosure control for tabulations of counts of people or episodes (the HES and
 * ECDS methodology since September 2018, which applies to tabulations provided through DARS):
 *
 * <ul>
 * <li>national-level counts are published as they are;</li>
 * <li>below the national level, 0 stays 0, a count of 1 to 7 is suppressed ({@code *}) and any other count is
 * rounded to the nearest 5;</li>
 * <li>totals are calculated from the unrounded counts and then rounded (and suppressed when 1 to 7);</li>
 * <li>secondary suppression: wherever a total is published, the cells it adds up are never left with exactly one
 * suppressed, so no suppressed count can be recovered by taking the others from the total. The rule is applied
 * to every row with its total, every column with its total, and the totals row and column with the grand
 * total, until nothing changes; the next cell suppressed in a line is its smallest positive published count, or
 * the line's own total when there is none.</li>
 * </ul>
 */
public final class DisclosureControl {

    /** Counts from 1 to this are never published below the national level. */
    public static final int SMALLEST_PUBLISHED = 8;
    public static final int ROUNDING_BASE = 5;

    private DisclosureControl() {
    }

    /** Why a published value is what it is. */
    public enum Treatment {
        AS_COUNTED, ZERO, ROUNDED, SUPPRESSED_SMALL, SUPPRESSED_SECONDARY
    }

    /** A published value: a number, or {@code null} for {@code *}. */
    public record Published(Integer value, Treatment treatment) {

        public boolean suppressed() {
            return value == null;
        }

        @Override
        public String toString() {
            return value == null ? "*" : value.toString();
        }
    }

    /** A two-way table as published: cells, row totals, column totals and the grand total. */
    public record Table(List<List<Published>> cells, List<Published> rowTotals, List<Published> columnTotals,
            Published total) {

        public int suppressedCount() {
            int count = total.suppressed() ? 1 : 0;
            for (List<Published> row : cells) {
                count += (int) row.stream().filter(Published::suppressed).count();
            }
            count += (int) rowTotals.stream().filter(Published::suppressed).count();
            count += (int) columnTotals.stream().filter(Published::suppressed).count();
            return count;
        }
    }

    /** One count under the rules, before any secondary suppression. */
    public static Published publish(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("a count cannot be negative: " + count);
        }
        if (count == 0) {
            return new Published(0, Treatment.ZERO);
        }
        if (count < SMALLEST_PUBLISHED) {
            return new Published(null, Treatment.SUPPRESSED_SMALL);
        }
        long rounded = Math.floorDiv(count + ROUNDING_BASE / 2, ROUNDING_BASE) * ROUNDING_BASE;
        return new Published(Math.toIntExact(rounded), Treatment.ROUNDED);
    }

    /** A table of unrounded counts, rows by columns, published at the national level (no control) or below it. */
    public static Table publish(long[][] counts, boolean national) {
        int rows = counts.length;
        int columns = rows == 0 ? 0 : counts[0].length;
        long[] rowSums = new long[rows];
        long[] columnSums = new long[columns];
        long grand = 0;
        for (int r = 0; r < rows; r++) {
            if (counts[r].length != columns) {
                throw new IllegalArgumentException("row " + r + " has " + counts[r].length + " cells, not " + columns);
            }
            for (int c = 0; c < columns; c++) {
                rowSums[r] += counts[r][c];
                columnSums[c] += counts[r][c];
                grand += counts[r][c];
            }
        }
        // The grid holds the cells plus a totals column and a totals row; (rows, columns) is the grand total.
        long[][] raw = new long[rows + 1][columns + 1];
        Published[][] out = new Published[rows + 1][columns + 1];
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= columns; c++) {
                raw[r][c] = r < rows && c < columns ? counts[r][c] : r < rows ? rowSums[r] : c < columns
                        ? columnSums[c] : grand;
                if (raw[r][c] < 0) {
                    throw new IllegalArgumentException("a count cannot be negative: " + raw[r][c]);
                }
                out[r][c] = national ? new Published(Math.toIntExact(raw[r][c]), Treatment.AS_COUNTED)
                        : publish(raw[r][c]);
            }
        }
        if (!national) {
            suppressSecondary(raw, out, rows, columns);
        }
        List<List<Published>> cells = new ArrayList<>();
        List<Published> rowTotals = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<Published> row = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                row.add(out[r][c]);
            }
            cells.add(List.copyOf(row));
            rowTotals.add(out[r][columns]);
        }
        List<Published> columnTotals = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            columnTotals.add(out[rows][c]);
        }
        return new Table(List.copyOf(cells), List.copyOf(rowTotals), List.copyOf(columnTotals), out[rows][columns]);
    }

    /**
     * Every line is a set of grid positions that add up to its last one: each row with its total, each column with
     * its total, and (when there is more than one row or column) the totals row and column with the grand total.
     */
    static List<int[][]> lines(int rows, int columns) {
        List<int[][]> lines = new ArrayList<>();
        for (int r = 0; r <= rows; r++) {
            int[][] line = new int[columns + 1][];
            for (int c = 0; c <= columns; c++) {
                line[c] = new int[] { r, c };
            }
            lines.add(line);
        }
        for (int c = 0; c <= columns; c++) {
            int[][] line = new int[rows + 1][];
            for (int r = 0; r <= rows; r++) {
                line[r] = new int[] { r, c };
            }
            lines.add(line);
        }
        return lines;
    }

    private static void suppressSecondary(long[][] raw, Published[][] out, int rows, int columns) {
        List<int[][]> lines = lines(rows, columns);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int[][] line : lines) {
                int[] total = line[line.length - 1];
                if (out[total[0]][total[1]].suppressed()) {
                    continue;
                }
                int suppressed = 0;
                int[] smallest = null;
                for (int i = 0; i < line.length - 1; i++) {
                    int[] at = line[i];
                    if (out[at[0]][at[1]].suppressed()) {
                        suppressed++;
                    } else if (raw[at[0]][at[1]] > 0
                            && (smallest == null || raw[at[0]][at[1]] < raw[smallest[0]][smallest[1]])) {
                        smallest = at;
                    }
                }
                if (suppressed == 1) {
                    int[] next = smallest != null ? smallest : total;
                    out[next[0]][next[1]] = new Published(null, Treatment.SUPPRESSED_SECONDARY);
                    changed = true;
                }
            }
        }
    }
}
