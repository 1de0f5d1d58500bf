package org.newsclean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
    /** Nodes with at most this many children are searched linearly, the others by binary search. */
    private static final int LINEAR = 8;

    private final PhraseBook.Entry[] entries;
    /** The root's children by char (dense: every walk starts here). */
    private final int[] rootNext = new int[65536];
    /**
     * The other nodes' children, numbered breadth first so that the shallow nodes every walk visits
     * lie together in a few cache lines: node n's children are {@code childChar/childNode[first[n]
     * .. first[n + 1])}, sorted by char.
     */
    private final int[] first;
    private final char[] childChar;
    private final int[] childNode;
    /** Per node, the entry ending exactly there, or -1. */
    private final int[] out;

    PhraseIndex(List<PhraseBook.Entry> all) {
        // the same phrase may appear in several lists: keep the first
        Map<String, PhraseBook.Entry> unique = new LinkedHashMap<>();
        for (PhraseBook.Entry e : all) {
            if (!e.phrase().isEmpty()) {
                unique.putIfAbsent(e.phrase(), e);
            }
        }
        this.entries = unique.values().toArray(new PhraseBook.Entry[0]);
        // build the trie with per-node child maps, then lay it out breadth first
        List<TreeMap<Character, Integer>> children = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        children.add(new TreeMap<>());
        ends.add(-1);
        for (int id = 0; id < entries.length; id++) {
            String p = entries[id].phrase();
            int node = ROOT;
            for (int i = 0; i < p.length(); i++) {
                Integer next = children.get(node).get(p.charAt(i));
                if (next == null) {
                    next = children.size();
                    children.add(new TreeMap<>());
                    ends.add(-1);
                    children.get(node).put(p.charAt(i), next);
                }
                node = next;
            }
            if (ends.get(node) < 0) {
                ends.set(node, id);
            }
        }
        int nodes = children.size();
        int[] newId = new int[nodes];
        int[] order = new int[nodes];
        int count = 1;
        for (int k = 0; k < count; k++) {
            for (int child : children.get(order[k]).values()) {
                newId[child] = count;
                order[count++] = child;
            }
        }
        Arrays.fill(rootNext, -1);
        first = new int[nodes + 1];
        childChar = new char[nodes];
        childNode = new int[nodes];
        out = new int[nodes];
        int edge = 0;
        for (int k = 0; k < nodes; k++) {
            int old = order[k];
            out[k] = ends.get(old);
            first[k] = edge;
            for (Map.Entry<Character, Integer> c : children.get(old).entrySet()) {
                if (k == ROOT) {
                    rootNext[c.getKey()] = newId[c.getValue()];
                } else {
                    childChar[edge] = c.getKey();
                    childNode[edge] = newId[c.getValue()];
                    edge++;
                }
            }
        }
        first[nodes] = edge;
    }

    /** @return the child of a node (not the root) by char c, or -1 */
    private int get(int node, char c) {
        int a = first[node];
        int b = first[node + 1];
        if (b - a <= LINEAR) {
            for (int k = a; k < b; k++) {
                if (childChar[k] == c) {
                    return childNode[k];
                }
            }
            return -1;
        }
        int lo = a;
        int hi = b - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            char m = childChar[mid];
            if (m < c) {
                lo = mid + 1;
            } else if (m > c) {
                hi = mid - 1;
            } else {
                return childNode[mid];
            }
        }
        return -1;
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
