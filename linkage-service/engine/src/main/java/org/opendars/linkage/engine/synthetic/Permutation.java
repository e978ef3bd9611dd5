package org.opendars.linkage.engine.synthetic;

/**
 * A random order of {@code 0..size-1} that needs no memory: a four-round Feistel network on the smallest
 * even-bit domain that holds {@code size}, walking the cycle until the value falls inside. Files are written in
 * this order so that row position says nothing about which records belong together.
 */
final class Permutation {

    private static final int ROUNDS = 4;

    private final long size;
    private final int halfBits;
    private final long halfMask;
    private final long[] keys = new long[ROUNDS];

    Permutation(long size, long seed) {
        this.size = size;
        int bits = Math.max(2, 64 - Long.numberOfLeadingZeros(Math.max(1, size - 1)));
        halfBits = (bits + 1) / 2;
        halfMask = (1L << halfBits) - 1;
        for (int round = 0; round < ROUNDS; round++) {
            keys[round] = RandomStreams.mix(seed * 31 + round + 1);
        }
    }

    long at(long position) {
        long value = position;
        do {
            value = encrypt(value);
        } while (value >= size);
        return value;
    }

    private long encrypt(long value) {
        long left = value >>> halfBits;
        long right = value & halfMask;
        for (long key : keys) {
            long next = left ^ (RandomStreams.mix(right ^ key) & halfMask);
            left = right;
            right = next;
        }
        return left << halfBits | right;
    }
}
