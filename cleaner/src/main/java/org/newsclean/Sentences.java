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
     */
    static boolean standsAlone(String text, int s, int e, Line line, boolean startsLine) {
        if (!Character.isUpperCase(text.charAt(s))) {
            return false;
        }
        int p = s - 1;
        while (p >= line.start() && Texts.isSpace(text.charAt(p))) {
            p--;
        }
        if (!startsLine && p >= line.start() && BEFORE.indexOf(text.charAt(p)) < 0) {
            return false;
        }
        int n = e;
        while (n < line.end() && Texts.isSpace(text.charAt(n))) {
            n++;
        }
        if (n >= line.end()) {
            return true;
        }
        char c = text.charAt(n);
        return Character.isUpperCase(c) || Character.isDigit(c) || AFTER_OPENERS.indexOf(c) >= 0
                || AFTER_CLOSERS.indexOf(c) >= 0 || Character.isIdeographic(c);
    }
}
