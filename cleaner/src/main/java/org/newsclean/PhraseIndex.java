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
    /** Per entry, the number of its owner (the heuristic whose list it comes from) in {@link #owners}. */
    private final int[] ownerOf;
    private final List<String> owners = new ArrayList<>();
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
    /**
     * Filters over the phrases' words, so that most words of a text are passed over without
     * touching the trie. {@code classes}: per hash slot, two bits ({@link #wordClass}): {@link #FIRST}
     * for the hash of each phrase's leading run of word chars ("first word"), {@link #ONE} for that
     * of each phrase with one word only, so that one probe tells both (most words of a text are
     * neither); {@code twoWords}: the {@link #pair} of the first two words of each phrase with more.
     */
    private final long[] classes = new long[1 << (FILTER_BITS - 5)];
    private final HashFilter twoWords = new HashFilter(FILTER_BITS);
    private static final int FILTER_BITS = 16;
    /** {@link #wordClass} bits: the word may be a one-word phrase; it may be the first word of a phrase. */
    static final int ONE = 1;
    static final int FIRST = 2;
    /**
     * The {@link Words#lineChars} bits of the non-word chars that a phrase starts with: a line
     * without them needs no walk from its gaps (unless {@link #gapsAlways}: one has none of {@link #GAP_CLASSES}).
     */
    private final int gapBits;
    private final boolean gapsAlways;
    /** The char classes that stand for the non-word chars phrases start with ({@code ©}, {@code (}, {@code _}). */
    private static final int GAP_CLASSES = Texts.PAREN_BIT | Texts.SYMBOL_BIT;

    PhraseIndex(List<PhraseBook.Entry> all) {
        // the same phrase may appear in several lists: keep the first
        Map<String, PhraseBook.Entry> unique = new LinkedHashMap<>();
        for (PhraseBook.Entry e : all) {
            if (!e.phrase().isEmpty()) {
                unique.putIfAbsent(e.phrase(), e);
            }
        }
        this.entries = unique.values().toArray(new PhraseBook.Entry[0]);
        this.ownerOf = new int[entries.length];
        for (int id = 0; id < entries.length; id++) {
            int o = owners.indexOf(entries[id].owner());
            if (o < 0) {
                o = owners.size();
                owners.add(entries[id].owner());
            }
            ownerOf[id] = o;
        }
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
        // the chars a walk from a gap (not a word) may start a phrase with, as Words#lineChars bits
        int bits = 0;
        boolean always = false;
        for (int c = 0; c < 65536; c++) {
            if (!Texts.isWordChar((char) c) && rootNext[Texts.fold((char) c)] > 0) {
                int b = Texts.lineBits((char) c) & GAP_CLASSES;
                bits |= b;
                always |= b == 0; // a char of no such class: every line's gaps must be walked
            }
        }
        gapBits = bits;
        gapsAlways = always;
        for (PhraseBook.Entry e : entries) {
            String p = e.phrase();
            int h1 = 0;
            int i = 0;
            for (; i < p.length() && Texts.isWordChar(p.charAt(i)); i++) {
                h1 = 31 * h1 + p.charAt(i);
            }
            addClass(h1, FIRST);
            while (i < p.length() && !Texts.isWordChar(p.charAt(i))) {
                i++;
            }
            if (i == p.length()) {
                addClass(h1, ONE);
                continue;
            }
            int h2 = 0;
            for (; i < p.length() && Texts.isWordChar(p.charAt(i)); i++) {
                h2 = 31 * h2 + p.charAt(i);
            }
            twoWords.add(pair(h1, h2));
        }
    }

    private static int pair(int first, int second) {
        return first * 0x2F0B3A49 + second;
    }

    private boolean mayStart(int hash) {
        return (wordClass(hash) & FIRST) != 0;
    }

    private void addClass(int hash, int bit) {
        int slot = HashFilter.slot(hash, FILTER_BITS);
        classes[slot >>> 5] |= (long) bit << ((slot & 31) << 1);
    }

    /** @return for the word of that {@link Words} hash, {@link #ONE} and {@link #FIRST} where it may be one */
    int wordClass(int hash) {
        int slot = HashFilter.slot(hash, FILTER_BITS);
        return (int) (classes[slot >>> 5] >>> ((slot & 31) << 1)) & 3;
    }

    /** @return whether the two words of those hashes may be the first two words of a phrase */
    boolean mayBeFirstTwo(int first, int second) {
        return twoWords.mayContain(pair(first, second));
    }

    /**
     * Whether a phrase may start at word k, a word that is not {@link Words#isOdd odd}: a
     * one-word phrase must be that word; a longer one must have the word and the next (on the
     * line) as its first two, unless the next is odd (a phrase may end inside it) and only its
     * first word can be checked. The words pass marks the same ({@link Words#mayStartPhrase}) for
     * its index; this is asked only of words found without it.
     */
    private boolean mayStart(Words words, int k, int lineEnd) {
        int h = words.hash[k];
        int c = wordClass(h);
        if ((c & ONE) != 0) {
            return true;
        }
        if (k + 1 >= lineEnd) {
            return false;
        }
        return words.isOdd(k + 1) ? (c & FIRST) != 0 : twoWords.mayContain(pair(h, words.hash[k + 1]));
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

    /** @return the number of the heuristic that owns entry id (see {@link #owner(String)}) */
    int ownerOf(int id) {
        return ownerOf[id];
    }

    /** @return the number of the heuristic of that name among the owners of this index's entries, or -1 */
    int owner(String name) {
        return owners.indexOf(name);
    }

    /** @return how many heuristics own entries of this index */
    int owners() {
        return owners.size();
    }

    int size() {
        return entries.length;
    }

    /**
     * Walks the trie from every word start in a line, folding each char, and reports every phrase
     * found there (the caller checks where the match ends). A word start is a word char after a
     * non-word char, or a capital after a small letter ("contentUS"); a walk also starts at each
     * non-word char after a non-word char.
     *
     * <p>A walk from the start of a word is made only when the word, or its part up to a change of
     * case, may be a phrase's first word ({@link #FIRST}): a phrase that starts there and
     * continues past its first word needs the word to end where that word ends, and a one-word
     * phrase can end only at the word's end or at a change of case (any other end is not at a word
     * boundary, and the caller drops it). A letter that folds to a non-word char ends a phrase's
     * first word too. Most words are decided by the hash the words pass made; only {@link
     * Words#isOdd odd} ones are looked at char by char.
     *
     * @param words the words of the text, whose line {@code line} is text[from, to)
     */
    void scan(char[] text, int from, int to, Words words, int line, Sink sink) {
        if (entries.length == 0) {
            return;
        }
        int p = from;
        int lineEnd = words.firstOfLine[line + 1];
        if (words.index == this && !gapsAlways && !words.lineHas(line, gapBits)) {
            // no char a gap's walk could start a phrase with: only the words the words pass marked
            candidates(text, to, words, words.firstOfLine[line], lineEnd, sink);
            return;
        }
        boolean marked = words.index == this;
        for (int k = words.firstOfLine[line]; k < lineEnd; k++) {
            int s = words.start[k];
            gap(text, p, s, from, to, sink);
            if (words.isOdd(k)) {
                word(text, s, words.end[k], to, sink);
            } else if (marked ? words.mayStartPhrase(k) : mayStart(words, k, lineEnd)) {
                walk(text, s, to, sink);
            }
            p = words.end[k];
        }
        gap(text, p, to, from, to, sink);
    }

    /** Walks from the words of [first, last) that are odd or that the words pass marked as phrase candidates. */
    private void candidates(char[] text, int to, Words words, int first, int last, Sink sink) {
        int k = first;
        while (k < last) {
            long bits = words.oddOrCandidate(k >>> 6) >>> k;
            if (bits == 0) {
                k = (k | 63) + 1; // nothing more in this block of 64 words
                continue;
            }
            k += Long.numberOfTrailingZeros(bits);
            if (k >= last) {
                break;
            }
            if (words.isOdd(k)) {
                word(text, words.start[k], words.end[k], to, sink);
            } else {
                walk(text, words.start[k], to, sink);
            }
            k++;
        }
    }

    /** Walks from each non-word char of text[p, s) that follows a non-word char or starts the line. */
    private void gap(char[] text, int p, int s, int from, int to, Sink sink) {
        for (int q = p == from ? p : p + 1; q < s; q++) {
            walk(text, q, to, sink);
        }
    }

    /** Walks from the word text[i, j) where the filter allows, and from each change of case inside it. */
    private void word(char[] text, int i, int j, int to, Sink sink) {
        char c = text[i];
        int h = Texts.fold(c);
        boolean upper = Texts.isUpper(c);
        boolean hit = Texts.foldsApart(c) && mayStart(0);
        for (int k = i + 1; k < j; k++) {
            c = text[k];
            boolean up = Texts.isUpper(c);
            if (up && !upper) {
                hit |= mayStart(h);
                walk(text, k, to, sink);
            }
            upper = up;
            char f = Texts.fold(c);
            if (!Texts.isWordChar(f)) {
                hit |= mayStart(h);
            }
            h = 31 * h + f;
        }
        if (hit || mayStart(h)) {
            walk(text, i, to, sink);
        }
    }

    /** Walks the trie from text[i] and reports every phrase that starts there. */
    private void walk(char[] text, int i, int to, Sink sink) {
        int node = rootNext[Texts.fold(text[i])];
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
}
