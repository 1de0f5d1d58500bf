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
 * <p>It acts only on whole-page text: when the lines outside the run are few (fewer than
 * {@code min-outside} lines, or less than a fifth of the lines), the text is taken as an already
 * extracted article and left alone. So it leaves residue cleaning to the other heuristics, and its
 * own output, cleaned again, stays as it is. Decisions depend on the text only, never on what
 * other heuristics flagged, so every round of the pipeline decides the same way.
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

    @Override
    public void apply(TextDocument doc, Flags flags) {
        List<Line> lines = doc.lines();
        if (lines.size() < minOutside) {
            return;
        }
        PageBlocks pb = PageBlocks.analyse(doc);
        int a = pb.regionStart();
        int b = pb.regionEnd();
        if (a < 0) {
            return;
        }
        int head = pb.headline();
        int stand = pb.standfirst();
        int outside = lines.size() - (b - a + 1) - (head >= 0 ? 1 : 0) - (stand >= 0 ? 1 : 0);
        if (outside < minOutside || outside * 5 < lines.size()) {
            return;
        }
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
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

    @Override
    public String toString() {
        return "page-blocks";
    }
}
