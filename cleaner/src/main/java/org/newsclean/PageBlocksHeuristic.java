package org.newsclean;

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
 * last), and it acts only on whole-page text. It takes the text for an already extracted article
 * and leaves it alone when the lines outside the run are few (fewer than {@code min-outside}
 * blocks, or less than a tenth of the blocks), or when no line of boilerplate phrases stands
 * outside the run and either no menu does (ten short lines in a row) or the sentence-like text
 * outside weighs half of the run's or more: tables or lists broke an article into runs (see
 * {@link PageBlocks#looksExtracted}). So it leaves residue cleaning to the other heuristics, and
 * its own output, cleaned again, stays as it is. The lines the other heuristics removed weigh
 * against the run they stand in only when some line of boilerplate phrases stands outside the run
 * found without them: else they are an extracted article's residue (an ad label, a "Read more:"
 * link between its paragraphs), no border of it.
 */
final class PageBlocksHeuristic implements Heuristic {
    static final Map<String, String> OPTIONS = Map.of("min-outside", "8");

    private final int minOutside;
    /** Whether to pass over text that {@link PageBlocks#mayAct} rules out before classifying it (false only in tests). */
    private final boolean quickTest;

    PageBlocksHeuristic(Map<String, String> o) {
        this(o, true);
    }

    PageBlocksHeuristic(Map<String, String> o, boolean quickTest) {
        this.minOutside = Registry.integer(o, "min-outside", 1, 100_000);
        this.quickTest = quickTest;
    }

    @Override
    public String name() {
        return "page-blocks";
    }

    /**
     * A cheap first test: how many lines still standing (or taken only for what stands around them,
     * which the view keeps, see {@link OthersView#of}) have at most {@value #SHORT_WORDS} words,
     * counted up to {@code enough}.
     */
    private static int shortLines(TextDocument doc, List<Line> lines, int enough) {
        int n = 0;
        for (int i = 0; i < lines.size() && n < enough; i++) {
            Line l = lines.get(i);
            if (l.wordCount() <= SHORT_WORDS && (!doc.isRemoved(l) || doc.takenOnlyFromContext(l))) {
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
        if (lines.size() < minOutside || shortLines(doc, lines, minOutside / 2) < minOutside / 2) {
            return; // whole-page text has menus, teasers and footers: many short lines
        }
        // look at the text as the other heuristics leave it, so that cleaning the output again decides the same way
        Seen seen = doc.memo(this) instanceof Seen s ? s : new Seen(doc);
        if (seen.view != null && onlyOwnFlagsSince(doc, seen.flags)) {
            return; // no other heuristic flagged anything since the last round: the same view, the same flags
        }
        OthersView view = OthersView.of(doc, name());
        seen.flags = doc.flags().size();
        if (view.sameAs(seen.view)) {
            return; // the same view as in the last round: the same flags, already there
        }
        seen.view = view;
        doc.memo(this, seen);
        if (quickTest && !PageBlocks.mayAct(view)) {
            return; // no line of boilerplate phrases and no menu: it would take the text for an extracted article
        }
        Stopwords.LineStops stops = view.stops(seen.stops, seen.counted);
        PageBlocks pb = PageBlocks.classify(view, stops, view.language(stops, seen.scripts));
        int outside = pb.blocksOutside();
        if (outside < minOutside || outside * 10 < pb.blocks() || pb.looksExtracted()) {
            // few lines outside the article, or no chrome beside much text: an extracted article (the rest is not needed)
            return;
        }
        // the lines others removed show where a page's chrome broke the article, when there is chrome: in
        // extracted text they are its residue (an ad label, a "Read more:" link between paragraphs), no border
        pb.locate(pb.chromeOutside() ? gaps(doc, view, seen) : null);
        int a = pb.regionStart();
        int b = pb.regionEnd();
        if (a < 0) {
            return;
        }
        int head = pb.headline();
        int stand = pb.standfirst();
        for (int i = 0; i < view.size(); i++) {
            Line line = doc.lines().get(view.docLine(i));
            if (i == head || i == stand) {
                continue;
            }
            if (i < a || i > b) {
                flags.line(line, pb.outsideCategory(i), pb.outsideReason(i));
            } else if (pb.inBox(i)) {
                flags.line(line, Category.RELATED, "a box of other stories before the article's last paragraph");
            } else if (pb.isByline(i)) {
                flags.line(line, Category.BYLINE, "byline or date line in the article");
            } else if (head >= 0 && view.lines()[i].normalisedHash() == view.lines()[head].normalisedHash()) {
                // a short headline standing three times is no copy to duplicates (a list's label), but here it is one
                flags.line(line, Category.CAPTION, "the headline again inside the article (an image's alt text)");
            }
        }
    }

    /** @return true when every flag from index {@code from} on is page-blocks' own */
    private boolean onlyOwnFlagsSince(TextDocument doc, int from) {
        List<TextDocument.Flag> flags = doc.flags();
        for (int i = from; i < flags.size(); i++) {
            if (!flags.get(i).heuristic().equals(name())) {
                return false;
            }
        }
        return true;
    }

    /**
     * What page-blocks keeps of a document between rounds: the view it looked at last, and what it
     * found of the document's lines, once each.
     */
    private static final class Seen {
        /** The view of the last round that looked, or null. */
        OthersView view;
        /** How many flags the document had when {@link #view} was made. */
        int flags;
        /** Per document line, its stopword counts, once {@link #counted}. */
        final Stopwords.LineStops stops;
        final boolean[] counted;
        /** Per document line, whether it holds a Han, kana or Hangul letter (see {@link OthersView#language}). */
        final byte[] scripts;
        /** Per document line, {@link PageBlocks#removedLineOpener} once found, else null. */
        final PageBlocks.Opener[] removed;

        Seen(TextDocument doc) {
            int n = doc.lines().size();
            stops = new Stopwords.LineStops(n);
            counted = new boolean[n];
            scripts = new byte[n];
            removed = new PageBlocks.Opener[n];
        }
    }

    /** Per view line, what the removed lines just before it open (null when there are none). */
    private static PageBlocks.Opener[][] gaps(TextDocument doc, OthersView view, Seen seen) {
        PageBlocks.Opener[][] gaps = new PageBlocks.Opener[view.size()][];
        int prev = -1;
        for (int k = 0; k < view.size(); k++) {
            int idx = view.docLine(k);
            if (idx - prev > 1) {
                PageBlocks.Opener[] g = new PageBlocks.Opener[idx - prev - 1];
                for (int j = prev + 1; j < idx; j++) {
                    if (seen.removed[j] == null) {
                        seen.removed[j] = PageBlocks.removedLineOpener(doc, doc.lines().get(j));
                    }
                    g[j - prev - 1] = seen.removed[j];
                }
                gaps[k] = g;
            }
            prev = idx;
        }
        return gaps;
    }

    @Override
    public String toString() {
        return "page-blocks";
    }
}
