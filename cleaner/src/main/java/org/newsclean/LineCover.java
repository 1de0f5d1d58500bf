package org.newsclean;

import java.util.Arrays;

/**
 * Questions about how much of a line is boilerplate: phrase matches (of every phrase heuristic in
 * the pipeline) and earlier flags count as covered; separators and punctuation do not need cover.
 */
final class LineCover {
    private LineCover() {
    }

    /**
     * @return true when every word of the line is a phrase match or already flagged; {@code list}
     *     phrases and bare numbers (share counts) count only when the line holds two matches or more
     */
    static boolean coveredByPhrases(TextDocument doc, Line line, PhraseScan scan, int[] m) {
        int matches = m.length / 3;
        // bare numbers count as covered beside several phrases ("Tweet 12 Share 40") or one on a tiny line ("89 comments"),
        // tiny once its flagged text is left out, as cleaning the output again would see it
        boolean several = matches >= 2 || line.wordCount() <= 3 || doc.unflaggedWordCount(line) <= 3;
        if (matches < 2 && scan.entry(m[2]).mode() == PhraseBook.Mode.LIST) {
            return false;
        }
        int[] covers = covers(doc, line, m);
        String text = doc.text();
        int pos = line.start();
        int end = line.end();
        int k = 0;
        while (pos < end) {
            while (k < covers.length && covers[k + 1] <= pos) {
                k += 2;
            }
            if (k < covers.length && covers[k] <= pos) {
                pos = covers[k + 1];
                continue;
            }
            char c = text.charAt(pos);
            if (!Texts.isWordChar(c)) {
                pos++;
                continue;
            }
            // an uncovered word: allowed only if it is a bare number among several matches
            int w = pos;
            while (w < end && Texts.isWordChar(text.charAt(w)) && (k >= covers.length || w < covers[k])) {
                w++;
            }
            if (!several || !allDigits(text, pos, w)) {
                return false;
            }
            pos = w;
        }
        return true;
    }

    /**
     * Where the article text of a line begins and ends once phrase matches and flags are set
     * aside, computed once per line so that each match's question costs nothing more.
     */
    static final class Edges {
        /** First char of the first uncovered word, or the line's end. */
        final int firstText;
        /** One past the last uncovered word char, or the line's start. */
        final int lastTextEnd;
        /** The line's flags, merged into disjoint sorted intervals, or null. */
        final int[] flagged;

        Edges(TextDocument doc, Line line, int[] m) {
            int[] covers = merge(covers(doc, line, m));
            char[] text = doc.chars();
            // the first uncovered word char from the start, the last from the end: no need to walk the middle
            int first = line.end();
            int pos = line.start();
            int k = 0;
            while (pos < line.end()) {
                while (k < covers.length && covers[k + 1] <= pos) {
                    k += 2;
                }
                if (k < covers.length && covers[k] <= pos) {
                    pos = covers[k + 1];
                    continue;
                }
                if (Texts.isWordChar(text[pos])) {
                    first = pos;
                    break;
                }
                pos++;
            }
            int last = line.start();
            pos = line.end() - 1;
            k = covers.length - 2;
            while (pos >= first) {
                while (k >= 0 && covers[k] > pos) {
                    k -= 2;
                }
                if (k >= 0 && covers[k + 1] > pos) {
                    pos = covers[k] - 1;
                    continue;
                }
                if (Texts.isWordChar(text[pos])) {
                    last = pos + 1;
                    break;
                }
                pos--;
            }
            this.firstText = first;
            this.lastTextEnd = last;
            int[] f = doc.lineFlags(line.index());
            this.flagged = f == null ? null : merge(f);
        }

        /** @return true when only covered text and separators stand between the line's start and s */
        boolean startsLine(int s) {
            return s <= firstText;
        }

        /** @return true when only covered text stands between the line's start and s, or between e and its end */
        boolean atEdge(int s, int e) {
            return s <= firstText || e >= lastTextEnd;
        }

        private static int[] merge(int[] sorted) {
            int[] out = new int[sorted.length];
            int n = 0;
            for (int k = 0; k < sorted.length; k += 2) {
                if (n > 0 && sorted[k] <= out[n - 1]) {
                    out[n - 1] = Math.max(out[n - 1], sorted[k + 1]);
                } else {
                    out[n++] = sorted[k];
                    out[n++] = sorted[k + 1];
                }
            }
            return Arrays.copyOf(out, n);
        }
    }

    /** Matches and flags of the line as sorted [start, end] pairs. */
    private static int[] covers(TextDocument doc, Line line, int[] m) {
        int[] flags = doc.rawLineFlags(line.index());
        int fc = flags == null ? 0 : doc.lineFlagCount(line.index());
        if (fc == 0) {
            // the matches alone: sorted by start already, and apart
            int[] out = new int[m.length / 3 * 2];
            for (int k = 0, o = 0; k < m.length; k += 3, o += 2) {
                out[o] = m[k];
                out[o + 1] = m[k + 1];
            }
            return out;
        }
        int pairs = m.length / 3 + fc / 2;
        long[] packed = new long[pairs];
        int p = 0;
        for (int k = 0; k < m.length; k += 3) {
            packed[p++] = ((long) m[k] << 32) | (m[k + 1] & 0xffffffffL);
        }
        for (int k = 0; k < fc; k += 2) {
            packed[p++] = ((long) flags[k] << 32) | (flags[k + 1] & 0xffffffffL);
        }
        Arrays.sort(packed);
        int[] out = new int[pairs * 2];
        for (int k = 0; k < pairs; k++) {
            out[2 * k] = (int) (packed[k] >>> 32);
            out[2 * k + 1] = (int) packed[k];
        }
        return out;
    }

    private static boolean allDigits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return to - from <= 7;
    }
}
