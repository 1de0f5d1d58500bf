package org.newsclean;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The phrase matches of one document: every phrase of the cleaner's {@link PhraseIndex} that
 * occurs at word boundaries, leftmost-longest and without overlaps, grouped by line.
 */
final class PhraseScan {
    /** Bounded so that match numbers fit the sort key in {@link #select}. */
    static final int MAX_MATCHES_PER_LINE = 1 << 23;

    private final PhraseIndex index;
    /** Per line: [start, end, entry] triples, sorted by start; null when none. */
    private final int[][] byLine;

    private PhraseScan(PhraseIndex index, int[][] byLine) {
        this.index = index;
        this.byLine = byLine;
    }

    static PhraseScan scan(TextDocument doc, PhraseIndex index) {
        return reuse(doc, index, null, null, null);
    }

    /**
     * Scans a document whose lines may repeat lines of one scanned before (a view of it): where
     * {@code from[k] >= 0}, line {@code k} has the same text as line {@code from[k]} of
     * {@code earlier}, {@code shift[k]} chars further on, and its matches are copied, not searched.
     *
     * @param earlier the earlier scan, or null (then {@code from} and {@code shift} are ignored)
     */
    static PhraseScan reuse(TextDocument doc, PhraseIndex index, PhraseScan earlier, int[] from, int[] shift) {
        List<Line> lines = doc.lines();
        int[][] byLine = new int[lines.size()][];
        if (index == null || index.size() == 0) {
            return new PhraseScan(index, byLine);
        }
        char[] text = doc.chars();
        Words words = doc.words();
        int[][] buf = {new int[48]};
        for (Line line : lines) {
            int k = line.index();
            if (earlier != null && from[k] >= 0) {
                int[] m = earlier.byLine[from[k]];
                if (m != null) {
                    int[] moved = m.clone();
                    for (int j = 0; j < moved.length; j += 3) {
                        moved[j] += shift[k];
                        moved[j + 1] += shift[k];
                    }
                    byLine[k] = moved;
                }
                continue;
            }
            byLine[k] = scanLine(text, line.start(), line.end(), words, k, index, buf);
        }
        return new PhraseScan(index, byLine);
    }

    /** @return the matches in one line, chosen by {@link #select}, or null; {@code buf[0]} is a reusable buffer */
    private static int[] scanLine(char[] text, int ls, int le, Words words, int line, PhraseIndex index, int[][] buf) {
        int[] count = {0};
        index.scan(text, ls, le, words, line, (s, e, id) -> {
            if (!atBoundary(text, s, e, ls, le)) {
                return;
            }
            if (count[0] >= MAX_MATCHES_PER_LINE * 3) {
                return;
            }
            int[] b = buf[0];
            if (count[0] + 3 > b.length) {
                b = Arrays.copyOf(b, b.length * 2);
                buf[0] = b;
            }
            b[count[0]] = s;
            b[count[0] + 1] = e;
            b[count[0] + 2] = id;
            count[0] += 3;
        });
        return count[0] > 0 ? select(buf[0], count[0]) : null;
    }

    /** Leftmost-longest, non-overlapping selection of the raw matches. */
    private static int[] select(int[] raw, int n) {
        int m = n / 3;
        long[] keyed = new long[m];
        for (int k = 0; k < m; k++) {
            int s = raw[3 * k];
            int len = Math.min(raw[3 * k + 1] - s, 255);
            // start ascending, then length descending, then match number (fits: lines hold < 2^24 matches here)
            keyed[k] = ((long) s << 32) | ((long) (255 - len) << 24) | (k & 0xffffffL);
        }
        Arrays.sort(keyed);
        int[] out = new int[n];
        int o = 0;
        int lastEnd = Integer.MIN_VALUE;
        for (long key : keyed) {
            int r = (int) (key & 0xffffffL) * 3;
            if (raw[r] >= lastEnd) {
                out[o] = raw[r];
                out[o + 1] = raw[r + 1];
                out[o + 2] = raw[r + 2];
                o += 3;
                lastEnd = raw[r + 1];
            }
        }
        return Arrays.copyOf(out, o);
    }

    /**
     * A match counts only as whole words: the chars around it are not letters or digits, unless
     * the text was glued at a case change ("contentUS", "Monday.Karim").
     */
    static boolean atBoundary(char[] t, int s, int e, int lineStart, int lineEnd) {
        if (s > lineStart) {
            char before = t[s - 1];
            char first = t[s];
            if (Texts.isWordChar(before) && Texts.isWordChar(first)
                    && !(Texts.isUpper(first) && !Texts.isUpper(before))) {
                return false;
            }
        }
        if (e < lineEnd) {
            char last = t[e - 1];
            char after = t[e];
            if (Texts.isWordChar(last) && Texts.isWordChar(after)
                    && !(Texts.isUpper(after) && !Texts.isUpper(last))) {
                return false;
            }
        }
        return true;
    }

    /** Per owner (a phrase heuristic's name), the lines with a match of its phrases; made on first use. */
    private Map<String, int[]> linesByOwner;

    /**
     * @param owner a phrase heuristic's name
     * @return the indexes of the lines holding a match of that heuristic's phrases, ascending
     */
    int[] linesOf(String owner) {
        Map<String, int[]> m = linesByOwner;
        if (m == null) {
            // per owner: its lines so far, the count in slot 0
            Map<String, int[]> growing = new HashMap<>();
            for (int li = 0; li < byLine.length; li++) {
                int[] matches = byLine[li];
                for (int k = 2; matches != null && k < matches.length; k += 3) {
                    String o = index.entry(matches[k]).owner();
                    int[] list = growing.computeIfAbsent(o, x -> new int[9]);
                    int n = list[0];
                    if (n > 0 && list[n] == li) {
                        continue;
                    }
                    if (n + 1 == list.length) {
                        list = Arrays.copyOf(list, list.length * 2);
                        growing.put(o, list);
                    }
                    list[n + 1] = li;
                    list[0] = n + 1;
                }
            }
            m = new HashMap<>();
            for (Map.Entry<String, int[]> e : growing.entrySet()) {
                int[] list = e.getValue();
                m.put(e.getKey(), Arrays.copyOfRange(list, 1, list[0] + 1));
            }
            linesByOwner = m;
        }
        return m.getOrDefault(owner, NO_LINES);
    }

    private static final int[] NO_LINES = new int[0];

    /** @return the line's matches as [start, end, entry] triples sorted by start, or null */
    int[] matches(int lineIndex) {
        return byLine[lineIndex];
    }

    PhraseBook.Entry entry(int id) {
        return index.entry(id);
    }
}
