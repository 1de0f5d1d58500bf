package org.newsclean;

import java.util.List;
import java.util.Objects;

/**
 * What {@link NewsCleaner} returns: the cleaned article text, the title when one was found, and
 * every removal with its reason. Immutable and thread-safe.
 */
public final class CleanResult {
    private final String text;
    private final String title;
    private final String source;
    private final List<Removal> removals;

    CleanResult(String text, String title, String source, List<Removal> removals) {
        this.text = Objects.requireNonNull(text);
        this.title = title;
        this.source = Objects.requireNonNull(source);
        this.removals = List.copyOf(removals);
    }

    /** @return the cleaned article text; paragraphs are separated by a blank line; never null, may be empty */
    public String text() {
        return text;
    }

    /**
     * @return the article's title (headline) when the input was HTML and a title was found, else
     *     {@code null}. In text mode the headline, if any, stays in {@link #text()}.
     */
    public String title() {
        return title;
    }

    /**
     * @return the text that the text-stage removals' offsets refer to: the input itself in text
     *     mode, the text extracted from the page in HTML mode
     */
    public String source() {
        return source;
    }

    /** @return every removal, HTML removals first, then text removals in document order; unmodifiable */
    public List<Removal> removals() {
        return removals;
    }

    /** @return a human-readable account of every removal, one per line */
    public String explain() {
        return Explain.text(this);
    }

    /** @return the removals as a JSON array */
    public String explainJson() {
        return Explain.json(this);
    }

    @Override
    public String toString() {
        return "CleanResult[" + text.length() + " chars, " + removals.size() + " removals]";
    }
}
