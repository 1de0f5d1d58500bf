package org.newsclean;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds which of several word lists occur, as substrings, in a lower-cased class or id name, in
 * one pass over the name: an Aho-Corasick automaton over the words' chars takes one table step per
 * char of the name, however many words there are. Immutable and thread-safe once built.
 */
final class HtmlWords {
    private static final int ASCII = 128;

    /** Each ASCII char's column in {@link #next}, upper-case letters sharing their lower case's; 0 for chars no word has. */
    private final int[] column = new int[ASCII];
    /** How many columns: the distinct chars of the words, plus one for every other char. */
    private final int columns;
    /**
     * The automaton, a row of {@code columns + 1} entries per state, a state being the index of its
     * row: the state after state {@code s} reads a char of column {@code c} is at {@code s + c}, and
     * the bits of the lists with a word ending at {@code s} (its suffixes' included) at {@code s + columns}.
     */
    private final char[] table;

    /**
     * @param lists the word lists, at most 16; list {@code i} sets bit {@code 1 << i} of {@link #scan}'s
     *     result. Words are lower-case ASCII, at least one char long.
     */
    HtmlWords(String[]... lists) {
        if (lists.length > 16) {
            throw new IllegalArgumentException("more than 16 lists");
        }
        int cols = 1;
        for (String[] list : lists) {
            for (String word : list) {
                if (word.isEmpty()) {
                    throw new IllegalArgumentException("empty word");
                }
                for (int k = 0; k < word.length(); k++) {
                    char c = word.charAt(k);
                    if (c >= ASCII || c >= 'A' && c <= 'Z') {
                        throw new IllegalArgumentException("word must be lower-case ASCII: " + word);
                    }
                    if (column[c] == 0) {
                        column[c] = cols++;
                    }
                }
            }
        }
        for (char c = 'A'; c <= 'Z'; c++) {
            column[c] = column[c + ('a' - 'A')];
        }
        columns = cols;
        // the trie: -1 where no word goes on
        List<int[]> trie = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        trie.add(newRow(cols));
        ends.add(0);
        for (int i = 0; i < lists.length; i++) {
            for (String word : lists[i]) {
                int s = 0;
                for (int k = 0; k < word.length(); k++) {
                    int c = column[word.charAt(k)];
                    if (trie.get(s)[c] < 0) {
                        trie.get(s)[c] = trie.size();
                        trie.add(newRow(cols));
                        ends.add(0);
                    }
                    s = trie.get(s)[c];
                }
                ends.set(s, ends.get(s) | 1 << i);
            }
        }
        int states = trie.size();
        int row = cols + 1;
        if ((long) states * row > Character.MAX_VALUE) {
            throw new IllegalArgumentException("too many words");
        }
        int[] next = new int[states * cols];
        int[] found = new int[states];
        for (int s = 0; s < states; s++) {
            found[s] = ends.get(s);
        }
        // breadth first: a state's fallback (its longest proper suffix in the trie) is settled before it
        int[] fail = new int[states];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int c = 0; c < cols; c++) {
            int t = trie.get(0)[c];
            if (t < 0) {
                next[c] = 0;
            } else {
                next[c] = t;
                fail[t] = 0;
                queue.add(t);
            }
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            found[s] |= found[fail[s]];
            for (int c = 0; c < cols; c++) {
                int t = trie.get(s)[c];
                if (t < 0) {
                    next[s * cols + c] = next[fail[s] * cols + c];
                } else {
                    next[s * cols + c] = t;
                    fail[t] = next[fail[s] * cols + c];
                    queue.add(t);
                }
            }
        }
        table = new char[states * row];
        for (int s = 0; s < states; s++) {
            for (int c = 0; c < cols; c++) {
                table[s * row + c] = (char) (next[s * cols + c] * row);
            }
            table[s * row + cols] = (char) found[s];
        }
    }

    private static int[] newRow(int cols) {
        int[] row = new int[cols];
        Arrays.fill(row, -1);
        return row;
    }

    /**
     * {@link #scan} for a name not yet lower-cased: matches ASCII letters case-insensitively, without
     * allocating. Only for all-ASCII names, where this equals {@code scan(name.toLowerCase(Locale.ROOT))}.
     *
     * @return the bits of the lists that have a word occurring in the name, or -1 if the name has a non-ASCII char
     */
    int scanAscii(String name) {
        int bits = 0;
        int s = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= ASCII) {
                return -1;
            }
            s = table[s + column[c]];
            bits |= table[s + columns];
        }
        return bits;
    }

    /** @return the bits of the lists that have a word occurring in the lower-cased name */
    int scan(String name) {
        int bits = 0;
        int s = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            s = table[s + (c < ASCII ? column[c] : 0)];
            bits |= table[s + columns];
        }
        return bits;
    }
}
