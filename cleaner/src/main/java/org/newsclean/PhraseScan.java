package org.newsclean;

import java.util.Arrays;
import java.util.List;

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
        List<Line> lines = doc.lines();
        int[][] byLine = new int[lines.size()][];
        if (index == null || index.size() == 0) {
            return new PhraseScan(index, byLine);
        }
        char[] text = doc.chars();
        Words words = doc.words();
        Collector c = new Collector(text);
        for (Line line : lines) {
            int k = line.index();
            c.line(line.start(), line.end());
            index.scan(text, line.start(), line.end(), words, k, c);
            byLine[k] = c.count > 0 ? select(c.buf, c.count) : null;
        }
        return new PhraseScan(index, byLine);
    }

    /** Gathers one line's raw matches at word boundaries as [start, end, entry] triples; reused line after line. */
    private static final class Collector implements PhraseIndex.Sink {
        private final char[] text;
        private int lineStart;
        private int lineEnd;
        int[] buf = new int[48];
        int count;

        Collector(char[] text) {
            this.text = text;
        }

        void line(int start, int end) {
            lineStart = start;
            lineEnd = end;
            count = 0;
        }

        @Override
        public void match(int s, int e, int id) {
            if (!atBoundary(text, s, e, lineStart, lineEnd) || count >= MAX_MATCHES_PER_LINE * 3) {
                return;
            }
            if (count + 3 > buf.length) {
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
            buf[count] = s;
            buf[count + 1] = e;
            buf[count + 2] = id;
            count += 3;
        }
    }

    /**
     * Adds to the given lines the matches that only their unflagged text holds: a phrase that a
     * flagged span split ("à lire [fb-pixel] aussi") or that the flags left at new word
     * boundaries. Each line's text without its flags ({@link TextDocument#view}) is scanned again,
     * and a match found there is added with the document span from its first char to its last
     * (flagged text in between included); where matches overlap, the leftmost-longest stay. So
     * heuristics see the phrases cleaning's output will hold, and cleaning that output again finds
     * nothing more. Costs a scan of those lines' texts.
     *
     * @param doc the document this scan belongs to
     * @param touched indexes of lines with flags inside them, ascending
     */
    void addUnflaggedMatches(TextDocument doc, int[] touched) {
        if (index == null || index.size() == 0 || touched.length == 0) {
            return;
        }
        List<Line> lines = doc.lines();
        TextDocument.LineView[] views = new TextDocument.LineView[touched.length];
        int[] docLine = new int[touched.length];
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (int li : touched) {
            Line line = lines.get(li);
            if (doc.isRemoved(line)) {
                continue;
            }
            TextDocument.LineView v = doc.view(line);
            if (v.map() == null || !joinsAcrossFlags(v) || !Texts.hasWordChar(v.text(), 0, v.text().length())) {
                continue; // flags at its edges only: the phrases are the ones matched on the line before
            }
            if (sb.length() > 0) {
                sb.append('\n');
            }
            // a view is trimmed and holds no newline: one line of the scanned text each
            sb.append(v.text());
            views[n] = v;
            docLine[n] = li;
            n++;
        }
        if (n == 0) {
            return;
        }
        TextDocument unflagged = new TextDocument(sb.toString(), index, doc.isFromHtml());
        PhraseScan again = scan(unflagged, index);
        boolean added = false;
        for (int k = 0; k < n; k++) {
            int[] m = again.byLine[k];
            if (m == null) {
                continue;
            }
            int base = unflagged.lines().get(k).start();
            TextDocument.LineView v = views[k];
            int[] old = byLine[docLine[k]];
            int oldCount = old == null ? 0 : old.length;
            int[] union = old == null ? new int[m.length] : Arrays.copyOf(old, oldCount + m.length);
            int u = oldCount;
            int p = 0; // the first old match that may equal a new one: both lists run by start
            for (int j = 0; j < m.length; j += 3) {
                int s = v.offset(m[j] - base);
                int e = v.offset(m[j + 1] - 1 - base) + 1;
                while (p < oldCount && old[p] < s) {
                    p += 3;
                }
                if (p < oldCount && old[p] == s && old[p + 1] == e && old[p + 2] == m[j + 2]) {
                    continue; // there before
                }
                union[u] = s;
                union[u + 1] = e;
                union[u + 2] = m[j + 2];
                u += 3;
            }
            if (u > oldCount) {
                byLine[docLine[k]] = select(union, u);
                doc.lookAgain(docLine[k]);
                added = true;
            }
        }
        if (added) {
            linesByOwner = null;
        }
    }

    /** @return true when flagged text was left out between two chars of the view (which is trimmed) */
    private static boolean joinsAcrossFlags(TextDocument.LineView v) {
        int[] map = v.map();
        for (int i = 1; i < map.length; i++) {
            if (map[i] != map[i - 1] + 1) {
                return true;
            }
        }
        return false;
    }

    /** Leftmost-longest, non-overlapping selection of the raw matches. */
    private static int[] select(int[] raw, int n) {
        if (n == 3) {
            return Arrays.copyOf(raw, 3);
        }
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

    /**
     * Per owner number ({@link PhraseIndex#owner}), the lines with a match of its phrases; made on
     * first use, and again after matches were added.
     */
    private int[][] linesByOwner;

    /**
     * @param owner a phrase heuristic's name
     * @return the indexes of the lines holding a match of that heuristic's phrases, ascending
     */
    int[] linesOf(String owner) {
        int o = index == null ? -1 : index.owner(owner);
        if (o < 0) {
            return NO_LINES;
        }
        int[][] m = linesByOwner;
        if (m == null) {
            // per owner: its lines so far, the count in slot 0
            int[][] growing = new int[index.owners()][];
            for (int li = 0; li < byLine.length; li++) {
                int[] matches = byLine[li];
                for (int k = 2; matches != null && k < matches.length; k += 3) {
                    int mo = index.ownerOf(matches[k]);
                    int[] list = growing[mo];
                    if (list == null) {
                        list = new int[9];
                        growing[mo] = list;
                    }
                    int n = list[0];
                    if (n > 0 && list[n] == li) {
                        continue;
                    }
                    if (n + 1 == list.length) {
                        list = Arrays.copyOf(list, list.length * 2);
                        growing[mo] = list;
                    }
                    list[n + 1] = li;
                    list[0] = n + 1;
                }
            }
            m = new int[growing.length][];
            for (int k = 0; k < growing.length; k++) {
                int[] list = growing[k];
                m[k] = list == null ? NO_LINES : Arrays.copyOfRange(list, 1, list[0] + 1);
            }
            linesByOwner = m;
        }
        return m[o];
    }

    private static final int[] NO_LINES = new int[0];

    /** @return {@link PhraseIndex#ownerOf} the entry */
    int ownerOf(int id) {
        return index.ownerOf(id);
    }

    /** @return {@link PhraseIndex#owner} */
    int owner(String name) {
        return index == null ? -1 : index.owner(name);
    }

    /** @return the line's matches as [start, end, entry] triples sorted by start, or null */
    int[] matches(int lineIndex) {
        return byLine[lineIndex];
    }

    PhraseBook.Entry entry(int id) {
        return index.entry(id);
    }
}
