package org.newsclean;

import java.util.List;

/**
 * Navigation remnants: skip links, menus, "Back to top", section lists (by phrase), and
 * breadcrumbs: a short line of short items joined by the same separator ({@code Home › News › World}),
 * or a trail from a home link to the headline written without separators, when the headline
 * follows on a line of its own ({@code Home News Business News Harbourline signs ...}, as a page's text
 * runs the links together: {@code HomeSPORT NEWSBREAKING NEWS: ...}).
 */
final class NavigationHeuristic extends PhraseHeuristic {
    /** A breadcrumb line has at most this many words in all, and each item at most ITEM_WORDS. */
    private static final int CRUMB_MAX_WORDS = 14;
    private static final int ITEM_WORDS = 4;
    /** The key of the breadcrumb test's looks at lines ({@link TextDocument#looks}), apart from the phrases'. */
    private static final Object BREADCRUMBS = new Object();
    /** How a trail starts: a home link, lower-cased. */
    private static final List<String> HOME_WORDS = List.of("home", "startseite", "accueil",
            "inicio", "início", "главная", "beranda", "anasayfa", "strona główna", "ホーム", "首页", "홈");
    /** Bit set by {@link #homeKey}: the first two chars of a home word (its one char for a word of one). */
    private static final long[] HOME_STARTS = new long[64];
    /** {@link #homeKey} of each of the {@link #HOME_WORDS}, in their order. */
    private static final int[] HOME_KEYS = new int[HOME_WORDS.size()];

    static {
        for (int k = 0; k < HOME_WORDS.size(); k++) {
            String w = HOME_WORDS.get(k);
            int key = homeKey(w.charAt(0), w.length() > 1 ? w.charAt(1) : 0);
            HOME_STARTS[key >>> 6] |= 1L << key;
            HOME_KEYS[k] = key;
        }
    }
    /** The home word of one char ("홈"), which {@link #mayStartHome} tells by itself. */
    private static final char ONE_CHAR_HOME = HOME_WORDS.stream().filter(w -> w.length() == 1).findFirst().orElseThrow().charAt(0);
    /** How many lines after a trail its headline may stand (a date or a byline may come between). */
    private static final int TRAIL_WINDOW = 4;
    /** A trail has at most this many words before the headline. */
    private static final int TRAIL_WORDS = 6;

    NavigationHeuristic() {
        super("navigation", Category.NAVIGATION, "navigation.txt", "navigation remnant");
    }

    @Override
    public void apply(TextDocument doc, Flags flags) {
        super.apply(doc, flags);
        PhraseScan scan = doc.phrases();
        Words w = doc.words();
        TextDocument.LineLooks looks = doc.looks(BREADCRUMBS);
        for (Line line : doc.lines()) {
            if (!w.lineHas(line.index(), Texts.CRUMB_BIT) || !looks.again(line.index())) {
                continue; // a breadcrumb needs separators (flags only take chars away); or the line is as last round
            }
            // the size guards look at what is left of a line, as a second run would see it
            boolean touched = doc.isTouched(line);
            if (!touched && (line.wordCount() > 3 * CRUMB_MAX_WORDS || line.length() >= 600) || doc.isRemoved(line)) {
                continue;
            }
            String rest = doc.unflaggedText(line);
            int words = touched ? Texts.countWords(rest, 0, rest.length()) : line.wordCount();
            if (rest.length() < 600 && words <= CRUMB_MAX_WORDS && isBreadcrumb(rest)
                    && !explainedByPhrases(doc, line, scan)) {
                flags.line(line, Category.NAVIGATION, "breadcrumb or section list (short items joined by separators)");
            }
        }
        if (doc.memo(this) != null) {
            return; // a trail is told from the text alone: the first round found them all
        }
        doc.memo(this, Boolean.TRUE);
        List<Line> lines = doc.lines();
        String text = doc.text();
        char[] chars = doc.chars();
        for (int i = 0; i < lines.size(); i++) {
            int k = w.firstOfLine[i];
            if (k == w.firstOfLine[i + 1] || !mayStartHome(chars, w.start[k])) {
                continue; // most lines: told by their first word's first two chars, from the words pass's arrays
            }
            Line line = lines.get(i);
            if (trailToHeadline(text, lines, i) && !doc.isTouched(line)) {
                flags.line(line, Category.NAVIGATION, "breadcrumb trail before the headline (the headline follows on its own line)");
            }
        }
    }

    /**
     * @param text the document's text
     * @return true when line i is a home link's trail of at most {@link #TRAIL_WORDS} words, then the
     *     whole text of one of the {@link #TRAIL_WINDOW} lines after it, a headline of three words or more
     */
    private static boolean trailToHeadline(String text, List<Line> lines, int i) {
        Line l = lines.get(i);
        int s = l.start();
        int e = l.end();
        for (int j = i + 1; j < lines.size() && j <= i + TRAIL_WINDOW; j++) {
            Line h = lines.get(j);
            int cut = s + l.length() - h.length();
            // cheapest first: longer than the headline, the same last char, then the whole headline at its end
            if (cut <= s || text.charAt(e - 1) != text.charAt(h.end() - 1) || h.wordCount() < 3
                    || !text.regionMatches(cut, text, h.start(), h.length())) {
                continue;
            }
            int home = homeWordLength(text, s, e);
            if (home == 0 || cut - s < home) {
                return false;
            }
            // the trail: a few links, no sentence
            for (int k = s; k < cut; k++) {
                char c = text.charAt(k);
                if (c == '.' || c == '!' || c == '?' || c == ',') {
                    return false;
                }
            }
            return Texts.countWords(text, s, cut) <= TRAIL_WORDS;
        }
        return false;
    }

    private static int homeKey(char a, char b) {
        return (Texts.lower(a) * 31 + Texts.lower(b)) & 4095;
    }

    /** @return false when no home word starts at c[i] (most words); true when one may */
    private static boolean mayStartHome(char[] c, int i) {
        int key = homeKey(c[i], i + 1 < c.length ? c[i + 1] : 0);
        return (HOME_STARTS[key >>> 6] & 1L << key) != 0 || c[i] == ONE_CHAR_HOME;
    }

    /** @return the length of the home word t[from, to) starts with (case ignored), or 0 */
    private static int homeWordLength(String t, int from, int to) {
        int key = homeKey(t.charAt(from), to - from > 1 ? t.charAt(from + 1) : 0);
        for (int k = 0; k < HOME_KEYS.length; k++) {
            String w = HOME_WORDS.get(k);
            if ((HOME_KEYS[k] == key || w.length() == 1) && to - from >= w.length()
                    && t.regionMatches(true, from, w, 0, w.length())) {
                return w.length();
            }
        }
        return 0;
    }

    /** A line the phrase heuristics will take whole (a share bar, say) is theirs to explain. */
    private static boolean explainedByPhrases(TextDocument doc, Line line, PhraseScan scan) {
        int[] m = scan.matches(line.index());
        return m != null && LineCover.coveredByPhrases(doc, line, scan, m);
    }

    /** @param t a line's text, without what other heuristics flagged */
    static boolean isBreadcrumb(String t) {
        char sep = 0;
        int seps = 0;
        int itemWords = 0;
        boolean inWord = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Texts.CRUMB_SEPARATORS.indexOf(c) >= 0) {
                boolean spaced = i > 0 && Texts.isSpace(t.charAt(i - 1)) && i + 1 < t.length() && Texts.isSpace(t.charAt(i + 1));
                if (!spaced) {
                    if (c == '/' || c == '>') {
                        continue;
                    }
                }
                if (sep != 0 && c != sep) {
                    return false;
                }
                if (itemWords == 0) {
                    return false;
                }
                sep = c;
                seps++;
                itemWords = 0;
                inWord = false;
            } else if (Texts.isWordChar(c)) {
                if (!inWord) {
                    itemWords++;
                    if (itemWords > ITEM_WORDS) {
                        return false;
                    }
                    if (itemWords == 1 && !Texts.isUpper(c) && !Character.isDigit(c)) {
                        return false;
                    }
                }
                inWord = true;
            } else if (c == '.' || c == '?' || c == '!' || c == ',' || c == ':' || c == ';' || c == '"' || c == '\u201c') {
                return false;
            } else {
                inWord = false;
            }
        }
        return seps >= 2 && itemWords > 0;
    }
}
