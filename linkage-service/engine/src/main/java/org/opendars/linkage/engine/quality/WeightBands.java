package org.opendars.linkage.engine.quality;

import java.util.LinkedHashMap;
import java.util.Map;

/** Match-weight bands of five bits, the granularity analysts use to review links. */
public final class WeightBands {

    private static final double[] LOWER_BOUNDS = {Double.NEGATIVE_INFINITY, 0, 5, 10, 15, 20, 25};
    private static final String[] LABELS = {"<0", "0-5", "5-10", "10-15", "15-20", "20-25", ">=25"};

    private WeightBands() {
    }

    public static int bandOf(double weight) {
        int band = 0;
        while (band + 1 < LOWER_BOUNDS.length && weight >= LOWER_BOUNDS[band + 1]) {
            band++;
        }
        return band;
    }

    public static Map<String, Long> labelled(long[] counts) {
        Map<String, Long> labelled = new LinkedHashMap<>();
        for (int band = 0; band < LABELS.length; band++) {
            labelled.put(LABELS[band], counts[band]);
        }
        return labelled;
    }

    public static int count() {
        return LABELS.length;
    }
}
