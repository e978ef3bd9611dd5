package org.opendars.linkage.engine.synthetic;

import java.util.Arrays;

/** Records numbered consecutively by owner: owner i has the records from {@code ends[i-1]} to {@code ends[i]-1}. */
final class RecordRanges {

    private RecordRanges() {
    }

    static int owner(long[] ends, long record) {
        int found = Arrays.binarySearch(ends, record);
        return found >= 0 ? found + 1 : -found - 1;
    }

    static long start(long[] ends, int owner) {
        return owner == 0 ? 0 : ends[owner - 1];
    }
}
