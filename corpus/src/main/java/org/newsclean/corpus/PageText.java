package org.newsclean.corpus;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The whole-page visible text that a naive scraper produces from a page's HTML, so that text mode
 * can be scored on real pages. Deterministic: the same HTML always gives the same text.
 *
 * <p>The rules, applied to the DOM that jsoup parses from the HTML:
 * <ol>
 *   <li>Only {@code <body>} is walked; {@code <head>} (title and meta included) is skipped.</li>
 *   <li>These elements are skipped with everything inside them: {@code script, style, noscript,
 *       template, head}, and the embedded-content elements whose inner markup a browser does not
 *       show as text ({@code svg, math, iframe, object, embed, canvas, audio, video, source, track}).
 *       Nothing else is skipped: hidden elements, menus, footers and forms stay, as they would
 *       for a naive scraper.</li>
 *   <li>Text is gathered in document order. Inside a line, every run of whitespace (including
 *       non-breaking spaces) becomes one space.</li>
 *   <li>A block element ({@code p, div, h1-h6, li, tr, td, th, blockquote, figure, figcaption,
 *       section, article, header, footer, nav, aside, ...}, see {@link #BLOCKS}) starts and ends
 *       a line; {@code <br>} ends a line; inside {@code <pre>} each newline ends a line.</li>
 *   <li>An {@code <img>} with a non-blank {@code alt} contributes its alt text, inline, where it
 *       stands (so a lone image in a figure gives a line of its own).</li>
 *   <li>Lines are stripped; empty lines are dropped; lines are joined with {@code \n} (one block
 *       per line, no blank lines), and the text has no trailing newline.</li>
 * </ol>
 *
 * <p>Stateless and thread-safe.
 */
public final class PageText {
    /** Elements that start and end a line. */
    static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "caption", "center",
            "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
            "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav",
            "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
            "option", "button", "label", "textarea", "select");

    /** Elements skipped with their content. */
    static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "head", "svg", "math",
            "iframe", "object", "embed", "canvas", "audio", "video", "source", "track");

    private PageText() {
    }

    /**
     * @param html a page's HTML
     * @return the page's visible text, one block per line
     */
    public static String of(String html) {
        return of(Jsoup.parse(html));
    }

    /**
     * @param doc a parsed page
     * @return the page's visible text, one block per line
     */
    public static String of(org.jsoup.nodes.Document doc) {
        Writer w = new Writer();
        Element body = doc.body();
        NodeTraversor.traverse(w, body != null ? body : doc);
        w.endLine();
        return w.out.toString();
    }

    /** Emits text as the DOM is walked; skipped subtrees are pruned by depth. */
    private static final class Writer implements NodeVisitor {
        final StringBuilder out = new StringBuilder();
        final StringBuilder line = new StringBuilder();
        int skipDepth = -1;
        int preDepth = 0;

        @Override
        public void head(Node node, int depth) {
            if (skipDepth >= 0) {
                return;
            }
            if (node instanceof TextNode t) {
                if (preDepth > 0) {
                    String[] parts = t.getWholeText().split("\n", -1);
                    for (int k = 0; k < parts.length; k++) {
                        if (k > 0) {
                            endLine();
                        }
                        append(parts[k]);
                    }
                } else {
                    append(t.getWholeText());
                }
            } else if (node instanceof Element e) {
                String tag = e.normalName();
                if (SKIPPED.contains(tag)) {
                    skipDepth = depth;
                    return;
                }
                if (tag.equals("br")) {
                    endLine();
                } else if (tag.equals("img")) {
                    String alt = e.attr("alt");
                    if (!alt.isBlank()) {
                        append(" " + alt + " ");
                    }
                } else if (BLOCKS.contains(tag)) {
                    endLine();
                }
                if (tag.equals("pre")) {
                    preDepth++;
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (skipDepth >= 0) {
                if (depth == skipDepth) {
                    skipDepth = -1;
                }
                return;
            }
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("pre")) {
                    preDepth--;
                }
                if (BLOCKS.contains(tag)) {
                    endLine();
                }
            }
        }

        /** Appends text, turning whitespace runs into one space. */
        void append(String s) {
            for (int k = 0; k < s.length(); k++) {
                char c = s.charAt(k);
                if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u2007' || c == '\u202f') {
                    if (line.length() > 0 && line.charAt(line.length() - 1) != ' ') {
                        line.append(' ');
                    }
                } else {
                    line.append(c);
                }
            }
        }

        void endLine() {
            int e = line.length();
            while (e > 0 && line.charAt(e - 1) == ' ') {
                e--;
            }
            if (e > 0) {
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append(line, 0, e);
            }
            line.setLength(0);
        }
    }
}
