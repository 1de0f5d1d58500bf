package org.newsclean;

/**
 * Navigation remnants: skip links, menus, "Back to top", section lists (by phrase), and
 * breadcrumbs: a short line of short items joined by the same separator ({@code Home › News › World}).
 */
final class NavigationHeuristic extends PhraseHeuristic {
    /** A breadcrumb line has at most this many words in all, and each item at most ITEM_WORDS. */
    private static final int CRUMB_MAX_WORDS = 14;
    private static final int ITEM_WORDS = 4;
    /** The key of the breadcrumb test's looks at lines ({@link TextDocument#looks}), apart from the phrases'. */
    private static final Object BREADCRUMBS = new Object();

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
