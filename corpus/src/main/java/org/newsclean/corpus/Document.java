package org.newsclean.corpus;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One corpus document: its input (a page's HTML or scraped text), its gold text when it has one,
 * and its metadata. Derived inputs (the page text, Readability4J's text) are computed once, on
 * first use, and kept for the life of the instance. Thread-safe.
 */
public final class Document {
    private final String source;
    private final String id;
    private final Path dir;
    private final String url;
    private final String title;
    private final String input;
    private final boolean html;
    private final String gold;
    private final String lang;
    private final String style;
    private final List<Label> labels;
    private volatile String pageText;
    private volatile String readabilityText;

    /**
     * A piece of boilerplate that must leave the document (the project corpus's {@code labels}).
     *
     * @param text the piece's text, as it appears in the input
     * @param category what kind of boilerplate it is, e.g. {@code share}
     */
    public record Label(String text, String category) {
        /** Validates the fields. */
        public Label {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(category, "category");
        }
    }

    Document(String source, String id, Path dir, String url, String title, String input, boolean html, String gold,
             String lang, String style, List<Label> labels) {
        this.source = Objects.requireNonNull(source, "source");
        this.id = Objects.requireNonNull(id, "id");
        this.dir = dir;
        this.url = url;
        this.title = title;
        this.input = Objects.requireNonNull(input, "input");
        this.html = html;
        this.gold = gold;
        this.lang = lang;
        this.style = style;
        this.labels = List.copyOf(labels);
    }

    /** @return the source (the folder the document sits in), e.g. {@code scrapinghub} */
    public String source() {
        return source;
    }

    /** @return the document's id (its folder name) */
    public String id() {
        return id;
    }

    /** @return {@code source/id} */
    public String key() {
        return source + "/" + id;
    }

    /** @return the document's folder, or null for a document made in memory */
    public Path dir() {
        return dir;
    }

    /** @return the page's URL, or null */
    public String url() {
        return url;
    }

    /** @return the title recorded in meta.json, or null */
    public String title() {
        return title;
    }

    /** @return the input as stored: a page's HTML when {@link #isHtml()}, else scraped text */
    public String input() {
        return input;
    }

    /** @return whether the input is a page's HTML ({@code page.html}) rather than scraped text */
    public boolean isHtml() {
        return html;
    }

    /** @return the gold text, or null when the document has none */
    public String gold() {
        return gold;
    }

    /** @return the document's language from meta.json, else from an HTML input's {@code <html lang>}, or null */
    public String lang() {
        return lang;
    }

    /** @return the document's style from meta.json (how it was scraped), or null */
    public String style() {
        return style;
    }

    /** @return the labelled boilerplate pieces, empty when there are none */
    public List<Label> labels() {
        return labels;
    }

    /**
     * @return the text a cleaner reads in text mode: scraped text as stored, or the page's
     *     {@link PageText whole-page text} for an HTML input (computed once)
     */
    public String text() {
        if (!html) {
            return input;
        }
        String t = pageText;
        if (t == null) {
            t = PageText.of(input);
            pageText = t;
        }
        return t;
    }

    /**
     * @return Readability4J's {@code textContent} of the page (computed once, empty when
     *     Readability4J finds no article or fails), or null for a text input
     */
    public String readabilityText() {
        if (!html) {
            return null;
        }
        String t = readabilityText;
        if (t == null) {
            t = Extractors.readability4j(input, url);
            readabilityText = t;
        }
        return t;
    }

    @Override
    public String toString() {
        return "Document[" + key() + (html ? ", html" : ", text") + (gold == null ? ", no gold" : "") + "]";
    }
}
