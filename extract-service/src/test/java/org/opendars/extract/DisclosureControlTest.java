package org.opendars.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opendars.extract.DisclosureControl.Published;
import org.opendars.extract.DisclosureControl.Table;
import org.opendars.extract.DisclosureControl.Treatment;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The disclosure rules cell by cell, and the guarantee they exist for, attacked: an adversary who knows the rules
 * and every published number narrows each suppressed count as far as the row, column and table totals allow,
 * and must never pin one down.
 */
class DisclosureControlTest {

    @ParameterizedTest(name = "{0} is published as {1}")
    @CsvSource({ "0, 0", "1, *", "5, *", "7, *", "8, 10", "9, 10", "10, 10", "12, 10", "13, 15", "17, 15",
            "18, 20", "1234, 1235", "1237, 1235", "1238, 1240" })
    void publishesEachCountByTheRules(long count, String shown) {
        assertThat(DisclosureControl.publish(count).toString()).isEqualTo(shown);
    }

    @Example
    void roundsTotalsFromTheUnroundedCounts() {
        // 9 + 9 + 9 = 27, published as 25; adding the rounded cells (10 + 10 + 10) would give 30.
        Table table = DisclosureControl.publish(new long[][] { { 9, 9, 9 } }, false);
        assertThat(table.rowTotals().get(0).value()).isEqualTo(25);
        assertThat(table.cells().get(0)).extracting(Published::value).containsExactly(10, 10, 10);
    }

    @Example
    void suppressesASecondCellSoASmallCountCannotBeTakenFromItsTotal() {
        Table table = DisclosureControl.publish(new long[][] { { 3, 40, 100 }, { 20, 30, 50 } }, false);
        List<Published> first = table.cells().get(0);
        assertThat(first.get(0).treatment()).isEqualTo(Treatment.SUPPRESSED_SMALL);
        assertThat(first.get(1).treatment()).isEqualTo(Treatment.SUPPRESSED_SECONDARY);
        assertThat(table.cells().get(1).get(0).treatment()).isEqualTo(Treatment.SUPPRESSED_SECONDARY);
        assertThat(table.cells().get(1).get(1).treatment()).isEqualTo(Treatment.SUPPRESSED_SECONDARY);
    }

    @Example
    void suppressesTheGrandTotalOfATableOfOnesThatItWouldOtherwiseGiveAway() {
        // Twelve suppressed ones under a grand total of "10" (8 to 12): at least 12 people, at most 12, so every cell
        // would be 1.
        long[][] ones = { { 1, 1, 1, 1 }, { 1, 1, 1, 1 }, { 1, 1, 1, 1 } };
        Table table = DisclosureControl.publish(ones, false);
        assertThat(table.total().treatment()).isEqualTo(Treatment.SUPPRESSED_SECONDARY);
    }

    @Example
    void publishesNationalCountsAsTheyAre() {
        Table table = DisclosureControl.publish(new long[][] { { 3, 41 } }, true);
        assertThat(table.cells().get(0)).extracting(Published::value).containsExactly(3, 41);
        assertThat(table.total().value()).isEqualTo(44);
        assertThat(table.suppressedCount()).isZero();
    }

    @Property(tries = 5000)
    void leavesNoLineWithAPublishedTotalAndExactlyOneSuppressedCount(@ForAll("tables") long[][] counts) {
        Table table = DisclosureControl.publish(counts, false);
        Published[][] grid = grid(table, counts.length, counts[0].length);
        for (int[][] line : DisclosureControl.lines(counts.length, counts[0].length)) {
            int[] total = line[line.length - 1];
            if (grid[total[0]][total[1]].suppressed()) {
                continue;
            }
            int suppressed = 0;
            for (int i = 0; i < line.length - 1; i++) {
                suppressed += grid[line[i][0]][line[i][1]].suppressed() ? 1 : 0;
            }
            assertThat(suppressed).isNotEqualTo(1);
        }
    }

    @Property(tries = 5000)
    void suppressesEverySmallCountAndPublishesEveryOtherRoundedToFive(@ForAll("tables") long[][] counts) {
        Table table = DisclosureControl.publish(counts, false);
        long[][] raw = raw(counts);
        Published[][] grid = grid(table, counts.length, counts[0].length);
        for (int r = 0; r < raw.length; r++) {
            for (int c = 0; c < raw[r].length; c++) {
                long v = raw[r][c];
                Published p = grid[r][c];
                if (v >= 1 && v <= 7) {
                    assertThat(p.suppressed()).isTrue();
                } else if (!p.suppressed()) {
                    assertThat(p.value() % 5).isZero();
                    assertThat(Math.abs(p.value() - v)).isLessThanOrEqualTo(2);
                } else {
                    assertThat(v).as("only positive counts are suppressed").isPositive();
                }
            }
        }
    }

    /**
     * The attack: every published number is an interval of what it can be (a rounded count is within 2 of it and
     * at least 8; a zero is zero; a suppressed count is at least 1), and each line says its members add up to its
     * total. The adversary tightens every interval by every line until nothing moves. No suppressed count may
     * end up with a single possible value, and the attack must stay true to the real counts.
     */
    @Property(tries = 5000)
    void noSuppressedCountCanBeDerivedByDifference(@ForAll("tables") long[][] counts) {
        int rows = counts.length;
        int columns = counts[0].length;
        Table table = DisclosureControl.publish(counts, false);
        Published[][] grid = grid(table, rows, columns);
        long[][] raw = raw(counts);
        long[][] lo = new long[rows + 1][columns + 1];
        long[][] hi = new long[rows + 1][columns + 1];
        long unbounded = Long.MAX_VALUE / 64;
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= columns; c++) {
                Published p = grid[r][c];
                if (p.suppressed()) {
                    lo[r][c] = 1;
                    hi[r][c] = unbounded;
                } else if (p.value() == 0) {
                    lo[r][c] = 0;
                    hi[r][c] = 0;
                } else {
                    lo[r][c] = Math.max(DisclosureControl.SMALLEST_PUBLISHED, p.value() - 2);
                    hi[r][c] = p.value() + 2;
                }
            }
        }
        List<int[][]> lines = DisclosureControl.lines(rows, columns);
        boolean moved = true;
        for (int round = 0; moved && round < 1000; round++) {
            moved = false;
            for (int[][] line : lines) {
                int last = line.length - 1;
                long sumLo = 0;
                long sumHi = 0;
                for (int i = 0; i < last; i++) {
                    sumLo += lo[line[i][0]][line[i][1]];
                    sumHi = Math.min(unbounded, sumHi + hi[line[i][0]][line[i][1]]);
                }
                int[] t = line[last];
                moved |= tighten(lo, hi, t, sumLo, sumHi);
                for (int i = 0; i < last; i++) {
                    int[] m = line[i];
                    long othersLo = sumLo - lo[m[0]][m[1]];
                    long othersHi = hi[m[0]][m[1]] >= unbounded || sumHi >= unbounded ? unbounded
                            : sumHi - hi[m[0]][m[1]];
                    long mLo = othersHi >= unbounded ? Long.MIN_VALUE : lo[t[0]][t[1]] - othersHi;
                    long mHi = hi[t[0]][t[1]] >= unbounded ? unbounded : hi[t[0]][t[1]] - othersLo;
                    moved |= tighten(lo, hi, m, mLo, mHi);
                }
            }
        }
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= columns; c++) {
                assertThat(raw[r][c]).as("the attack stays true to the counts").isBetween(lo[r][c], hi[r][c]);
                if (grid[r][c].suppressed()) {
                    assertThat(hi[r][c] - lo[r][c]).as("suppressed count at (%d, %d) of %s", r, c, show(counts))
                            .isGreaterThanOrEqualTo(1);
                }
            }
        }
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

    @Provide
    Arbitrary<long[][]> tables() {
        Arbitrary<Long> count = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.just(0L)),
                net.jqwik.api.Tuple.of(5, Arbitraries.longs().between(1, 7)),
                net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(8, 20)),
                net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(21, 2_000)));
        return Arbitraries.integers().between(1, 6).flatMap(rows -> Arbitraries.integers().between(1, 6)
                .flatMap(columns -> count.array(long[].class).ofSize(columns).array(long[][].class).ofSize(rows)));
    }

    private static long[][] raw(long[][] counts) {
        int rows = counts.length;
        int columns = counts[0].length;
        long[][] raw = new long[rows + 1][columns + 1];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                raw[r][c] = counts[r][c];
                raw[r][columns] += counts[r][c];
                raw[rows][c] += counts[r][c];
                raw[rows][columns] += counts[r][c];
            }
        }
        return raw;
    }

    private static Published[][] grid(Table table, int rows, int columns) {
        Published[][] grid = new Published[rows + 1][columns + 1];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                grid[r][c] = table.cells().get(r).get(c);
            }
            grid[r][columns] = table.rowTotals().get(r);
        }
        for (int c = 0; c < columns; c++) {
            grid[rows][c] = table.columnTotals().get(c);
        }
        grid[rows][columns] = table.total();
        return grid;
    }

    private static String show(long[][] counts) {
        List<String> rows = new ArrayList<>();
        for (long[] row : counts) {
            rows.add(java.util.Arrays.toString(row));
        }
        return rows.toString();
    }
}
