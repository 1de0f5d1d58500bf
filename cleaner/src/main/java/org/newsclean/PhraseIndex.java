package org.newsclean;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An Aho-Corasick automaton over phrase entries: one pass over a text finds every occurrence of
 * every phrase, in time linear in the text plus the matches. Immutable after construction.
 */
final class PhraseIndex {

    /** Receives matches: entry ids ending at {@code end} (exclusive). */
    interface Sink {
        void match(int start, int end, int entry);
    }

    private static final int ROOT = 0;

    private final PhraseBook.Entry[] entries;
    /** Transitions: open addressing on (node << 16 | char). */
    private final long[] keys;
    private final int[] values;
    private final int mask;
    private final int[] rootNext = new int[65536];
    private final int[] fail;
    private final int[] out;      // entry ending exactly at node, or -1
    private final int[] outLink;  // nearest node on the failure chain with out >= 0, or -1
    private final int[] depth;

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
        int cap = Integer.highestOneBit(Math.max(16, maxNodes * 2)) << 1;
        keys = new long[cap];
        Arrays.fill(keys, -1L);
        values = new int[cap];
        mask = cap - 1;
        int[] outB = new int[maxNodes];
        int[] depthB = new int[maxNodes];
        Arrays.fill(outB, -1);
        List<int[]> childLists = new ArrayList<>();
        int nodes = 1;
        for (int id = 0; id < entries.length; id++) {
            String p = entries[id].phrase();
            int node = ROOT;
            for (int i = 0; i < p.length(); i++) {
                char c = p.charAt(i);
                int next = get(node, c);
                if (next < 0) {
                    next = nodes++;
                    put(node, c, next);
                    depthB[next] = depthB[node] + 1;
                }
                node = next;
            }
            if (outB[node] < 0) {
                outB[node] = id;
            }
        }
        out = Arrays.copyOf(outB, nodes);
        depth = Arrays.copyOf(depthB, nodes);
        fail = new int[nodes];
        outLink = new int[nodes];
        Arrays.fill(outLink, -1);
        // children per node, for the breadth-first pass
        int[][] children = new int[nodes][];
        char[][] labels = new char[nodes][];
        int[] counts = new int[nodes];
        for (int s = 0; s < keys.length; s++) {
            if (keys[s] >= 0) {
                int parent = (int) (keys[s] >>> 16);
                counts[parent]++;
            }
        }
        for (int i = 0; i < nodes; i++) {
            children[i] = new int[counts[i]];
            labels[i] = new char[counts[i]];
            counts[i] = 0;
        }
        for (int s = 0; s < keys.length; s++) {
            if (keys[s] >= 0) {
                int parent = (int) (keys[s] >>> 16);
                children[parent][counts[parent]] = values[s];
                labels[parent][counts[parent]++] = (char) (keys[s] & 0xffff);
            }
        }
        childLists.clear();
        Arrays.fill(rootNext, ROOT);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int k = 0; k < children[ROOT].length; k++) {
            int child = children[ROOT][k];
            rootNext[labels[ROOT][k]] = child;
            fail[child] = ROOT;
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            int node = queue.poll();
            outLink[node] = out[fail[node]] >= 0 ? fail[node] : outLink[fail[node]];
            for (int k = 0; k < children[node].length; k++) {
                int child = children[node][k];
                char c = labels[node][k];
                int f = fail[node];
                int t;
                while ((t = step(f, c)) < 0) {
                    f = fail[f];
                }
                fail[child] = t == child ? ROOT : t;
                queue.add(child);
            }
        }
    }

    private int step(int node, char c) {
        return node == ROOT ? rootNext[c] : get(node, c);
    }

    private int get(int node, char c) {
        long key = ((long) node << 16) | c;
        int slot = (int) (mix(key) & mask);
        while (true) {
            long k = keys[slot];
            if (k == key) {
                return values[slot];
            }
            if (k < 0) {
                return -1;
            }
            slot = (slot + 1) & mask;
        }
    }

    private void put(int node, char c, int value) {
        long key = ((long) node << 16) | c;
        int slot = (int) (mix(key) & mask);
        while (keys[slot] >= 0) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        values[slot] = value;
    }

    private static long mix(long k) {
        k *= 0x9E3779B97F4A7C15L;
        return k ^ (k >>> 29);
    }

    PhraseBook.Entry entry(int id) {
        return entries[id];
    }

    int size() {
        return entries.length;
    }

    /** Runs the automaton over text[from, to), folding each char, and reports every match. */
    void scan(CharSequence text, int from, int to, Sink sink) {
        if (entries.length == 0) {
            return;
        }
        int node = ROOT;
        for (int i = from; i < to; i++) {
            char c = Texts.fold(text.charAt(i));
            int t;
            while ((t = step(node, c)) < 0) {
                node = fail[node];
            }
            node = t;
            if (node == ROOT) {
                continue;
            }
            int o = out[node] >= 0 ? node : outLink[node];
            while (o >= 0) {
                sink.match(i + 1 - depth[o], i + 1, out[o]);
                o = outLink[o];
            }
        }
    }
}
