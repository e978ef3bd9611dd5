package org.opendars.linkage.engine.synthetic;

import java.util.SplittableRandom;

/**
 * One independent random stream per record, derived from the seed and the record's coordinates. Any record can
 * then be made on its own, in any order, and the files still depend only on the seed.
 */
final class RandomStreams {

    private RandomStreams() {
    }

    static SplittableRandom of(long seed, long stream, long index, long sub) {
        long h = mix(seed ^ 0x6A09E667F3BCC909L);
        h = mix(h ^ stream * 0x9E3779B97F4A7C15L);
        h = mix(h ^ index * 0xC2B2AE3D27D4EB4FL);
        return new SplittableRandom(mix(h ^ sub * 0x165667B19E3779F9L));
    }

    /** The finaliser of MurmurHash3: every input bit affects every output bit. */
    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }
}
