package org.opendars.releases;

import java.util.SplittableRandom;

/**
 * Random streams keyed by what they are for (a person's identity, a person's year of one data set, ...), so that
 * any person's records can be drawn again on their own, and one data set's draws never shift another's.
 */
final class Streams {

    static final long IDENTITY = 1;
    static final long DEATH = 2;
    static final long ACTIVITY = 3;
    static final long SUBMISSION = 4;
    static final long RECORD_IDS = 5;

    private Streams() {
    }

    static SplittableRandom of(long seed, long... keys) {
        return new SplittableRandom(hash(seed, keys));
    }

    static long hash(long seed, long... keys) {
        long h = mix(seed ^ 0x9E3779B97F4A7C15L);
        for (long key : keys) {
            h = mix(h + 0x9E3779B97F4A7C15L * (key + 1));
        }
        return h;
    }

    /** The SplitMix64 finaliser: neighbouring keys give unrelated seeds. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
