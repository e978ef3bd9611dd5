package org.opendars.linkage.engine.synthetic;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** Values drawn in proportion to their frequencies (cumulative weights and binary search). */
final class WeightedValues {

    private final String[] values;
    private final double[] cumulative;

    WeightedValues(List<String> values, List<Double> weights) {
        this.values = values.toArray(String[]::new);
        cumulative = new double[weights.size()];
        double total = 0;
        for (int i = 0; i < cumulative.length; i++) {
            total += weights.get(i);
            cumulative[i] = total;
        }
    }

    String draw(SplittableRandom random) {
        double point = random.nextDouble() * cumulative[cumulative.length - 1];
        int index = Arrays.binarySearch(cumulative, point);
        return values[index >= 0 ? index : -index - 1];
    }

    int size() {
        return values.length;
    }
}
