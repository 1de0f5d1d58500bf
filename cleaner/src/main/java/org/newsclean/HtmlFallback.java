package org.newsclean;

import org.jsoup.parser.Parser;

/**
 * The page's visible text without a DOM, for the rare HTML the parser cannot take (jsoup 1.24.1
 * fails on formatting elements nested about 500 deep): tags are dropped, the content of
 * {@code script}, {@code style}, {@code noscript} and {@code template} is skipped, block tags end
 * a line, and entities are decoded. One linear pass; the text is then cleaned as whole-page text.
 */
final class HtmlFallback {
    private static final String[] SKIPPED = {"script", "style", "noscript", "template", "svg", "head"};
    private static final String BLOCKS = " p div br li ul ol h1 h2 h3 h4 h5 h6 tr td th table section article header footer "
            + "nav aside blockquote figure figcaption pre main form dd dt dl hr title ";

    private HtmlFallback() {
    }

    static String text(String html) {
        StringBuilder out = new StringBuilder(html.length() / 2);
        StringBuilder run = new StringBuilder();
        int i = 0;
        int n = html.length();
        while (i < n) {
            char c = html.charAt(i);
            if (c != '<') {
                run.append(c);
                i++;
                continue;
            }
            int gt = html.indexOf('>', i + 1);
            if (gt < 0) {
                run.append(html, i, n);
                break;
            }
            String name = tagName(html, i + 1, gt);
            if (!name.isEmpty() && html.charAt(i + 1) != '/') {
                for (String skipped : SKIPPED) {
                    if (name.equals(skipped)) {
                        int close = indexOfIgnoreCase(html, "</" + skipped, gt + 1);
                        gt = close < 0 ? n - 1 : Math.max(gt, html.indexOf('>', close) < 0 ? n - 1 : html.indexOf('>', close));
                        break;
                    }
                }
            }
            if (BLOCKS.contains(" " + name + " ")) {
                flush(run, out);
            } else {
                run.append(' ');
            }
            i = gt + 1;
        }
        flush(run, out);
        return out.toString();
    }

    private static void flush(StringBuilder run, StringBuilder out) {
        String t = Parser.unescapeEntities(run.toString(), false).replaceAll("\\s+", " ").strip();
        if (!t.isEmpty()) {
            out.append(t).append('\n');
        }
        run.setLength(0);
    }

    private static String tagName(String html, int from, int to) {
        int s = from < to && html.charAt(from) == '/' ? from + 1 : from;
        int e = s;
        while (e < to && e - s < 16 && Character.isLetterOrDigit(html.charAt(e))) {
            e++;
        }
        return html.substring(s, e).toLowerCase(java.util.Locale.ROOT);
    }

    private static int indexOfIgnoreCase(String s, String needle, int from) {
        for (int i = from; i + needle.length() <= s.length(); i++) {
            if (s.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }
}
