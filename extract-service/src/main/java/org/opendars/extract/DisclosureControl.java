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
 * <li>the published table is then attacked the way a reader could: every published number stands for the range
 * of counts it can come from (a rounded count is within 2 of it and at least 8, a {@code *} is at least 1), and
 * each line's members must add up to its total. Where these ranges leave a suppressed count a single possible
 * value (a table of ones, whose grand total is no more than the number of cells, is the plain case), the published
 * total with the least room in a line through it is suppressed too, and the rules run again.</li>
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
        while (true) {
            suppressLoneCounts(raw, out, lines);
            int[] exposedTotal = totalThatExposes(out, lines, rows, columns);
            if (exposedTotal == null) {
                return;
            }
            out[exposedTotal[0]][exposedTotal[1]] = new Published(null, Treatment.SUPPRESSED_SECONDARY);
        }
    }

    /** No line with a published total keeps exactly one suppressed member. */
    private static void suppressLoneCounts(long[][] raw, Published[][] out, List<int[][]> lines) {
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

    private static final long UNBOUNDED = Long.MAX_VALUE / 64;

    /**
     * The reader's narrowing of every published number by every line, to a fixed point; returns the published total
     * to suppress next, or null when no suppressed count is left with a single possible value.
     */
    private static int[] totalThatExposes(Published[][] out, List<int[][]> lines, int rows, int columns) {
        long[][] lo = new long[rows + 1][columns + 1];
        long[][] hi = new long[rows + 1][columns + 1];
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= columns; c++) {
                Published p = out[r][c];
                lo[r][c] = p.suppressed() ? 1 : p.value() == 0 ? 0 : Math.max(SMALLEST_PUBLISHED, p.value() - 2);
                hi[r][c] = p.suppressed() ? UNBOUNDED : p.value() == 0 ? 0 : p.value() + 2;
            }
        }
        boolean moved = true;
        for (int round = 0; moved && round < 10_000; round++) {
            moved = false;
            for (int[][] line : lines) {
                moved |= narrow(line, lo, hi);
            }
        }
        for (int[][] line : lines) {
            for (int[] at : line) {
                if (out[at[0]][at[1]].suppressed() && lo[at[0]][at[1]] >= hi[at[0]][at[1]]) {
                    return leastRoom(at, out, lines, lo, hi);
                }
            }
        }
        return null;
    }

    /** One line's sum narrows its total from its members' ranges, and each member from the total and the others. */
    private static boolean narrow(int[][] line, long[][] lo, long[][] hi) {
        int last = line.length - 1;
        long sumLo = 0;
        long sumHi = 0;
        for (int i = 0; i < last; i++) {
            sumLo += lo[line[i][0]][line[i][1]];
            sumHi = Math.min(UNBOUNDED, sumHi + hi[line[i][0]][line[i][1]]);
        }
        int[] t = line[last];
        boolean moved = tighten(lo, hi, t, sumLo, sumHi);
        for (int i = 0; i < last; i++) {
            int[] m = line[i];
            long othersLo = sumLo - lo[m[0]][m[1]];
            long othersHi = hi[m[0]][m[1]] >= UNBOUNDED || sumHi >= UNBOUNDED ? UNBOUNDED : sumHi - hi[m[0]][m[1]];
            long memberLo = othersHi >= UNBOUNDED ? 0 : lo[t[0]][t[1]] - othersHi;
            long memberHi = hi[t[0]][t[1]] >= UNBOUNDED ? UNBOUNDED : hi[t[0]][t[1]] - othersLo;
            moved |= tighten(lo, hi, m, memberLo, memberHi);
        }
        return moved;
    }

    private static boolean tighten(long[][] lo, long[][] hi, int[] at, long newLo, long newHi) {
        boolean moved = false;
        if (newLo > lo[at[0]][at[1]]) {
            lo[at[0]][at[1]] = newLo;
            moved = true;
        }
        if (newHi < hi[at[0]][at[1]]) {
            hi[at[0]][at[1]] = newHi;
            moved = true;
        }
        return moved;
    }

    /**
     * Of the published totals of the lines through an exposed count, the one with the least room between its
     * upper bound and its members' lower bounds: the tightest constraint is the one that gave the count away. When
     * no line through it has a published total, the exposure came from further away, and the grand total, whose
     * line runs through every total, goes.
     */
    private static int[] leastRoom(int[] exposed, Published[][] out, List<int[][]> lines, long[][] lo, long[][] hi) {
        int[] best = null;
        long bestRoom = Long.MAX_VALUE;
        for (int[][] line : lines) {
            int[] total = line[line.length - 1];
            boolean through = false;
            long members = 0;
            for (int i = 0; i < line.length - 1; i++) {
                through |= line[i][0] == exposed[0] && line[i][1] == exposed[1];
                members += lo[line[i][0]][line[i][1]];
            }
            if (!through || out[total[0]][total[1]].suppressed()) {
                continue;
            }
            long room = hi[total[0]][total[1]] - members;
            if (room < bestRoom) {
                bestRoom = room;
                best = total;
            }
        }
        if (best != null) {
            return best;
        }
        int[][] grand = lines.get(lines.size() - 1);
        int[] total = grand[grand.length - 1];
        if (!out[total[0]][total[1]].suppressed()) {
            return total;
        }
        // Every total is already suppressed: nothing more can be taken away, so publish nothing that was exposed.
        throw new IllegalStateException("a suppressed count stays exposed with every total suppressed");
    }
}
