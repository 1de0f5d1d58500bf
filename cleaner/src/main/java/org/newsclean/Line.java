package org.newsclean;

/**
 * One non-blank line of a {@link TextDocument}: its position in the document and its text,
 * without surrounding whitespace. Immutable.
 */
public final class Line {
    private final TextDocument doc;
    private final int index;
    private final int start;
    private final int end;
    private final int blankLinesBefore;
    private String text;
    private long[] wordSet;

    Line(TextDocument doc, int index, int start, int end, int blankLinesBefore) {
        this.doc = doc;
        this.index = index;
        this.start = start;
        this.end = end;
        this.blankLinesBefore = blankLinesBefore;
    }

    /** @return this line's position among the document's non-blank lines, from 0 */
    public int index() {
        return index;
    }

    /** @return the offset of the line's first non-whitespace char in the document */
    public int start() {
        return start;
    }

    /** @return the offset one past the line's last non-whitespace char */
    public int end() {
        return end;
    }

    /** @return {@code end() - start()} */
    public int length() {
        return end - start;
    }

    /** @return how many blank lines stand between this line and the previous non-blank one (or the start) */
    public int blankLinesBefore() {
        return blankLinesBefore;
    }

    /** @return the line's text, without leading and trailing whitespace */
    public String text() {
        String t = text;
        if (t == null) {
            t = doc.text().substring(start, end);
            text = t;
        }
        return t;
    }

    /** @return the number of words: maximal runs of letters, digits and in-word apostrophes or hyphens */
    public int wordCount() {
        return doc.words().lineWordCount[index];
    }

    /** @return how many word chars ({@link Texts#isWordChar}) the line has */
    int wordChars() {
        return doc.words().wordChars(index);
    }

    /** @return the {@link Words} hash of the line's first word (its lower-cased chars), or 0 when it has none */
    int firstWordHash() {
        Words w = doc.words();
        int k = w.firstOfLine[index];
        return k < w.firstOfLine[index + 1] ? w.hash[k] : 0;
    }

    /** @return {@link Words#lineHash} of the line, computed once */
    long normalisedHash() {
        return doc.words().lineHash[index];
    }

    /** @return {@link Words#lineSet} of the line, computed once; do not modify */
    long[] wordSet() {
        long[] w = wordSet;
        if (w == null) {
            w = doc.words().lineSet(index);
            wordSet = w;
        }
        return w;
    }

    @Override
    public String toString() {
        return "Line[" + index + " " + start + "-" + end + ": " + Explain.abbreviate(text(), 50) + "]";
    }
}
