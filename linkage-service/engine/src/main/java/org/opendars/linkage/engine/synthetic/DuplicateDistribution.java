package org.opendars.linkage.engine.synthetic;

import java.util.Locale;
import java.util.SplittableRandom;

/** How many duplicates an original gets, between a least and a most, as in Febrl's generator. */
public enum DuplicateDistribution {
    UNIFORM,
    /** Poisson around the middle of the range, redrawn when it falls outside. */
    POISSON,
    /** Probability falling as 1 / (1 + count - least): most originals get few duplicates, some get many. */
    ZIPF;

    public static DuplicateDistribution of(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }

    int draw(SplittableRandom random, int least, int most) {
        if (most <= least) {
            return least;
        }
        return switch (this) {
            case UNIFORM -> least + random.nextInt(most - least + 1);
            case POISSON -> poisson(random, least, most);
            case ZIPF -> zipf(random, least, most);
        };
    }

    private static int poisson(SplittableRandom random, int least, int most) {
        double limit = Math.exp(-(least + most) / 2.0);
        for (int attempt = 0; attempt < 100; attempt++) {
            int count = -1;
            for (double product = 1; product > limit; product *= random.nextDouble()) {
                count++;
            }
            if (count >= least && count <= most) {
                return count;
            }
        }
        return (least + most) / 2;
    }

    private static int zipf(SplittableRandom random, int least, int most) {
        double total = 0;
        for (int k = least; k <= most; k++) {
            total += 1.0 / (1 + k - least);
        }
        double point = random.nextDouble() * total;
        for (int k = least; k < most; k++) {
            point -= 1.0 / (1 + k - least);
            if (point < 0) {
                return k;
            }
        }
        return most;
    }
}
