package org.newsclean;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie of phrase entries, walked from every word start of a text: one pass finds every
 * occurrence of every phrase that begins at a word boundary, in time linear in the text (each
 * walk stops at the first char no phrase continues with, and phrases are short). Immutable after
 * construction.
 */
final class PhraseIndex {

    /** Receives matches: entry ids ending at {@code end} (exclusive). */
    interface Sink {
        void match(int start, int end, int entry);
    }

    private static final int ROOT = 0;

    private final PhraseBook.Entry[] entries;
    /** Transitions: open addressing on (node << 16 | char). */
    /** Trie edges below the root: {@code node << 40 | char << 24 | child} in one open-addressing table (0: empty). */
    private final long[] edges;
    private final int mask;
    /** 64 minus the table's bits: a key's slot is the top bits of its Fibonacci hash. */
    private final int shift;
    private final int[] rootNext = new int[65536];
    private final int[] out;      // entry ending exactly at node, or -1
    /** Per node, which ASCII chars have a child (bit c of word c / 64): most steps fail, and fail here without hashing. */
    private final long[] asciiChildren;

    PhraseIndex(List<PhraseBook.Entry> all) {
        // the same phrase may appear in several lists: keep the first
        Map<String, PhraseBook.Entry> unique = new LinkedHashMap<>();
        for (PhraseBook.Entry e : all) {
            if (!e.phrase().isEmpty()) {
                unique.putIfAbsent(e.phrase(), e);
            }
        }
        this.entries = unique.values().toArray(new PhraseBook.Entry[0]);
        int maxNodes = 1;
        for (PhraseBook.Entry e : entries) {
            maxNodes += e.phrase().length();
        }
        if (maxNodes >= 1 << 24) {
            throw new IllegalArgumentException("phrase lists too large: " + maxNodes + " chars (at most 16M)");
        }
        int cap = Integer.highestOneBit(Math.max(16, maxNodes * 2)) << 1;
        edges = new long[cap];
        mask = cap - 1;
        shift = 64 - Integer.numberOfTrailingZeros(cap);
        Arrays.fill(rootNext, -1);
        int[] outB = new int[maxNodes];
        Arrays.fill(outB, -1);
        asciiChildren = new long[maxNodes * 2];
        int nodes = 1;
        for (int id = 0; id < entries.length; id++) {
            String p = entries[id].phrase();
            int node = ROOT;
            for (int i = 0; i < p.length(); i++) {
                char c = p.charAt(i);
                int next = step(node, c);
                if (next < 0) {
                    next = nodes++;
                    if (node == ROOT) {
                        rootNext[c] = next;
                    } else {
                        put(node, c, next);
                    }
                }
                node = next;
            }
            if (outB[node] < 0) {
                outB[node] = id;
            }
        }
        out = Arrays.copyOf(outB, nodes);
    }

    private int step(int node, char c) {
        return node == ROOT ? rootNext[c] : get(node, c);
    }

    private int get(int node, char c) {
        if (c < 128 && (asciiChildren[node * 2 + (c >>> 6)] & (1L << c)) == 0) {
            return -1;
        }
        long key = ((long) node << 16) | c;
        int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
        while (true) {
            long e = edges[slot];
            if (e >>> 24 == key) {
                return (int) (e & 0xffffff);
            }
            if (e == 0) {
                return -1;
            }
            slot = (slot + 1) & mask;
        }
    }

    private void put(int node, char c, int value) {
        if (c < 128) {
            asciiChildren[node * 2 + (c >>> 6)] |= 1L << c;
        }
        long key = ((long) node << 16) | c;
        int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
        while (edges[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        edges[slot] = key << 24 | value;
    }

    PhraseBook.Entry entry(int id) {
        return entries[id];
    }

    int size() {
        return entries.length;
    }

    /**
     * Walks the trie from every word start in text[from, to), folding each char, and reports
     * every phrase found there (the caller checks where the match ends).
     */
    void scan(char[] text, int from, int to, Sink sink) {
        if (entries.length == 0) {
            return;
        }
        boolean prevWord = false;
        boolean prevUpper = false;
        for (int i = from; i < to; i++) {
            char raw = text[i];
            boolean word = Texts.isWordChar(raw);
            boolean upper = word && Texts.isUpper(raw);
            // a match may start after a non-word char, or where a capital follows a small letter ("contentUS")
            if (!prevWord || upper && !prevUpper) {
                int node = rootNext[Texts.fold(raw)];
                int j = i + 1;
                while (node > 0) {
                    if (out[node] >= 0) {
                        sink.match(i, j, out[node]);
                    }
                    if (j >= to) {
                        break;
                    }
                    node = get(node, Texts.fold(text[j]));
                    j++;
                }
            }
            prevWord = word;
            prevUpper = upper;
        }
    }
}
