package org.newsclean;

/**
 * A set of 32-bit hashes kept as one bit each: {@link #mayContain} never says no for a hash
 * added, and says no for most others. It lets a hot loop pass over most words without a closer
 * look. Filled once, then read only (thread-safe once published through a final field).
 */
final class HashFilter {
    private final int bits;
    private final long[] words;

    /** @param bits log2 of the number of bits (6 to 24) */
    HashFilter(int bits) {
        if (bits < 6 || bits > 24) {
            throw new IllegalArgumentException("bits must be 6..24: " + bits);
        }
        this.bits = bits;
        this.words = new long[1 << (bits - 6)];
    }

    void add(int hash) {
        int slot = slot(hash);
        words[slot >>> 6] |= 1L << slot;
    }

    boolean mayContain(int hash) {
        int slot = slot(hash);
        return (words[slot >>> 6] & (1L << slot)) != 0;
    }

    private int slot(int hash) {
        return slot(hash, bits);
    }

    /** @return the slot of a hash among {@code 2^bits} */
    static int slot(int hash, int bits) {
        return (hash * 0x9E3779B9) >>> (32 - bits);
    }

    /** @return the hash {@code h = 31 * h + c} of s[from, to), as {@link Words} makes word hashes */
    static int hash(CharSequence s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + s.charAt(i);
        }
        return h;
    }
}
