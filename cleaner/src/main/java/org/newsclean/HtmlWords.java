package org.newsclean;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds which of several word lists occur, as substrings, in a lower-cased class or id name, in
 * one pass over the name: words are indexed by their first two (ASCII) chars. Immutable and
 * thread-safe once built.
 */
final class HtmlWords {
    private static final int ASCII = 128;

    /** Words by the index of their first two chars; parallel to {@link #masks}. */
    private final String[][] words = new String[ASCII * ASCII][];
    private final int[][] masks = new int[ASCII * ASCII][];
    /** Which two-char keys start a word, one bit each: a 2 KB table that stays in cache, unlike {@link #words}. */
    private final long[] starts = new long[ASCII * ASCII / 64];

    /**
     * @param lists the word lists; list {@code i} sets bit {@code 1 << i} of {@link #scan}'s result.
     *     Every word has at least two chars, the first two ASCII.
     */
    HtmlWords(String[]... lists) {
        List<List<String>> w = new ArrayList<>();
        List<List<Integer>> m = new ArrayList<>();
        for (int k = 0; k < ASCII * ASCII; k++) {
            w.add(null);
            m.add(null);
        }
        for (int i = 0; i < lists.length; i++) {
            for (String word : lists[i]) {
                int key = key(word, 0);
                if (key < 0) {
                    throw new IllegalArgumentException("word must start with two ASCII chars: " + word);
                }
                if (w.get(key) == null) {
                    w.set(key, new ArrayList<>());
                    m.set(key, new ArrayList<>());
                }
                w.get(key).add(word);
                starts[key >>> 6] |= 1L << key;
                m.get(key).add(1 << i);
            }
        }
        for (int k = 0; k < ASCII * ASCII; k++) {
            if (w.get(k) != null) {
                words[k] = w.get(k).toArray(new String[0]);
                masks[k] = m.get(k).stream().mapToInt(Integer::intValue).toArray();
            }
        }
    }

    private static int key(String s, int i) {
        if (i + 1 >= s.length()) {
            return -1;
        }
        char a = s.charAt(i);
        char b = s.charAt(i + 1);
        return a < ASCII && b < ASCII ? a * ASCII + b : -1;
    }

    /**
     * {@link #scan} for a name not yet lower-cased: matches ASCII letters case-insensitively, without
     * allocating. Only for all-ASCII names, where this equals {@code scan(name.toLowerCase(Locale.ROOT))}.
     *
     * @return the bits of the lists that have a word occurring in the name, or -1 if the name has a non-ASCII char
     */
    int scanAscii(String name) {
        int found = 0;
        int n = name.length();
        if (n == 0) {
            return 0;
        }
        char a = name.charAt(0);
        if (a >= ASCII) {
            return -1;
        }
        a = lower(a);
        for (int i = 0; i + 1 < n; i++) {
            char b = name.charAt(i + 1);
            if (b >= ASCII) {
                return -1;
            }
            b = lower(b);
            int k = a * ASCII + b;
            a = b;
            if ((starts[k >>> 6] & (1L << k)) == 0) {
                continue;
            }
            String[] ws = words[k];
            int[] ms = masks[k];
            for (int j = 0; j < ws.length; j++) {
                if ((found & ms[j]) == 0 && startsWithLower(name, i, ws[j])) {
                    found |= ms[j];
                }
            }
        }
        return found;
    }

    /** Whether the ASCII name has the lower-case word at {@code at}, ignoring the name's case. */
    private static boolean startsWithLower(String name, int at, String word) {
        int n = word.length();
        if (at + n > name.length()) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (lower(name.charAt(at + k)) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** @return the bits of the lists that have a word occurring in the lower-cased name */
    int scan(String name) {
        int found = 0;
        for (int i = 0; i + 1 < name.length(); i++) {
            int k = key(name, i);
            if (k < 0 || (starts[k >>> 6] & (1L << k)) == 0) {
                continue;
            }
            String[] ws = words[k];
            int[] ms = masks[k];
            for (int j = 0; j < ws.length; j++) {
                if ((found & ms[j]) == 0 && name.startsWith(ws[j], i)) {
                    found |= ms[j];
                }
            }
        }
        return found;
    }
}
