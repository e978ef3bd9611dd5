package org.opendars.releases;

/**
 * A keyed shuffle of 0..size-1: a balanced Feistel network over the smallest even number of bits that covers
 * the range, walked again whenever it lands outside it. Neighbouring inputs give unrelated outputs, and no two
 * inputs give the same output.
 */
final class Permutation {

    private static final int ROUNDS = 6;

    private final long key;
    private final long size;
    private final int halfBits;
    private final long halfMask;

    Permutation(long key, long size) {
        if (size < 2) {
            throw new IllegalArgumentException("nothing to shuffle: " + size);
        }
        this.key = key;
        this.size = size;
        int bits = 64 - Long.numberOfLeadingZeros(size - 1);
        this.halfBits = (bits + 1) / 2;
        this.halfMask = (1L << halfBits) - 1;
    }

    long apply(long x) {
        if (x < 0 || x >= size) {
            throw new IllegalArgumentException(x + " is outside 0.." + (size - 1));
        }
        long y = x;
        do {
            y = feistel(y);
        } while (y >= size);
        return y;
    }

    private long feistel(long x) {
        long left = x >>> halfBits;
        long right = x & halfMask;
        for (int round = 0; round < ROUNDS; round++) {
            long next = left ^ (Streams.hash(key, round, right) & halfMask);
            left = right;
            right = next;
        }
        return (left << halfBits) | right;
    }
}
