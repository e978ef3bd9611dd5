package org.opendars.releases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

class PermutationTest {

    @Test
    void every_value_of_the_range_comes_out_exactly_once() {
        for (long size : new long[] {2, 10, 1000, 100_000}) {
            Permutation permutation = new Permutation(size * 31, size);
            BitSet seen = new BitSet();
            for (long x = 0; x < size; x++) {
                long y = permutation.apply(x);
                assertThat(y).isBetween(0L, size - 1);
                assertThat(seen.get((int) y)).as("%d twice", y).isFalse();
                seen.set((int) y);
            }
            assertThat(seen.cardinality()).isEqualTo((int) size);
        }
    }

    @Test
    void neighbouring_inputs_do_not_give_neighbouring_outputs() {
        Permutation permutation = new Permutation(1, 1_000_000_000L);
        int close = 0;
        for (long x = 0; x < 1000; x++) {
            if (Math.abs(permutation.apply(x + 1) - permutation.apply(x)) < 1_000_000) {
                close++;
            }
        }
        assertThat(close).isLessThan(20);
    }

    @Test
    void another_key_gives_another_shuffle() {
        assertThat(new Permutation(1, 1_000_000L).apply(5)).isNotEqualTo(new Permutation(2, 1_000_000L).apply(5));
    }

    @Test
    void values_outside_the_range_are_refused() {
        assertThatThrownBy(() -> new Permutation(1, 10).apply(10)).isInstanceOf(IllegalArgumentException.class);
    }
}
