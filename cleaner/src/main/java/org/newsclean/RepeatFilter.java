package org.newsclean;

/**
 * A filter of the 64-bit keys added twice or more, one bit per key in two bit sets (seen once,
 * seen again): {@link #mayRepeat} never says no for a key added twice, and says no for most keys
 * added once. It spares a hash table the keys that are unique, which could never find a match
 * there: the table stays small enough for the caches on a huge document. Not thread-safe.
 */
final class RepeatFilter {
    private final long[] once;
    private final long[] twice;
    private final int shift;
    private int again;

    /** @param keys about how many keys will be added (the filter has four bits or more per key) */
    RepeatFilter(int keys) {
        int bits = Integer.highestOneBit(Math.max(64, keys)) << 2;
        once = new long[bits >>> 6];
        twice = new long[bits >>> 6];
        shift = 64 - Integer.numberOfTrailingZeros(bits);
    }

    private int bit(long key) {
        return (int) (key * 0xC2B2AE3D27D4EB4FL >>> shift);
    }

    void add(long key) {
        int x = bit(key);
        if ((once[x >>> 6] & (1L << x)) != 0) {
            twice[x >>> 6] |= 1L << x;
            again++;
        }
        once[x >>> 6] |= 1L << x;
    }

    /** @return false when the key was added at most once */
    boolean mayRepeat(long key) {
        int x = bit(key);
        return (twice[x >>> 6] & (1L << x)) != 0;
    }

    /**
     * @return how many adds found their bit set already; the keys that pass {@link #mayRepeat} are
     *     at most twice as many (a bit with c keys passes c of them and counts c - 1), so a table
     *     of more than {@code 4 * again()} slots stays at most half full with them
     */
    int again() {
        return again;
    }
}
