package org.newsclean.jmh;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * A page's whole visible text, as a scraper that keeps everything would give it: the body's text
 * without scripts, styles and other invisible elements, one block element per line, whitespace
 * collapsed inside a line. This is the "whole-page text" input of the text benchmarks. Stateless
 * and thread-safe.
 *
 * <p>Not {@link org.newsclean.corpus.PageText}, on purpose: that one follows other rules (image
 * alt text, {@code <pre>} lines, its own block and skip lists) and gives a different text for
 * most corpus pages, so using it would change the {@code page-text} input set and make the
 * results incomparable with earlier runs.
 */
final class PageText {
    private static final Set<String> INVISIBLE = Set.of("script", "style", "noscript", "template", "head", "title",
            "meta", "link", "svg", "iframe", "object", "embed", "canvas", "select", "option", "datalist");

    private PageText() {
    }

    /**
     * @param html a page's HTML
     * @param baseUri the page's URL, may be empty
     * @return the page's visible text, one block per line, no blank lines
     */
    static String of(String html, String baseUri) {
        Document doc = Jsoup.parse(html, baseUri);
        Element body = doc.body();
        if (body == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(html.length() / 4);
        body.traverse(new NodeVisitor() {
            private int hidden;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    if (hidden > 0 || INVISIBLE.contains(e.normalName())) {
                        hidden++;
                    } else if (e.isBlock() || e.normalName().equals("br")) {
                        newline(out);
                    }
                } else if (hidden == 0 && node instanceof TextNode t) {
                    appendCollapsed(t.getWholeText(), out);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    if (hidden > 0) {
                        hidden--;
                    } else if (e.isBlock()) {
                        newline(out);
                    }
                }
            }
        });
        int e = out.length();
        while (e > 0 && out.charAt(e - 1) == '\n') {
            e--;
        }
        out.setLength(e);
        return out.toString();
    }

    private static void newline(StringBuilder out) {
        int e = out.length();
        while (e > 0 && out.charAt(e - 1) == ' ') {
            e--;
        }
        out.setLength(e);
        if (e > 0 && out.charAt(e - 1) != '\n') {
            out.append('\n');
        }
    }

    private static void appendCollapsed(String s, StringBuilder out) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                int e = out.length();
                if (e > 0 && out.charAt(e - 1) != ' ' && out.charAt(e - 1) != '\n') {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
        }
    }
}
