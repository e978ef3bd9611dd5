package org.opendars.releases;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** Values drawn in proportion to their weights. */
final class Weighted<T> {

    private final List<T> values;
    private final double[] cumulative;

    private Weighted(List<T> values, double[] weights) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("nothing to draw from");
        }
        this.values = List.copyOf(values);
        cumulative = new double[weights.length];
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            total += weights[i];
            cumulative[i] = total;
        }
    }

    T draw(SplittableRandom random) {
        int index = Arrays.binarySearch(cumulative, random.nextDouble() * cumulative[cumulative.length - 1]);
        return values.get(Math.min(values.size() - 1, index >= 0 ? index + 1 : -index - 1));
    }

    /** A value other than {@code current}, for corrections; {@code current} itself when there is no other. */
    T drawOtherThan(T current, SplittableRandom random) {
        for (int attempt = 0; attempt < 20; attempt++) {
            T value = draw(random);
            if (!value.equals(current)) {
                return value;
            }
        }
        return values.stream().filter(v -> !v.equals(current)).findFirst().orElse(current);
    }

    List<T> values() {
        return values;
    }

    static <T> Builder<T> builder() {
        return new Builder<>();
    }

    static final class Builder<T> {
        private final List<T> values = new ArrayList<>();
        private final List<Double> weights = new ArrayList<>();

        Builder<T> add(T value, double weight) {
            if (weight > 0) {
                values.add(value);
                weights.add(weight);
            }
            return this;
        }

        Weighted<T> build() {
            return new Weighted<>(values, weights.stream().mapToDouble(Double::doubleValue).toArray());
        }
    }
}
