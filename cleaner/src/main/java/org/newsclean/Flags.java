package org.newsclean;

import java.util.Objects;

/**
 * Where a {@link Heuristic} flags what is not article text. Every flag carries the name of the
 * heuristic that is running, a {@link Category} and a short reason. Flags may overlap; the final
 * pass turns them into non-overlapping {@link Removal}s. Not thread-safe: one instance serves one
 * heuristic on one document.
 */
public final class Flags {
    private final TextDocument doc;
    private final String heuristic;

    Flags(TextDocument doc, String heuristic) {
        this.doc = doc;
        this.heuristic = heuristic;
    }

    /**
     * Flags a span of the document.
     *
     * @param start first char, inclusive
     * @param end last char, exclusive
     * @param category what kind of thing the span is
     * @param reason a short reason, shown in explanations
     * @throws IndexOutOfBoundsException if the span is not inside the document
     */
    public void span(int start, int end, Category category, String reason) {
        Objects.checkFromToIndex(start, end, doc.length());
        add(start, end, -1, category, reason);
    }

    /**
     * Flags a whole line.
     *
     * @param line a line of this document
     * @param category what kind of thing the line is
     * @param reason a short reason, shown in explanations
     */
    public void line(Line line, Category category, String reason) {
        if (!doc.isLineOf(line)) {
            span(line.start(), line.end(), category, reason); // checked as a span of this document
            return;
        }
        add(line.start(), line.end(), line.index(), category, reason);
    }

    /**
     * Flags a whole line for what stands around it rather than for what it says (see
     * {@link TextDocument.Flag#fromContext}).
     */
    void lineFromContext(Line line, Category category, String reason) {
        if (!doc.isLineOf(line)) {
            throw new IllegalArgumentException("not a line of this document: " + line);
        }
        add(line.start(), line.end(), line.index(), category, reason, true);
    }

    /** @param lineIndex the line the span covers whole, or -1 */
    private void add(int start, int end, int lineIndex, Category category, String reason) {
        add(start, end, lineIndex, category, reason, false);
    }

    private void add(int start, int end, int lineIndex, Category category, String reason, boolean fromContext) {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(reason, "reason");
        if (start < end) {
            doc.addFlag(new TextDocument.Flag(start, end, lineIndex, heuristic, category, reason, fromContext));
        }
    }

    /** @return the name of the heuristic these flags are attributed to */
    public String heuristic() {
        return heuristic;
    }
}
