package org.newsclean;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds a news page's article in its HTML. A first, simple version: drop what is never article,
 * then keep the text of paragraph-like blocks under the page's article element (or body).
 */
final class HtmlExtractor {

    /** The extraction's result: title (or null), body text with blank lines between blocks, HTML removals. */
    record Page(String title, String text, List<Removal> removals) {
    }

    private HtmlExtractor() {
    }

    static Page extract(String html, String baseUri, HtmlOptions options) {
        Document doc = Jsoup.parse(html, baseUri);
        List<Removal> removals = new ArrayList<>();
        for (Element e : doc.select("script, style, noscript, nav, header, footer, aside, form, iframe, template, svg")) {
            removals.add(new Removal(-1, -1, "html-structure", Category.LAYOUT, "<" + e.tagName() + "> is never article text",
                    Explain.abbreviate(e.text(), 200), Removal.Origin.HTML));
            e.remove();
        }
        String title = doc.title().isBlank() ? null : doc.title().strip();
        Element root = doc.selectFirst("article");
        if (root == null) {
            root = doc.body();
        }
        StringBuilder sb = new StringBuilder();
        if (root != null) {
            for (Element p : root.select("p, h2, h3, h4, li, blockquote")) {
                String t = p.text().strip();
                if (!t.isEmpty()) {
                    if (sb.length() > 0) {
                        sb.append("\n\n");
                    }
                    sb.append(t);
                }
            }
        }
        return new Page(title, sb.toString(), removals);
    }
}
