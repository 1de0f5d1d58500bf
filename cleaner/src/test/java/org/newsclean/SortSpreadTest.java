package org.newsclean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The near-duplicate check's sort of word hashes agrees with {@link Arrays#sort(long[])}. */
class SortSpreadTest {

    @Test
    void sortsSpreadHashesLikeArraysSort() {
        Random r = new Random(42);
        for (int n = 0; n < 300; n++) {
            long[] a = new long[n];
            for (int i = 0; i < n; i++) {
                a[i] = Words.spread(r.nextInt(n / 2 + 1)); // repeats too, as words repeat in a line
            }
            long[] expected = a.clone();
            Arrays.sort(expected);
            DuplicateHeuristic.sortSpread(a);
            assertThat(a).as("n=%d", n).containsExactly(expected);
        }
    }

    @Test
    void sortsValuesThatAreNotSpreadToo() {
        long[] a = {5, -3, Long.MAX_VALUE, 0, Long.MIN_VALUE, 7, 7, -1, 2, 9, 1, 4, 3, 8, 6, 10, -2, 11, 12, 13};
        long[] expected = a.clone();
        Arrays.sort(expected);
        DuplicateHeuristic.sortSpread(a);
        assertThat(a).containsExactly(expected);
    }

    @Test
    void distinctSortedDropsRepeats() {
        long[] a = new long[40];
        for (int i = 0; i < a.length; i++) {
            a[i] = Words.spread(i % 10);
        }
        assertThat(DuplicateHeuristic.distinctSorted(a)).hasSize(10).isSorted();
    }
}
