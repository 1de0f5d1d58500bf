package org.newsclean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Finds the article in the visible text of a whole page (one block per line, as Common Crawl WET
 * records or a naive scraper give it) and flags everything around it: menus, cookie notices,
 * teasers, "most read" lists, footers.
 *
 * <p>Each line gets a score from what text alone offers (see {@link PageBlocks}): its length, its
 * density of function words in the page's language (characters for Japanese, Chinese and Korean),
 * sentence punctuation, and the phrases the other heuristics know. The article is the
 * best-scoring contiguous run of lines (maximum subarray, so a short subheading or an ad label
 * between two paragraphs stays inside). The headline just before the run stays; outside the run
 * every line goes, and inside it bylines and date lines go.
 *
 * <p>It looks at the text as the other heuristics of the pipeline leave it (so it should run
 * last), and it acts only on whole-page text: when the lines outside the run are few (fewer than
 * {@code min-outside} blocks, or less than a tenth of the blocks), the text is taken as an already
 * extracted article and left alone. So it leaves residue cleaning to the other heuristics, and its
 * own output, cleaned again, stays as it is.
 */
final class PageBlocksHeuristic implements Heuristic {
    static final Map<String, String> OPTIONS = Map.of("min-outside", "8");

    private final int minOutside;

    PageBlocksHeuristic(Map<String, String> o) {
        this.minOutside = Registry.integer(o, "min-outside", 1, 100_000);
    }

    @Override
    public String name() {
        return "page-blocks";
    }

    /** A cheap first test: how many lines still standing have at most {@value #SHORT_WORDS} words. */
    private static int shortLines(TextDocument doc, List<Line> lines) {
        int n = 0;
        for (Line l : lines) {
            if (l.wordCount() <= SHORT_WORDS && !doc.isRemoved(l)) {
                n++;
            }
        }
        return n;
    }

    /** A line of at most this many words is short (a menu item, a teaser headline, a footer link). */
    static final int SHORT_WORDS = 10;

    @Override
    public void apply(TextDocument doc, Flags flags) {
        if (doc.isFromHtml()) {
            return; // the page's structure has already found the article
        }
        List<Line> lines = doc.lines();
        if (lines.size() < minOutside || shortLines(doc, lines) < minOutside / 2) {
            return; // whole-page text has menus, teasers and footers: many short lines
        }
        // look at the text as the other heuristics leave it, so that cleaning the output again decides the same way
        List<Line> kept = new ArrayList<>(lines.size());
        boolean[] whole = new boolean[lines.size()];
        String view = othersView(doc, kept, whole);
        int[] keptIndex = new int[kept.size()];
        for (int i = 0; i < keptIndex.length; i++) {
            keptIndex[i] = kept.get(i).index();
        }
        Seen before = doc.memo(this) instanceof Seen seen ? seen : null;
        if (before != null && before.view.equals(view) && Arrays.equals(before.kept, keptIndex)) {
            return; // the same view as in the last round: the same flags, already there
        }
        // the stopword counts of the document's own lines, found once and copied into each round's view
        Stopwords.LineStops docStops = before != null ? before.stops : Stopwords.lineStops(doc);
        doc.memo(this, new Seen(view, keptIndex, docStops));
        TextDocument page = new TextDocument(view, doc.phraseIndex(), doc.isFromHtml());
        int[] from = reuse(doc, page, kept, whole);
        PageBlocks pb = PageBlocks.analyse(page, gaps(doc, kept), Stopwords.lineStops(page, docStops, from));
        int a = pb.regionStart();
        int b = pb.regionEnd();
        if (a < 0) {
            return;
        }
        int outside = pb.blocksOutside();
        if (outside < minOutside || outside * 10 < pb.blocks()) {
            return;
        }
        int head = pb.headline();
        int stand = pb.standfirst();
        for (int i = 0; i < kept.size(); i++) {
            Line line = kept.get(i);
            if (i == head || i == stand) {
                continue;
            }
            if (i < a || i > b) {
                flags.line(line, pb.outsideCategory(i), pb.outsideReason(i));
            } else if (pb.isByline(i)) {
                flags.line(line, Category.BYLINE, "byline or date line in the article");
            }
        }
    }

    /**
     * Gives the view the words and phrase matches of the lines it repeats unchanged, so only
     * changed lines are scanned again.
     *
     * @return per view line, the document line it repeats unchanged, or -1; null when the view split differently
     */
    private static int[] reuse(TextDocument doc, TextDocument page, List<Line> kept, boolean[] whole) {
        List<Line> viewLines = page.lines();
        if (viewLines.size() != kept.size()) {
            return null; // the view split differently: scan it all
        }
        int[] from = new int[kept.size()];
        int[] shift = new int[kept.size()];
        String text = doc.text();
        String view = page.text();
        for (int k = 0; k < from.length; k++) {
            Line o = kept.get(k);
            Line v = viewLines.get(k);
            boolean same = o.length() == v.length() && (whole[o.index()] || view.regionMatches(v.start(), text, o.start(), o.length()));
            from[k] = same ? o.index() : -1;
            shift[k] = v.start() - o.start();
        }
        page.reuseWords(doc, from, shift);
        page.usePhrases(PhraseScan.reuse(page, doc.phraseIndex(), doc.phrases(), from, shift));
        return from;
    }

    /** The view a round looked at, which lines it kept, and the stopword counts of the document's lines. */
    private record Seen(String view, int[] kept, Stopwords.LineStops stops) {
    }

    /**
     * @param kept receives the lines that other heuristics left some words of, in order
     * @param whole set true, by line index, for the lines that go into the view as they are
     * @return those lines' text without what other heuristics flagged, one line each, with a blank
     *     line where the document had one
     */
    private String othersView(TextDocument doc, List<Line> kept, boolean[] whole) {
        List<Line> lines = doc.lines();
        int[][] iv = new int[lines.size()][];
        int[] count = new int[lines.size()];
        for (TextDocument.Flag f : doc.flags()) {
            if (f.heuristic().equals(name())) {
                continue;
            }
            for (int li = Math.max(doc.lineIndexAt(f.start()), 0); li < lines.size() && lines.get(li).start() < f.end(); li++) {
                Line l = lines.get(li);
                if (l.end() <= f.start()) {
                    continue;
                }
                if (iv[li] == null) {
                    iv[li] = new int[4];
                } else if (count[li] == iv[li].length) {
                    iv[li] = Arrays.copyOf(iv[li], count[li] * 2);
                }
                iv[li][count[li]++] = Math.max(f.start(), l.start());
                iv[li][count[li]++] = Math.min(f.end(), l.end());
            }
        }
        String text = doc.text();
        StringBuilder sb = new StringBuilder(text.length());
        boolean blank = false;
        for (Line l : lines) {
            blank |= l.blankLinesBefore() > 0;
            int li = l.index();
            String t;
            if (iv[li] == null) {
                t = l.text();
                whole[li] = t.indexOf('\n') < 0;
            } else {
                int[] sorted = Arrays.copyOf(iv[li], count[li]);
                sortPairs(sorted);
                StringBuilder piece = new StringBuilder(l.length());
                Texts.appendUncovered(text, l.start(), l.end(), sorted, piece);
                t = piece.toString().strip();
                if (!Texts.hasWordChar(t, 0, t.length())) {
                    continue;
                }
            }
            if (sb.length() > 0) {
                sb.append(blank ? "\n\n" : "\n");
            }
            blank = false;
            sb.append(t.replace('\n', ' '));
            kept.add(l);
        }
        return sb.toString();
    }

    /** Per kept line, the scores of the removed lines just before it (null when none). */
    private static double[][] gaps(TextDocument doc, List<Line> kept) {
        double[][] gaps = new double[kept.size()][];
        PhraseScan scan = doc.phrases();
        int prev = -1;
        for (int k = 0; k < kept.size(); k++) {
            int idx = kept.get(k).index();
            if (idx - prev > 1) {
                double[] g = new double[idx - prev - 1];
                for (int j = prev + 1; j < idx; j++) {
                    g[j - prev - 1] = PageBlocks.removedLineScore(scan, doc.lines().get(j));
                }
                gaps[k] = g;
            }
            prev = idx;
        }
        return gaps;
    }

    private static void sortPairs(int[] iv) {
        long[] packed = new long[iv.length / 2];
        for (int k = 0; k < packed.length; k++) {
            packed[k] = ((long) iv[2 * k] << 32) | (iv[2 * k + 1] & 0xffffffffL);
        }
        Arrays.sort(packed);
        for (int k = 0; k < packed.length; k++) {
            iv[2 * k] = (int) (packed[k] >>> 32);
            iv[2 * k + 1] = (int) packed[k];
        }
    }

    @Override
    public String toString() {
        return "page-blocks";
    }
}
