package org.newsclean;

/** Sentence-boundary tests on raw text, for phrases that stand as sentences of their own. */
final class Sentences {
    private static final String BEFORE = ".!?:;\"\u201d\u2019)]|\u2022\u00b7\u00bb\u203a\u2013\u2014-*";
    private static final String AFTER_OPENERS = "\"\u201c\u2018'(\u00ab[";
    private static final String AFTER_CLOSERS = ".!:|\u2022\u00b7";

    private Sentences() {
    }

    /**
     * @return true when text[s, e) is a label standing between sentences: capitalised, preceded by
     *     the line start or sentence-ending punctuation, and followed by the line end, punctuation,
     *     or a word that starts a new sentence (capital letter, digit or opening quote)
     * @param startsLine whether only boilerplate precedes the label on its line
     * @param flagged the line's flagged intervals, disjoint and sorted, or null: they count as absent
     */
    static boolean standsAlone(String text, int s, int e, Line line, boolean startsLine, int[] flagged) {
        if (!Texts.isUpper(text.charAt(s))) {
            return false;
        }
        int p = skipBack(text, s - 1, line.start(), flagged);
        if (!startsLine && p >= line.start() && BEFORE.indexOf(text.charAt(p)) < 0) {
            return false;
        }
        int n = skipForward(text, e, line.end(), flagged);
        if (n >= line.end()) {
            return true;
        }
        char c = text.charAt(n);
        return Texts.isUpper(c) || Character.isDigit(c) || AFTER_OPENERS.indexOf(c) >= 0
                || AFTER_CLOSERS.indexOf(c) >= 0 || Character.isIdeographic(c);
    }

    /** @return the last position at or before p that is neither space nor flagged, or below start */
    static int skipBack(String text, int p, int start, int[] flagged) {
        while (p >= start) {
            if (Texts.isSpace(text.charAt(p))) {
                p--;
                continue;
            }
            int in = interval(flagged, p);
            if (in < 0) {
                return p;
            }
            p = flagged[in] - 1;
        }
        return p;
    }

    private static int skipForward(String text, int n, int end, int[] flagged) {
        while (n < end) {
            if (Texts.isSpace(text.charAt(n))) {
                n++;
                continue;
            }
            int in = interval(flagged, n);
            if (in < 0) {
                return n;
            }
            n = flagged[in + 1];
        }
        return n;
    }

    /** @return the index of the flagged interval holding position p, or -1 (intervals disjoint and sorted, or null) */
    static int interval(int[] flagged, int p) {
        if (flagged == null) {
            return -1;
        }
        int lo = 0;
        int hi = flagged.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (flagged[2 * mid + 1] <= p) {
                lo = mid + 1;
            } else if (flagged[2 * mid] > p) {
                hi = mid - 1;
            } else {
                return 2 * mid;
            }
        }
        return -1;
    }
}
