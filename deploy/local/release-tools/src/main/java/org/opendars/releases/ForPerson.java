package org.opendars.releases;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A weighted table whose entries apply to some ages and one or both sexes (no hip replacements for children, no
 * deliveries for men), with the table for each age and sex worked out once.
 */
final class ForPerson<T> {

    private static final int OLDEST = 120;

    private record Entry<T>(T value, double weight, int minAge, int maxAge, String sex) {
    }

    private final List<Entry<T>> entries;
    @SuppressWarnings("unchecked")
    private final Weighted<T>[][] bySexAndAge = new Weighted[3][OLDEST + 1];

    private ForPerson(List<Entry<T>> entries) {
        this.entries = List.copyOf(entries);
    }

    static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /** A value for a person of this age and sex, or null when no entry applies to them. */
    T draw(int age, String sex, SplittableRandom random) {
        Weighted<T> table = table(age, sex);
        return table == null ? null : table.draw(random);
    }

    /** A value for the person other than {@code current}, for corrections. */
    T drawOtherThan(T current, int age, String sex, SplittableRandom random) {
        Weighted<T> table = table(age, sex);
        return table == null ? current : table.drawOtherThan(current, random);
    }

    private Weighted<T> table(int age, String sex) {
        int a = Math.max(0, Math.min(OLDEST, age));
        int s = "1".equals(sex) ? 1 : "2".equals(sex) ? 2 : 0;
        Weighted<T> table = bySexAndAge[s][a];
        if (table == null) {
            Weighted.Builder<T> builder = Weighted.builder();
            boolean any = false;
            for (Entry<T> entry : entries) {
                if (a >= entry.minAge() && a <= entry.maxAge() && (entry.sex() == null || entry.sex().equals(sex))) {
                    builder.add(entry.value(), entry.weight());
                    any = true;
                }
            }
            if (!any) {
                return null;
            }
            table = builder.build();
            bySexAndAge[s][a] = table;
        }
        return table;
    }

    static final class Builder<T> {
        private final List<Entry<T>> entries = new ArrayList<>();

        Builder<T> add(T value, double weight) {
            return add(value, weight, 0, OLDEST, null);
        }

        Builder<T> add(T value, double weight, int minAge, int maxAge) {
            return add(value, weight, minAge, maxAge, null);
        }

        /** {@code sex} 1 or 2 for one sex only, null for both. */
        Builder<T> add(T value, double weight, int minAge, int maxAge, String sex) {
            entries.add(new Entry<>(value, weight, minAge, maxAge, sex));
            return this;
        }

        ForPerson<T> build() {
            return new ForPerson<>(entries);
        }
    }
}
