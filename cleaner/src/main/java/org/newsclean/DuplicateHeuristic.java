package org.newsclean;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Exact and near-duplicate lines within one document: the first copy stays, later copies go.
 * Exact copies are found through a hash of the line's letters and digits (any distance; in text
 * from HTML, {@link #HTML_COPY_LINES} at most); near copies by the overlap of word sets with the
 * previous {@code window} lines of similar length, so the cost stays linear in the document.
 * Passages of {@code passage-words} words or more that repeat earlier text, inside or across
 * lines, go too (see {@link RepeatedPassages}). A short line that stands three times or more is a
 * label of the article's own list ({@link #labels}): neither it nor its words in a passage go, nor
 * an entry under it that the list repeats further on ({@link #ENTRY_LINES}).
 * Only lines whose hash a bit filter says another line may share go through the table of hashes.
 */
final class DuplicateHeuristic implements Heuristic {
    static final Map<String, String> OPTIONS = Map.of("min-words", "4", "window", "32", "near", "0.9", "passage-words", "24");

    /** In text extracted from HTML, shorter repeated lines (questions, list items, attributions) are article text. */
    static final int HTML_MIN_WORDS = 12;
    /**
     * In text extracted from HTML, a copy counts only this many lines or fewer after the first:
     * leftovers repeat what stands next to them (a standfirst printed again as the first paragraph, a
     * caption or a pull quote twice), while a block repeated further on is the article repeating
     * itself (a meal plan's menus, a list's entries, a refrain).
     */
    static final int HTML_COPY_LINES = 10;
    /** A short line that stands this many times or more is a label of the article's own list, not a copy ({@link #labels}). */
    static final int LABEL_COPIES = 3;
    /** A label of a list has at most this many words ({@link #shortForLabel}). */
    static final int LABEL_WORDS = 8;
    /**
     * The lines right after a label of the article's own list ({@link #labels}) that are its entry:
     * under "Eat 60-90 minutes before your workout", the meal and its portions. An entry that
     * stands again more than {@link #HTML_COPY_LINES} lines later is the article repeating itself
     * (the same meal on another day of the plan), not a copy; nearer, it is one.
     */
    static final int ENTRY_LINES = 2;
    private static final int MASK_LONGS = Words.MASK_BITS / 64;

    private final int minWords;
    private final int window;
    private final double near;
    private final RepeatedPassages passages;

    DuplicateHeuristic(Map<String, String> o) {
        this.minWords = Registry.integer(o, "min-words", 1, 10_000);
        this.window = Registry.integer(o, "window", 0, 1000);
        this.near = Registry.decimal(o, "near", 0.5, 1.0);
        int passageWords = Registry.integer(o, "passage-words", 0, 1_000_000);
        this.passages = passageWords == 0 ? null : new RepeatedPassages(passageWords);
    }

    @Override
    public String name() {
        return "duplicates";
    }

    @Override
    public void apply(TextDocument doc, Flags flags) {
        List<Line> lines = doc.lines();
        // flags only grow between rounds: when no line lost words since the last round, nothing new is found
        String[] state = state(doc);
        Memo before = doc.memo(this) instanceof Memo m ? m : null;
        if (before != null && Arrays.equals(before.state, state)) {
            return;
        }
        // the lines this heuristic took whole in an earlier round
        boolean[] own = before != null ? before.own : new boolean[lines.size()];
        doc.memo(this, new Memo(state, own));
        // each line's key, and a filter of the keys that two lines or more share (a unique key may
        // pass it, a shared one always does): a line whose key no other line has is no copy and has
        // none, so it need not go through the table, which then stays small on a huge document
        long[] keyOf = new long[lines.size()];
        RepeatFilter repeats = new RepeatFilter(lines.size());
        for (Line line : lines) {
            int li = line.index();
            String vt = state[li];
            if (vt != null && vt.isEmpty()) {
                continue; // removed, or nothing left to compare
            }
            long key = vt != null ? Words.hashOf(vt, 0, vt.length()) : line.normalisedHash();
            keyOf[li] = key;
            repeats.add(key);
        }
        Words docWords = doc.words();
        boolean[] label = labels(keyOf, li -> state[li] != null && state[li].isEmpty(), repeats, li -> {
            int words = state[li] != null ? Texts.countWords(state[li], 0, state[li].length()) : lines.get(li).wordCount();
            return shortForLabel(words, docWords.lineHas(li, Texts.SCRIPT_LETTER_BIT));
        });
        // line key -> first line with it
        FirstSeen seen = new FirstSeen(repeats);
        // a copy's distance from its first copy, in lines, as for passages
        int copyLines = doc.isFromHtml() ? HTML_COPY_LINES : Integer.MAX_VALUE;
        // the previous lines compared, by their word sets; a set is sorted only once a line's mask says it may be close
        int size = Math.max(window, 1);
        long[][] ringSet = new long[size][];
        // the words of a touched line's view (null: the line is untouched, its words are the document's)
        Words[] ringView = new Words[size];
        long[] ringMask = new long[size * MASK_LONGS];
        int[] ringWords = new int[size];
        int[] ringLine = new int[size];
        long[] mask = new long[MASK_LONGS];
        int ringSize = 0;
        int ringPos = 0;
        // the article's own list: its labels and, as the lines are gone through, their entries
        boolean[] listed = label == null ? null : label.clone();
        // per line, how many lines not removed stand before it: how far an entry stands from its first copy
        int[] ordinal = label == null ? null : new int[lines.size()];
        int kept = 0;
        int sinceLabel = ENTRY_LINES + 1;
        for (Line line : lines) {
            if (doc.isRemoved(line)) {
                if (label != null && own[line.index()]) {
                    // a copy this heuristic took in an earlier round still counts, as it did in that round
                    kept++;
                    sinceLabel = Math.min(sinceLabel + 1, ENTRY_LINES + 1);
                }
                continue;
            }
            boolean entry = false;
            if (label != null) {
                ordinal[line.index()] = kept++;
                if (label[line.index()]) {
                    sinceLabel = 0;
                    continue; // a label of the article's own list: "Eat every 2-3 hours" under each meal of a plan
                }
                sinceLabel = Math.min(sinceLabel + 1, ENTRY_LINES + 1);
                entry = sinceLabel <= ENTRY_LINES;
                listed[line.index()] |= entry;
            }
            if (line.wordCount() < minWords) {
                continue;
            }
            // compare what earlier heuristics left of each line, so a second run decides the same way
            boolean touched = doc.isTouched(line);
            String vt = touched ? state[line.index()] : null; // what is left of the line, as state() saw it
            int wordCount = touched ? Texts.countWords(vt, 0, vt.length()) : line.wordCount();
            // the page's structure already placed each block once: there, only long repeats are copies
            if (wordCount < (doc.isFromHtml() ? Math.max(minWords, HTML_MIN_WORDS) : minWords)) {
                continue;
            }
            char last = touched ? vt.charAt(vt.length() - 1) : doc.text().charAt(line.end() - 1);
            if (last == '?' || last == '\uff1f' || last == '\u061f') {
                continue; // interviews ask each guest the same questions
            }
            long key = keyOf[line.index()];
            int first = repeats.mayRepeat(key) ? seen.putIfAbsent(key, line.index()) : -1;
            if (first >= 0 && line.index() - first <= copyLines) {
                if (entry && farApart(ordinal, first, line.index())) {
                    continue; // the article repeats an entry of its list
                }
                flags.line(line, Category.DUPLICATE, "exact copy of line " + (first + 1));
                own[line.index()] = true;
                continue;
            }
            if (window == 0 || wordCount < 2 * minWords) {
                continue;
            }
            Words vw = touched ? Words.of(vt, 0, vt.length()) : null;
            Words w = touched ? vw : docWords;
            int li = touched ? 0 : line.index();
            int n = w.firstOfLine[li + 1] - w.firstOfLine[li];
            w.lineMask(li, mask);
            long[] words = null;
            boolean copy = false;
            for (int k = 0; k < ringSize; k++) {
                // one test per line of the ring, which most fail: a branch the processor predicts
                if (!mayBeNear(mask, ringMask, k, (1 - near) * (n + ringWords[k]) + 1)
                        || line.index() - ringLine[k] > copyLines) {
                    continue;
                }
                if (words == null) {
                    words = w.lineSet(li);
                }
                long[] other = ringSet[k];
                if (other == null) {
                    other = ringView[k] == null ? lines.get(ringLine[k]).wordSet() : ringView[k].lineSet(0);
                    ringSet[k] = other;
                }
                double ratio = (double) Math.min(other.length, words.length) / Math.max(other.length, words.length);
                if (ratio >= near && jaccard(words, other) >= near) {
                    if (entry && farApart(ordinal, ringLine[k], line.index())) {
                        copy = true; // the article repeats an entry of its list, as above; it is no first copy either
                        break;
                    }
                    flags.line(line, Category.DUPLICATE, "near copy of line " + (ringLine[k] + 1));
                    own[line.index()] = true;
                    copy = true;
                    break;
                }
            }
            if (!copy) {
                ringSet[ringPos] = words;
                ringView[ringPos] = vw;
                System.arraycopy(mask, 0, ringMask, ringPos * MASK_LONGS, MASK_LONGS);
                ringWords[ringPos] = n;
                ringLine[ringPos] = line.index();
                ringPos = (ringPos + 1) % size;
                ringSize = Math.min(ringSize + 1, size);
            }
        }
        if (passages != null) {
            passages.apply(doc, flags, copyLines, listed);
        }
    }

    /**
     * @param ordinal per line, how many lines not removed (or removed as copies by this heuristic) stand before it
     * @return whether line b stands more than {@link #HTML_COPY_LINES} such lines after line a: an
     *     entry of the article's own list that far from its first copy is the list repeating itself
     */
    private static boolean farApart(int[] ordinal, int a, int b) {
        return ordinal[b] - ordinal[a] > HTML_COPY_LINES;
    }

    /** What the last round saw (per line, what state() gave) and the lines it took whole. */
    private record Memo(String[] state, boolean[] own) {
    }

    /**
     * Which lines are labels of the article's own list rather than copies: short lines
     * ({@link #shortForLabel}) whose key {@link #LABEL_COPIES} lines or more have, no two of them next
     * to each other ("Eat every 2-3 hours" under each meal of a plan, "See it now" under each product
     * of a shopping list, a table's header row over each table). A scraper's leftovers stand twice
     * (a headline, a caption printed again) or next to each other, and boilerplate that stands more
     * often is a phrase list's.
     *
     * @param keys per line, its key
     * @param gone whether line i is removed: it neither counts nor stands between two copies
     * @param repeats the keys of the lines not gone, all added; or null to add them here
     * @param isShort whether line i is short enough for a label
     * @return per line, whether it is a label; or null when none is
     */
    static boolean[] labels(long[] keys, IntPredicate gone, RepeatFilter repeats, IntPredicate isShort) {
        int n = keys.length;
        if (repeats == null) {
            repeats = new RepeatFilter(n);
            for (int i = 0; i < n; i++) {
                if (!gone.test(i)) {
                    repeats.add(keys[i]);
                }
            }
        }
        if (repeats.again() < LABEL_COPIES - 1) {
            return null;
        }
        // per key, how many lines have it, at the first line with it; and whether two of them stand next to each other
        FirstSeen firstWithKey = new FirstSeen(repeats);
        int[] firstOf = new int[n];
        int[] copies = new int[n];
        boolean[] adjacent = new boolean[n];
        for (int i = 0; i < n; i++) {
            firstOf[i] = -1;
            if (!gone.test(i) && repeats.mayRepeat(keys[i])) {
                int first = firstWithKey.putIfAbsent(keys[i], i);
                firstOf[i] = first < 0 ? i : first;
                copies[firstOf[i]]++;
            }
        }
        // a later copy of a line that stands too seldom for a label is no line between two others:
        // it goes as a copy, and cleaning the output again would find those two next to each other
        int prev = -1;
        for (int i = 0; i < n; i++) {
            if (gone.test(i)) {
                continue;
            }
            int f = firstOf[i];
            if (f >= 0) {
                adjacent[f] |= prev >= 0 && keys[prev] == keys[i];
                if (f != i && copies[f] < LABEL_COPIES) {
                    continue;
                }
            }
            prev = i;
        }
        boolean[] label = null;
        for (int i = 0; i < n; i++) {
            int f = firstOf[i];
            if (f >= 0 && copies[f] >= LABEL_COPIES && !adjacent[f] && isShort.test(i)) {
                if (label == null) {
                    label = new boolean[n];
                }
                label[i] = true;
            }
        }
        return label;
    }

    /**
     * @param words a line's word count
     * @param script whether the line has a Han, kana or Hangul letter: word counts of such lines say
     *     little of their length, so they are never labels
     * @return whether a line that stands often enough is short enough for a label of a list ({@link #labels})
     */
    static boolean shortForLabel(int words, boolean script) {
        return words <= LABEL_WORDS && !script;
    }

    /**
     * Whether two word sets may be near copies, told from their masks ({@link Words#lineMask}): a
     * bit set in one mask only comes from a word in one set only, so the masks differ in at most
     * |A Δ B| bits, and a Jaccard index of at least {@code near} leaves |A Δ B| at most
     * {@code (1 - near) |A ∪ B|}, itself at most the two lines' word counts together.
     *
     * @param most {@code (1 - near)} times the two lines' word counts (repeats included), plus one
     */
    private static boolean mayBeNear(long[] mask, long[] ringMask, int k, double most) {
        int differ = 0;
        for (int j = 0; j < MASK_LONGS; j++) {
            differ += Long.bitCount(mask[j] ^ ringMask[k * MASK_LONGS + j]);
        }
        return differ <= most;
    }

    /** Per line: null when untouched, "" when removed, else what is left of it. */
    private static String[] state(TextDocument doc) {
        List<Line> lines = doc.lines();
        String[] out = new String[lines.size()];
        for (Line line : lines) {
            if (doc.isTouched(line)) {
                out[line.index()] = doc.isRemoved(line) ? "" : doc.view(line).text();
            }
        }
        return out;
    }

    /**
     * Sorts hashes spread evenly over 64 bits in expected linear time: a bucket pass on the top
     * bits leaves the array almost sorted, and an insertion pass finishes it (a line's few dozen
     * words would otherwise go through a quadratic insertion sort).
     */
    static void sortSpread(long[] w) {
        int n = w.length;
        if (n < 16) {
            Arrays.sort(w);
            return;
        }
        int bits = 32 - Integer.numberOfLeadingZeros(n - 1);
        int shift = 64 - bits;
        int[] start = new int[(1 << bits) + 1];
        for (long v : w) {
            start[(int) ((v ^ Long.MIN_VALUE) >>> shift) + 1]++;
        }
        for (int b = 1; b < start.length; b++) {
            start[b] += start[b - 1];
        }
        long[] tmp = new long[n];
        for (long v : w) {
            tmp[start[(int) ((v ^ Long.MIN_VALUE) >>> shift)]++] = v;
        }
        for (int i = 0; i < n; i++) {
            long v = tmp[i];
            int j = i - 1;
            while (j >= 0 && w[j] > v) {
                w[j + 1] = w[j];
                j--;
            }
            w[j + 1] = v;
        }
    }

    /** Sorts the array and drops repeats: @return the distinct values, ascending */
    static long[] distinctSorted(long[] w) {
        sortSpread(w);
        int d = 0;
        for (int i = 0; i < w.length; i++) {
            if (i == 0 || w[i] != w[i - 1]) {
                w[d++] = w[i];
            }
        }
        return d == w.length ? w : Arrays.copyOf(w, d);
    }

    static double jaccard(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        int union = a.length + b.length - common;
        return union == 0 ? 0 : (double) common / union;
    }

    @Override
    public String toString() {
        return "duplicates";
    }
}
