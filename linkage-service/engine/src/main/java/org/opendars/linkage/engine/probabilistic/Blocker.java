package org.opendars.linkage.engine.probabilistic;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.opendars.linkage.engine.data.LongMultiIndex;
import org.opendars.linkage.engine.data.Table;

/**
 * Candidate pairs from several blocking rules, each an equi-join on one or more columns. A pair found by
 * several rules is produced once, by the first rule that finds it (later rules check the earlier rules' keys
 * instead of remembering pairs). Blocks with more than {@code maxBlockSize} records on either side are
 * skipped and counted, so one common value cannot turn a rule into a near cross join.
 */
public final class Blocker {

    /** Receives one candidate pair and the index of the rule that produced it. */
    @FunctionalInterface
    public interface PairConsumer {
        void accept(int left, int right, int rule);
    }

    private final List<List<String>> rules;
    private final boolean dedupe;
    private final int maxBlockSize;
    private final long[][] leftKeys;
    private final long[][] rightKeys;
    private final LongMultiIndex[] indexes;
    private final LongMultiIndex[] leftIndexes;
    /** Per rule, the left rows whose block is skipped for its size: known without a lookup for every pair. */
    private final BitSet[] skippedLeft;
    private final int leftSize;

    public Blocker(List<List<String>> rules, Table left, Table right, int maxBlockSize) {
        this.rules = rules;
        this.dedupe = left == right;
        this.maxBlockSize = maxBlockSize;
        this.leftSize = left.size();
        leftKeys = new long[rules.size()][];
        rightKeys = new long[rules.size()][];
        indexes = new LongMultiIndex[rules.size()];
        leftIndexes = new LongMultiIndex[rules.size()];
        for (int r = 0; r < rules.size(); r++) {
            leftKeys[r] = keys(rules.get(r), left);
            rightKeys[r] = dedupe ? leftKeys[r] : keys(rules.get(r), right);
            long[] indexed = rightKeys[r];
            indexes[r] = LongMultiIndex.build(right.size(), row -> indexed[row]);
            long[] leftIndexed = leftKeys[r];
            leftIndexes[r] = dedupe ? indexes[r] : LongMultiIndex.build(left.size(), row -> leftIndexed[row]);
        }
        skippedLeft = new BitSet[rules.size()];
        for (int r = 0; r < rules.size(); r++) {
            skippedLeft[r] = new BitSet(leftSize);
            for (int row = 0; row < leftSize; row++) {
                if (leftKeys[r][row] != 0 && oversized(r, leftKeys[r][row])) {
                    skippedLeft[r].set(row);
                }
            }
        }
    }

    /** A key shared by too many records on either side makes a block too costly to compare in full. */
    private boolean oversized(int rule, long key) {
        return indexes[rule].count(key) > maxBlockSize || leftIndexes[rule].count(key) > maxBlockSize;
    }

    static long[] keys(List<String> columns, Table table) {
        int[][] codes = columns.stream().map(table::codes).toArray(int[][]::new);
        long[] keys = new long[table.size()];
        for (int row = 0; row < keys.length; row++) {
            keys[row] = key(codes, row);
        }
        return keys;
    }

    private static long key(int[][] codes, int row) {
        if (codes.length == 1) {
            return codes[0][row];
        }
        long key = 0;
        for (int[] column : codes) {
            int code = column[row];
            if (code == 0) {
                return 0;
            }
            key = codes.length == 2 ? (key << 32) | code : (key ^ code) * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L;
        }
        return key == 0 ? 1 : key;
    }

    public List<List<String>> rules() {
        return rules;
    }

    public int leftSize() {
        return leftSize;
    }

    /** Pairs each rule would produce on its own (before removing pairs an earlier rule found). */
    public long[] comparisonsPerRule() {
        long[] counts = new long[rules.size()];
        for (int r = 0; r < rules.size(); r++) {
            long total = 0;
            for (int i = 0; i < leftSize; i++) {
                int block = indexes[r].count(leftKeys[r][i]);
                if (!oversized(r, leftKeys[r][i])) {
                    total += dedupe ? block - 1 : block;
                }
            }
            counts[r] = dedupe ? total / 2 : total;
        }
        return counts;
    }

    /** Number of left records whose block under some rule was skipped for being too large. */
    public long recordsInSkippedBlocks() {
        long skipped = 0;
        for (int i = 0; i < leftSize; i++) {
            for (int r = 0; r < rules.size(); r++) {
                if (leftKeys[r][i] != 0 && oversized(r, leftKeys[r][i])) {
                    skipped++;
                    break;
                }
            }
        }
        return skipped;
    }

    /**
     * The left rows that {@code rule} compares, those of one block next to each other: scoring them in this order
     * compares a block's records while they are still in the processor's cache.
     */
    public int[] leftRowsInBlockOrder(int rule) {
        int[] grouped = leftIndexes[rule].rowsGroupedByKey();
        int kept = 0;
        for (int row : grouped) {
            long key = leftKeys[rule][row];
            if (key != 0 && !oversized(rule, key)) {
                grouped[kept++] = row;
            }
        }
        return Arrays.copyOf(grouped, kept);
    }

    /** Every candidate pair of {@code left}, each once across all rules. */
    public void forEachCandidate(int left, PairConsumer consumer) {
        for (int r = 0; r < rules.size(); r++) {
            forEachPairOfRule(r, left, true, consumer);
        }
    }

    /** The pairs of one rule; with {@code skipEarlierRules} pairs found by an earlier rule are left out. */
    public void forEachPairOfRule(int rule, int left, boolean skipEarlierRules, PairConsumer consumer) {
        long key = leftKeys[rule][left];
        if (key == 0 || oversized(rule, key)) {
            return;
        }
        indexes[rule].forEach(key, right -> {
            if (dedupe && right <= left) {
                return;
            }
            if (skipEarlierRules && foundEarlier(rule, left, right)) {
                return;
            }
            consumer.accept(left, right, rule);
        });
    }

    /** Whether {@code rule} puts the two records in one block, counting blocks skipped for their size. */
    public boolean sharesKey(int rule, int left, int right) {
        long key = leftKeys[rule][left];
        return key != 0 && key == rightKeys[rule][right];
    }

    /** Whether {@code rule} compares the two records: they share a key whose block was not skipped. */
    public boolean compares(int rule, int left, int right) {
        return sharesKey(rule, left, right) && !oversized(rule, leftKeys[rule][left]);
    }

    private boolean foundEarlier(int rule, int left, int right) {
        for (int earlier = 0; earlier < rule; earlier++) {
            long key = leftKeys[earlier][left];
            // Equal keys are one block, so the left row's skipped flag is the pair's.
            if (key != 0 && key == rightKeys[earlier][right] && !skippedLeft[earlier].get(left)) {
                return true;
            }
        }
        return false;
    }
}
