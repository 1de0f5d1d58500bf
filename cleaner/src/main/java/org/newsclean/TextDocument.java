package org.newsclean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The document a {@link Heuristic} looks at: the text, split into non-blank {@link Line}s with
 * their offsets, and what the heuristics that ran before have flagged. One instance is made per
 * cleaning call; it is not thread-safe and must not be kept after {@link Heuristic#apply} returns.
 */
public final class TextDocument {

    /**
     * One flag as a heuristic set it; may overlap others. {@code line} is the index of the line it
     * covers whole, when it was set as one ({@link Flags#line}), else -1. {@code fromContext}: the
     * line was flagged for what stands around it, not for what it says (a headline listed under
     * "Most read"), so that page-blocks, which judges lines by what they say, still sees it.
     */
    record Flag(int start, int end, int line, String heuristic, Category category, String reason, boolean fromContext) {
        Flag(int start, int end, int line, String heuristic, Category category, String reason) {
            this(start, end, line, heuristic, category, reason, false);
        }
    }

    private final String text;
    private final List<Line> lines;
    private final int[] lineStarts;
    private final List<Flag> flags = new ArrayList<>();
    /** Per line, flagged intervals as [start0, end0, start1, end1, ...]; null while none. */
    private final int[][] lineFlags;
    private final int[] lineFlagCount;
    /** Per line, the largest end of its flagged intervals: a span starting there or later is not covered. */
    private final int[] lineFlagMaxEnd;
    /**
     * For lines with many flags, the union of their flagged intervals (start to end, disjoint, not
     * touching), so that a covered check takes log time, not time linear in the line's flags.
     */
    private final Map<Integer, TreeMap<Integer, Integer>> lineUnions = new HashMap<>();
    private static final int UNION_FROM = 32;
    /**
     * Per line, 0, or {@link #CONTEXT_ONLY} when a flag took it whole from context
     * ({@link Flag#fromContext}), {@link #CONTEXT_AND_CONTENT} once a flag for what it says followed;
     * null while no line was taken from context.
     */
    private byte[] context;
    private static final byte CONTEXT_ONLY = 1;
    private static final byte CONTEXT_AND_CONTENT = 2;
    /** How many lines of {@link #context} are {@link #CONTEXT_AND_CONTENT}. */
    private int contextAndContent;
    /** Per touched line, what was worked out from its flags (null until the line's first look). */
    private Worked[] worked;

    /**
     * Answers worked out from a touched line's flags, kept with the flag count they were worked out
     * at (0: never; a touched line has a count of 2 or more), so that each is worked out again only
     * once the line has another flag: many heuristics ask, round after round.
     */
    private static final class Worked {
        int removedAt;
        boolean removed;
        int unflaggedAt;
        String unflagged;
        int viewAt;
        LineView view;
        int sortedAt;
        int[] sorted;
    }

    private Worked worked(int li) {
        if (worked == null) {
            worked = new Worked[lines.size()];
        }
        Worked w = worked[li];
        if (w == null) {
            w = new Worked();
            worked[li] = w;
        }
        return w;
    }

    private final PhraseIndex phraseIndex;
    private final boolean fromHtml;
    private PhraseScan scan;
    private Map<Heuristic, Object> memos;
    /** The owners that look at lines and their looks, side by side (a few per pipeline). */
    private Object[] lookOwners = new Object[0];
    private LineLooks[] lookers = new LineLooks[0];
    private char[] chars;
    private Words words;

    TextDocument(String text, PhraseIndex phraseIndex, boolean fromHtml) {
        this.fromHtml = fromHtml;
        this.text = text;
        this.phraseIndex = phraseIndex;
        List<Line> ls = new ArrayList<>();
        int n = text.length();
        int pos = 0;
        int blanks = 0;
        while (pos <= n) {
            int nl = text.indexOf('\n', pos);
            int lineEnd = nl < 0 ? n : nl;
            int s = pos;
            int e = lineEnd;
            while (s < e && Texts.isSpace(text.charAt(s))) {
                s++;
            }
            while (e > s && Texts.isSpace(text.charAt(e - 1))) {
                e--;
            }
            if (s == e) {
                blanks++;
            } else {
                ls.add(new Line(this, ls.size(), s, e, ls.isEmpty() ? 0 : blanks));
                blanks = 0;
            }
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
        }
        this.lines = Collections.unmodifiableList(ls);
        this.lineStarts = new int[ls.size()];
        for (int i = 0; i < lineStarts.length; i++) {
            lineStarts[i] = ls.get(i).start();
        }
        this.lineFlags = new int[ls.size()][];
        this.lineFlagCount = new int[ls.size()];
        this.lineFlagMaxEnd = new int[ls.size()];
    }

    /**
     * @return true when the text was extracted from HTML by {@link NewsCleaner#cleanHtml}: one
     *     block per paragraph, with the page's structure already used (a heuristic may then leave
     *     alone what only scraped text needs, such as short repeated lines)
     */
    public boolean isFromHtml() {
        return fromHtml;
    }

    /** @return the whole text */
    public String text() {
        return text;
    }

    /** @return the text's length in chars */
    public int length() {
        return text.length();
    }

    /** @return the non-blank lines, in order; unmodifiable */
    public List<Line> lines() {
        return lines;
    }

    /**
     * @param line a line of this document
     * @return true when every letter and digit of the line has been flagged by earlier heuristics
     */
    public boolean isRemoved(Line line) {
        int li = line.index();
        int[] iv = lineFlags[li];
        if (iv == null) {
            return false;
        }
        int count = lineFlagCount[li];
        Worked w = worked(li);
        if (w.removedAt != count) {
            w.removed = Texts.lettersCovered(text, line.start(), line.end(), lineFlags(li));
            w.removedAt = count;
        }
        return w.removed;
    }

    /**
     * @param line a line of this document
     * @return true when some part of the line has been flagged by earlier heuristics
     */
    public boolean isTouched(Line line) {
        return lineFlags[line.index()] != null;
    }

    /**
     * @param start first char, inclusive
     * @param end last char, exclusive
     * @return true when some flag overlaps the span
     */
    public boolean isFlagged(int start, int end) {
        int first = lineIndexAt(start);
        for (int li = Math.max(first, 0); li < lines.size() && lines.get(li).start() < end; li++) {
            int[] iv = lineFlags[li];
            if (iv == null) {
                continue;
            }
            for (int k = 0; k < lineFlagCount[li]; k += 2) {
                if (iv[k] < end && iv[k + 1] > start) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * @param line a line of this document
     * @return the line's text with flagged spans left out (pieces joined by a space where both
     *     sides are text), trimmed
     */
    public String unflaggedText(Line line) {
        int li = line.index();
        int[] iv = lineFlags[li];
        if (iv == null) {
            return line.text();
        }
        int count = lineFlagCount[li];
        Worked w = worked(li);
        if (w.unflaggedAt != count) {
            w.unflagged = Texts.uncoveredText(text, line.start(), line.end(), lineFlags(li));
            w.unflaggedAt = count;
        }
        return w.unflagged;
    }

    /**
     * A line's unflagged text with, for each of its chars, the document offset it came from, so
     * that a heuristic can look at what is left of a line and still flag document spans.
     */
    record LineView(String text, int base, int[] map, int end) {
        /** @return the document offset of view position i (i may equal the view's length) */
        int offset(int i) {
            if (map == null) {
                return base + i;
            }
            return i < map.length ? map[i] : end;
        }
    }

    LineView view(Line line) {
        int li = line.index();
        int[] iv = lineFlags[li];
        if (iv == null) {
            return new LineView(line.text(), line.start(), null, line.end());
        }
        int count = lineFlagCount[li];
        Worked w = worked(li);
        if (w.viewAt != count) {
            w.view = makeView(line);
            w.viewAt = count;
        }
        return w.view;
    }

    private LineView makeView(Line line) {
        int[] sorted = lineFlags(line.index());
        StringBuilder sb = new StringBuilder(line.length());
        int[] map = new int[line.length() + 8];
        int n = 0;
        int pos = line.start();
        int k = 0;
        while (pos < line.end()) {
            while (k < sorted.length && sorted[k + 1] <= pos) {
                k += 2;
            }
            int pieceEnd = k < sorted.length ? Math.min(sorted[k], line.end()) : line.end();
            if (k < sorted.length && sorted[k] <= pos) {
                pos = sorted[k + 1];
                continue;
            }
            int a = pos;
            if (n == 0 || Texts.isSpace(sb.charAt(n - 1))) {
                while (a < pieceEnd && Texts.isSpace(text.charAt(a))) {
                    a++;
                }
            } else if (a < pieceEnd && Texts.isWordChar(sb.charAt(n - 1)) && Texts.isWordChar(text.charAt(a))) {
                sb.append(' ');
                map[n++] = a;
            }
            if (n + pieceEnd - a > map.length) {
                map = Arrays.copyOf(map, Math.max(map.length * 2, n + pieceEnd - a));
            }
            if (a < pieceEnd) {
                sb.append(chars(), a, pieceEnd - a);
            }
            for (int i = a; i < pieceEnd; i++) {
                map[n++] = i;
            }
            pos = pieceEnd;
        }
        while (n > 0 && Texts.isSpace(sb.charAt(n - 1))) {
            n--;
        }
        sb.setLength(n);
        return new LineView(sb.toString(), line.start(), Arrays.copyOf(map, n), line.end());
    }

    /**
     * @param line a line of this document
     * @return the number of words of the line that no earlier heuristic flagged
     */
    public int unflaggedWordCount(Line line) {
        if (lineFlags[line.index()] == null) {
            return line.wordCount();
        }
        String rest = unflaggedText(line);
        return Texts.countWords(rest, 0, rest.length());
    }

    /** @return whether the line is one of this document's */
    boolean isLineOf(Line line) {
        int i = line.index();
        return i >= 0 && i < lines.size() && lines.get(i) == line;
    }

    /** @return the index of the line that contains or follows offset, -1 if none precedes it */
    int lineIndexAt(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i : -i - 2;
    }

    /** @return whether some line has flags both from context ({@link Flag#fromContext}) and for what it says */
    boolean hasLinesFromContextAndContent() {
        return contextAndContent > 0;
    }

    /** @return whether the line's flags took it only from context ({@link Flag#fromContext}), none for what it says */
    boolean takenOnlyFromContext(Line line) {
        return context != null && context[line.index()] == CONTEXT_ONLY;
    }

    /** Adds a flag unless flags already cover its span; returns whether it was added. */
    boolean addFlag(Flag f) {
        // a whole line's flag needs no search for its line
        int at = f.line() >= 0 ? f.line() : lineIndexAt(f.start());
        // a line taken from context still takes the first flag for what it says (page-blocks' view counts only those)
        boolean overContext = !f.fromContext() && context != null && at >= 0 && context[at] == CONTEXT_ONLY;
        if (!overContext && alreadyCovered(at, f.start(), f.end())) {
            return false;
        }
        if (overContext) {
            context[at] = CONTEXT_AND_CONTENT;
            contextAndContent++;
        } else if (f.fromContext() && f.line() >= 0) {
            if (context == null) {
                context = new byte[lines.size()];
            }
            context[f.line()] = CONTEXT_ONLY;
        }
        flags.add(f);
        int li = Math.max(at, 0);
        for (; li < lines.size() && lines.get(li).start() < f.end(); li++) {
            Line l = lines.get(li);
            if (l.end() <= f.start()) {
                continue;
            }
            int[] iv = lineFlags[li];
            int c = lineFlagCount[li];
            if (iv == null) {
                iv = new int[4];
            } else if (c == iv.length) {
                iv = Arrays.copyOf(iv, c * 2);
            }
            iv[c] = Math.max(f.start(), l.start());
            iv[c + 1] = Math.min(f.end(), l.end());
            if (iv[c] > l.start() || iv[c + 1] < l.end()) {
                if (partlyCount == partly.length) {
                    partly = Arrays.copyOf(partly, partlyCount * 2);
                }
                partly[partlyCount++] = li;
            }
            lineFlags[li] = iv;
            lineFlagCount[li] = c + 2;
            lineFlagMaxEnd[li] = Math.max(lineFlagMaxEnd[li], iv[c + 1]);
            if (c + 2 >= UNION_FROM) {
                TreeMap<Integer, Integer> u = lineUnions.get(li);
                if (u == null) {
                    u = new TreeMap<>();
                    lineUnions.put(li, u);
                    for (int k = 0; k < c; k += 2) {
                        unite(u, iv[k], iv[k + 1]);
                    }
                }
                unite(u, iv[c], iv[c + 1]);
            }
        }
        return true;
    }

    /** Lines a flag left standing in part since {@link #takePartlyFlagged} last ran (repeats allowed), and their count. */
    private int[] partly = new int[8];
    private int partlyCount;

    /**
     * @return the indexes of the lines a flag left standing in part since the last call (or since
     *     the document was made), ascending and without repeats; what a pipeline round asks
     */
    int[] takePartlyFlagged() {
        int n = partlyCount;
        int[] out = Arrays.copyOf(partly, n);
        partlyCount = 0;
        if (n > 1) {
            Arrays.sort(out);
            int m = 1;
            for (int k = 1; k < n; k++) {
                if (out[k] != out[m - 1]) {
                    out[m++] = out[k];
                }
            }
            out = Arrays.copyOf(out, m);
        }
        return out;
    }

    private static void unite(TreeMap<Integer, Integer> u, int a, int b) {
        Map.Entry<Integer, Integer> lo = u.floorEntry(a);
        if (lo != null && lo.getValue() >= a) {
            a = lo.getKey();
            b = Math.max(b, lo.getValue());
            u.remove(a);
        }
        Map.Entry<Integer, Integer> next;
        while ((next = u.ceilingEntry(a)) != null && next.getKey() <= b) {
            b = Math.max(b, next.getValue());
            u.remove(next.getKey());
        }
        u.put(a, b);
    }

    /** @param li {@link #lineIndexAt} of start */
    private boolean alreadyCovered(int li, int start, int end) {
        if (li < 0 || lines.get(li).end() < end) {
            return false;
        }
        int[] iv = lineFlags[li];
        if (iv == null || start >= lineFlagMaxEnd[li]) {
            // flags mostly come left to right: past every interval, nothing covers the span (O(1), not O(flags))
            return false;
        }
        // a line's union exists once it has UNION_FROM flag ends or more
        TreeMap<Integer, Integer> u = lineFlagCount[li] >= UNION_FROM ? lineUnions.get(li) : null;
        if (u != null) {
            Map.Entry<Integer, Integer> e = u.floorEntry(start);
            return e != null && e.getValue() >= end;
        }
        int count = lineFlagCount[li];
        if (count > 64) {
            return false; // a bounded check: past this, a repeated flag is kept (and resolved at the end)
        }
        int pos = start;
        // intervals are few per line: sweep until no interval extends the covered prefix
        boolean grew = true;
        while (pos < end && grew) {
            grew = false;
            for (int k = 0; k < count; k += 2) {
                if (iv[k] <= pos && iv[k + 1] > pos) {
                    pos = iv[k + 1];
                    grew = true;
                }
            }
        }
        return pos >= end;
    }

    List<Flag> flags() {
        return flags;
    }

    /** @return flagged intervals of a line, sorted by start, or null; callers must not modify it */
    int[] lineFlags(int lineIndex) {
        int[] iv = lineFlags[lineIndex];
        if (iv == null) {
            return null;
        }
        int count = lineFlagCount[lineIndex];
        Worked w = worked(lineIndex);
        if (w.sortedAt != count) {
            w.sorted = sortedCopy(iv, count);
            w.sortedAt = count;
        }
        return w.sorted;
    }

    int lineFlagCount(int lineIndex) {
        return lineFlagCount[lineIndex];
    }

    int[] rawLineFlags(int lineIndex) {
        return lineFlags[lineIndex];
    }

    /** @return the phrase index this document is scanned with (may be null) */
    PhraseIndex phraseIndex() {
        return phraseIndex;
    }

    /** @return the text as a char array, made once; callers must not modify it */
    char[] chars() {
        char[] c = chars;
        if (c == null) {
            c = text.toCharArray();
            chars = c;
        }
        return c;
    }

    /** @return the document's words, found once */
    Words words() {
        Words w = words;
        if (w == null) {
            w = new Words(chars(), lineStarts, lineEnds(), phraseIndex);
            words = w;
        }
        return w;
    }

    private int[] lineEnds() {
        int[] ends = new int[lines.size()];
        for (int i = 0; i < ends.length; i++) {
            ends[i] = lines.get(i).end();
        }
        return ends;
    }

    /**
     * A heuristic's note to itself for the next round on this document (the text stays the same
     * between rounds; only the flags grow), or null.
     */
    Object memo(Heuristic h) {
        return memos == null ? null : memos.get(h);
    }

    void memo(Heuristic h, Object value) {
        if (memos == null) {
            memos = new HashMap<>(4);
        }
        memos.put(h, value);
    }

    /**
     * For a heuristic that decides about each line from that line alone (its text, its phrase
     * matches and its flags): which lines it must look at again in a later round. A line whose flags
     * and matches did not change since the last look gets the same decision, whose flags are
     * already there.
     */
    static final class LineLooks {
        private final TextDocument doc;
        /** Per line, its flag count at the last look, or -1. */
        private final int[] looked;

        private LineLooks(TextDocument doc) {
            this.doc = doc;
            this.looked = new int[doc.lines.size()];
            Arrays.fill(looked, -1);
        }

        /**
         * @return true on the first look at the line, and later only when the line has had another
         *     flag since the last; records this look
         */
        boolean again(int line) {
            int count = doc.lineFlagCount[line];
            if (looked[line] == count) {
                return false;
            }
            looked[line] = count;
            return true;
        }
    }

    /** Lets every owner of looks look at the line again in the next round: what it is matched by has changed. */
    void lookAgain(int line) {
        for (LineLooks l : lookers) {
            l.looked[line] = -1;
        }
    }

    /**
     * @param owner the heuristic (or a part of one) that looks
     * @return its looks at this document's lines, kept across rounds
     */
    LineLooks looks(Object owner) {
        for (int i = 0; i < lookOwners.length; i++) {
            if (lookOwners[i] == owner) {
                return lookers[i];
            }
        }
        LineLooks l = new LineLooks(this);
        int n = lookOwners.length;
        lookOwners = Arrays.copyOf(lookOwners, n + 1);
        lookers = Arrays.copyOf(lookers, n + 1);
        lookOwners[n] = owner;
        lookers[n] = l;
        return l;
    }

    /** @return the phrase matches of this document, computed once on first use */
    PhraseScan phrases() {
        PhraseScan s = scan;
        if (s == null) {
            s = PhraseScan.scan(this, phraseIndex);
            scan = s;
        }
        return s;
    }

    /**
     * After a round that flagged text inside these lines, the phrase matches their unflagged text
     * holds join this document's ({@link PhraseScan#addUnflaggedMatches}); nothing while no one
     * has asked for the matches.
     *
     * @param partly indexes of lines with flags inside them, ascending
     */
    void phrasesAcrossFlags(int[] partly) {
        if (scan != null) {
            scan.addUnflaggedMatches(this, partly);
        }
    }

    /** @return the first {@code count} ints of iv, [start, end] pairs, sorted by start */
    static int[] sortedCopy(int[] iv, int count) {
        int k0 = 2;
        while (k0 < count && (iv[k0 - 2] < iv[k0] || iv[k0 - 2] == iv[k0] && iv[k0 - 1] <= iv[k0 + 1])) {
            k0 += 2;
        }
        if (k0 >= count) {
            return Arrays.copyOf(iv, count); // flags mostly come left to right: already in order
        }
        int pairs = count / 2;
        long[] packed = new long[pairs];
        for (int k = 0; k < pairs; k++) {
            packed[k] = ((long) iv[2 * k] << 32) | (iv[2 * k + 1] & 0xffffffffL);
        }
        Arrays.sort(packed);
        int[] out = new int[count];
        for (int k = 0; k < pairs; k++) {
            out[2 * k] = (int) (packed[k] >>> 32);
            out[2 * k + 1] = (int) packed[k];
        }
        return out;
    }
}
