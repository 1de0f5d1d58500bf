package org.newsclean;

import java.util.Arrays;

/**
 * A table from 64-bit keys to the first value put with each: open addressing, key and value side
 * by side so that a probe costs one cache miss on a huge document. Sized for the keys that pass a
 * {@link RepeatFilter}, it stays at most half full with them. Not thread-safe.
 */
final class FirstSeen {
    /** Key and value of slot s at 2 s and 2 s + 1; value -1: an empty slot. */
    private final long[] slots;
    private final int mask;
    private final int shift;

    /** @param repeats the filter whose passing keys go in: at most {@code 2 * repeats.again()} of them */
    FirstSeen(RepeatFilter repeats) {
        int size = Integer.highestOneBit(Math.max(16, 4 * repeats.again())) << 1;
        slots = new long[2 * size];
        Arrays.fill(slots, -1);
        mask = size - 1;
        shift = 64 - Integer.numberOfTrailingZeros(size);
    }

    /**
     * @param value 0 or more
     * @return the value first put with the key; or -1, when the key is new and goes in with {@code value}
     */
    int putIfAbsent(long key, int value) {
        int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
        while (slots[2 * slot + 1] >= 0) {
            if (slots[2 * slot] == key) {
                return (int) slots[2 * slot + 1];
            }
            slot = (slot + 1) & mask;
        }
        slots[2 * slot] = key;
        slots[2 * slot + 1] = value;
        return -1;
    }
}
