package org.newsclean;

import java.util.Arrays;
import java.util.List;

/**
 * Finds passages that repeat earlier text of the same document, inside lines or across them: a
 * headline printed twice, a caption repeated after "less", a whole article pasted twice into one
 * long line. Words are hashed once; every fourth 8-word shingle (by hash) is an anchor kept in a
 * table, and a repeated anchor is verified and extended word by word in both directions. Each word
 * is extended over at most once, so the cost is linear in the document. A first pass marks the
 * anchor hashes seen twice in a bit filter; only those go through the table, which so stays small.
 */
final class RepeatedPassages {
    /** Shingle length of the anchors, in words. */
    static final int K = 8;
    private static final long B = 0x100000001B3L;
    /** B to the power K. */
    private static final long BK;

    static {
        long p = 1;
        for (int k = 0; k < K; k++) {
            p *= B;
        }
        BK = p;
    }

    private final int minWords;

    /** @param minWords the shortest repeated run, in words, that is flagged */
    RepeatedPassages(int minWords) {
        this.minWords = Math.max(minWords, K);
    }

    /**
     * Flags the passages that repeat earlier text.
     *
     * @param maxLines a passage counts as a copy only when it starts this many lines or fewer after
     *     the start of its first copy ({@link Integer#MAX_VALUE}: at any distance)
     * @param skip per line, whether its words stay out of passages (a list's label or entry, which
     *     repeat on purpose); or null
     */
    void apply(TextDocument doc, Flags flags, int maxLines, boolean[] skip) {
        String t = doc.text();
        // words outside flagged text: their hashes, and where they are among the document's words
        Words all = doc.words();
        int[] wi = new int[all.size];
        int[] wh = new int[all.size];
        int n = 0;
        List<Line> lines = doc.lines();
        for (Line line : lines) {
            if (doc.isRemoved(line) || skip != null && skip[line.index()]) {
                continue;
            }
            int[] fl = doc.lineFlags(line.index());
            int first = all.firstOfLine[line.index()];
            int last = all.firstOfLine[line.index() + 1];
            if (fl == null) {
                for (int w = first; w < last; w++) {
                    wi[n] = w;
                    wh[n++] = all.hash[w];
                }
                continue;
            }
            int k = 0;
            for (int w = first; w < last; w++) {
                int s = all.start[w];
                while (k < fl.length && fl[k + 1] <= s) {
                    k += 2;
                }
                if (k < fl.length && fl[k] < all.end[w]) {
                    continue; // a flagged word does not count
                }
                wi[n] = w;
                wh[n++] = all.hash[w];
            }
        }
        int[] ws = all.start;
        int[] we = all.end;
        if (n < 2 * minWords) {
            return;
        }
        // Only an anchor whose hash another anchor shares can repeat or be repeated: one whose hash
        // is unique would be looked up in vain and put in the table for no one to find. A filter
        // of the hashes seen twice or more (a unique one may pass it, a repeated one always does)
        // spares the table most anchors, so it stays small enough for the caches on a huge document.
        RepeatFilter repeats = new RepeatFilter(n); // sized for every window: some 16 bits per anchor
        // the anchors, in order: where their window starts, and their hash
        int[] anchorAt = new int[n / 4 + 16];
        long[] anchorHash = new long[n / 4 + 16];
        int anchors = 0;
        // the window at j hashes to r = sum wh[j + k] * B^(K - 1 - k), k < K: that is p(j + K) - p(j) * B^K
        // for the prefix hash p(i + 1) = p(i) * B + wh[i], whose chain is one multiply and one add long
        // (a rolling hash's is two multiplies); every fourth window by hash is an anchor, kept without
        // a branch on the hash, which no processor could predict
        long p = 0;
        for (int k = 0; k < K; k++) {
            p = p * B + wh[k];
        }
        long pj = 0; // p(j)
        for (int j = 0; j + K <= n; j++) {
            if (j > 0) {
                p = p * B + wh[j + K - 1];
                pj = pj * B + wh[j - 1];
            }
            long h = mix(p - pj * BK);
            if (anchors == anchorAt.length) {
                anchorAt = Arrays.copyOf(anchorAt, anchors * 2);
                anchorHash = Arrays.copyOf(anchorHash, anchors * 2);
            }
            anchorAt[anchors] = j;
            anchorHash[anchors] = h;
            anchors += (int) (((h & 3) - 1) >>> 63); // one when the low two bits are 0
        }
        for (int a = 0; a < anchors; a++) {
            repeats.add(anchorHash[a]);
        }
        if (repeats.again() == 0) {
            return;
        }
        // anchor hash -> its first window
        FirstSeen table = new FirstSeen(repeats);
        // the search goes on from this window: past the last repeat it flagged
        int skipUntil = 0;
        for (int a = 0; a < anchors; a++) {
            int i = anchorAt[a];
            long h = anchorHash[a];
            if (i < skipUntil || !repeats.mayRepeat(h)) {
                continue; // inside the repeat just flagged, or no other anchor has this hash
            }
            int found = table.putIfAbsent(h, i);
            if (found < 0 || found + K > i || !same(t, ws, we, wi, found, i, K)
                    || maxLines < Integer.MAX_VALUE && doc.lineIndexAt(ws[wi[i]]) - doc.lineIndexAt(ws[wi[found]]) > maxLines) {
                continue;
            }
            // extend backwards (not into an earlier repeat) and forwards (the copy must not overlap the original)
            int back = 0;
            while (i - back - 1 >= skipUntil && found - back - 1 >= 0 && same(t, ws, we, wi, found - back - 1, i - back - 1, 1)) {
                back++;
            }
            int len = K;
            while (i + len < n && found + len < i - back && same(t, ws, we, wi, found + len, i + len, 1)) {
                len++;
            }
            int from = i - back;
            int to = i + len;
            if (to - from >= minWords && (to - from >= 2 * minWords || !asksQuestion(t, ws[wi[from]], we[wi[to - 1]]))) {
                if (quotedAgain(doc, all, wi, found - back, found + len, from, to)) {
                    skipUntil = to;
                    continue; // both copies stay: see quotedAgain
                }
                int end = we[wi[to - 1]];
                int limit = end + 3;
                while (end < t.length() && end < limit && ".,;:!?\u3002\uff0c\u3001".indexOf(t.charAt(end)) >= 0) {
                    end++;
                }
                flags.span(ws[wi[from]], end, Category.DUPLICATE,
                        "repeats a passage of " + (to - from) + " words seen earlier in the document");
                skipUntil = to;
            }
        }
    }

    /** A paragraph that quotes a line again has at least this many words more than the quote. */
    static final int PARAGRAPH_MORE = 8;

    /**
     * A quote standing as a line of its own, then again inside a longer paragraph: a pull quote
     * printed before the paragraph it comes from, or an article that opens with a quote and gives
     * it again later, in full. The words inside the paragraph are article text (removing them
     * would leave an empty pair of quote marks), and the line may be article text too, so both
     * stay. The line opens with a quote mark and the words it shares with the paragraph are nearly
     * all of its own (four in five or more: an attribution may follow), while the paragraph has
     * {@link #PARAGRAPH_MORE} words more.
     *
     * @param earlyFrom first of the earlier copy's words (indices into wi)
     * @param earlyTo end of the earlier copy's words
     * @param from first of the later copy's words
     * @param to end of the later copy's words
     * @return true when the earlier copy is such a quote line and the later one is inside a paragraph
     */
    private static boolean quotedAgain(TextDocument doc, Words all, int[] wi, int earlyFrom, int earlyTo, int from, int to) {
        int quote = doc.lineIndexAt(all.start[wi[earlyFrom]]);
        int paragraph = doc.lineIndexAt(all.start[wi[from]]);
        if (quote == paragraph || doc.lineIndexAt(all.start[wi[earlyTo - 1]]) != quote
                || doc.lineIndexAt(all.start[wi[to - 1]]) != paragraph) {
            return false;
        }
        int copy = to - from;
        int quoteWords = all.firstOfLine[quote + 1] - all.firstOfLine[quote];
        int paragraphWords = all.firstOfLine[paragraph + 1] - all.firstOfLine[paragraph];
        if (copy * 5 < quoteWords * 4 || paragraphWords < copy + PARAGRAPH_MORE) {
            return false;
        }
        return "\"\u201c\u201e\u00ab\u00bb\u2018\u300c\u300e".indexOf(doc.text().charAt(doc.lines().get(quote).start())) >= 0;
    }

    /** @return the rolling hash of a window, mixed: an anchor when its low two bits are 0 */
    private static long mix(long r) {
        long h = r * 0x9E3779B97F4A7C15L;
        return h ^ h >>> 29;
    }

    /** Interviews repeat their questions to each guest: a short repeated question is article text. */
    private static boolean asksQuestion(String t, int from, int to) {
        for (int i = from; i < to && i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '?' || c == '\uff1f' || c == '\u061f') {
                return true;
            }
        }
        return to < t.length() && (t.charAt(to) == '?' || t.charAt(to) == '\uff1f');
    }

    /** Words a.. and b.. (of the document's words, by wi) are equal, ignoring case, for len words. */
    private static boolean same(String t, int[] ws, int[] we, int[] wi, int a, int b, int len) {
        for (int k = 0; k < len; k++) {
            int wa = wi[a + k];
            int wb = wi[b + k];
            int la = we[wa] - ws[wa];
            if (la != we[wb] - ws[wb] || !t.regionMatches(true, ws[wa], t, ws[wb], la)) {
                return false;
            }
        }
        return true;
    }
}
