package org.newsclean;

import java.util.Locale;
import java.util.Set;

/**
 * Leftovers of tracking pixels and tags: phrases such as {@code fb-pixel} (a pixel's alt text),
 * raw markup that leaked into the text ({@code <img ...>}, {@code <iframe ...>}, WordPress
 * shortcodes such as {@code [caption id="..."]} and {@code [/caption]}), whitespace
 * entities left unescaped ({@code &nbsp;}) and tracker URLs. Only the snippet goes: text glued
 * to it stays.
 */
final class TrackingHeuristic extends PhraseHeuristic {
    /** Tags whose raw markup, seen in text, is a leftover. */
    private static final Set<String> TAGS = Set.of("img", "iframe", "noscript", "script", "div", "span", "a", "p", "br",
            "style", "link", "meta", "source", "picture", "figure", "figcaption", "video", "embed", "object", "ins",
            "svg", "input", "button", "amp-img", "amp-ad", "amp-pixel", "amp-analytics", "i", "b", "em", "strong",
            "section", "article", "header", "footer", "nav", "aside", "ul", "li", "ol", "table", "tr", "td", "hr",
            "h1", "h2", "h3", "h4", "h5", "h6", "form", "label", "select", "option", "textarea", "html", "body", "head");
    private static final Set<String> SPACE_ENTITIES = Set.of("nbsp", "ensp", "emsp", "thinsp", "zwnj", "zwj", "shy",
            "#160", "#xa0", "#8203", "#x200b", "#173", "#xad", "#8239", "#x202f", "#8199");
    private static final String[] TRACKERS = {"facebook.com/tr", "doubleclick.net", "google-analytics.com",
        "googletagmanager.com", "scorecardresearch.com", "quantserve.com", "pixel.", "/pixel", "analytics.",
        "bat.bing.com", "adservice.", "chartbeat", "omtrdc.net", "2o7.net", "krxd.net", "adsrvr.org"};
    /** A tag's markup is looked for no further than this many chars. */
    private static final int MAX_TAG = 4096;
    /** WordPress shortcodes that leak into feeds and scraped text unrendered: {@code [caption id="..."]}. */
    private static final Set<String> SHORTCODES = Set.of("caption", "gallery", "embed", "video", "audio", "playlist",
            "button", "tweet", "youtube", "vimeo", "soundcloud", "instagram", "contact-form", "contact-form-7", "wpforms",
            "gravityform", "dropcap", "pullquote", "blockquote", "highlight", "toggle", "accordion", "tabs", "tab",
            "column", "one_half", "one_third", "two_thirds", "one_fourth", "row", "box", "divider", "spacer", "sc",
            "ad", "adsense", "adrotate", "related", "related_posts", "jetpack_subscription_form", "mc4wp_form");
    /** Name prefixes of page builders' shortcodes ({@code [vc_row]}, {@code [et_pb_section]}). */
    private static final String[] SHORTCODE_PREFIXES = {"vc_", "et_pb_", "su_", "fusion_", "av_", "mk_", "cs_", "themify_"};
    /** A shortcode's closing bracket is looked for no further than this many chars. */
    private static final int MAX_SHORTCODE = 1000;

    TrackingHeuristic() {
        super("tracking", Category.TRACKING, "tracking.txt", "tracking leftover");
    }

    @Override
    public void apply(TextDocument doc, Flags flags) {
        if (doc.memo(this) != null) {
            // markup, entities and URLs depend on the text alone: the last round flagged them all
            super.apply(doc, flags);
            return;
        }
        doc.memo(this, Boolean.TRUE);
        String t = doc.text();
        // each search stops at the next '[', so together they read the text once
        for (int b = t.indexOf('['); b >= 0; ) {
            int next = shortcode(t, b, flags);
            b = t.indexOf('[', next);
        }
        char[] chars = doc.chars();
        Words words = doc.words();
        for (Line line : doc.lines()) {
            if (!words.lineHas(line.index(), Texts.MARKUP_BIT)
                    && !(words.lineHas(line.index(), Texts.COLON_BIT) && words.lineHas(line.index(), Texts.SLASH_BIT))) {
                continue; // no '<', no '&', and no "://": no markup, entity or URL
            }
            int end = line.end();
            for (int i = line.start(); i < end; i++) {
                char c = chars[i];
                if (c == '<') {
                    i = markup(t, i, end, flags);
                } else if (c == '&') {
                    i = entity(t, i, end, flags);
                } else if (c == 'h' && t.startsWith("http", i) && (i == line.start() || Texts.isSpace(t.charAt(i - 1)))) {
                    i = url(t, i, end, flags);
                }
            }
        }
        super.apply(doc, flags);
    }

    /** @return the index of the last char consumed */
    private static int markup(String t, int i, int end, Flags flags) {
        if (t.startsWith("<!--", i)) {
            int close = indexOf(t, "-->", i + 4, Math.min(end, i + MAX_TAG));
            if (close >= 0) {
                flags.span(i, close + 3, Category.TRACKING, "raw HTML comment");
                return close + 2;
            }
            return i;
        }
        int p = tagName(t, i, end);
        if (p < 0) {
            return i;
        }
        int nameStart = t.charAt(i + 1) == '/' ? i + 2 : i + 1;
        String name = t.substring(nameStart, p).toLowerCase(Locale.ROOT);
        int limit = Math.min(end, i + MAX_TAG);
        int gt = tagEnd(t, p, limit, true);
        if (gt < 0) {
            return i;
        }
        int stop = gt + 1;
        if (name.equals("script") || name.equals("style") || name.equals("noscript")) {
            int close = indexOf(t, "</" + name, stop, limit);
            if (close >= 0) {
                int cgt = indexOf(t, ">", close, limit);
                if (cgt >= 0) {
                    stop = cgt + 1;
                }
            }
        }
        flags.span(i, stop, Category.TRACKING, "raw <" + name + "> markup");
        return stop - 1;
    }

    /**
     * Reads what follows a tag's name as markup does: attributes ({@code name}, {@code name=value},
     * {@code name="value"} or {@code name='value'}, a quoted value holding any char), white space
     * and slashes, up to the closing {@code >}. Words with punctuation between them, or more than
     * {@value #MAX_BARE_ATTRIBUTES} words without values (or one in capitals), are text, not
     * attributes: so a {@code <} in prose ("<b the mayor, who ... >") is no tag, whatever else
     * stands between it and a later {@code >}, and it stays so once other markup between them goes.
     *
     * @param p the index right after the tag's name
     * @param nest whether a whole tag may stand among the attributes (one level deep)
     * @return the index of the closing {@code >}, or -1 when none closes an attribute list before {@code limit}
     */
    private static int tagEnd(String t, int p, int limit, boolean nest) {
        int k = p;
        int bare = 0;
        while (k < limit) {
            char c = t.charAt(k);
            if (c == '>') {
                return k;
            }
            if (c == '<' && nest) {
                // a tag inside another's attributes ("<p class=x <noscript> >"): both go together, as the
                // outer one would go once the inner one is out
                int name = tagName(t, k, limit);
                int inner = name < 0 ? -1 : tagEnd(t, name, limit, false);
                if (inner < 0) {
                    return -1;
                }
                k = inner + 1;
                continue;
            }
            if (Texts.isSpace(c) || c == '/') {
                k++;
                continue;
            }
            int name = k;
            while (k < limit && isAttributeNameChar(t.charAt(k))) {
                k++;
            }
            if (k == name) {
                return -1;
            }
            int q = k;
            while (q < limit && Texts.isSpace(t.charAt(q))) {
                q++;
            }
            if (q >= limit || t.charAt(q) != '=') {
                if (++bare > MAX_BARE_ATTRIBUTES || !lowerCase(t, name, k)) {
                    return -1; // words, not a tag's few flags ("hidden", "async")
                }
            } else {
                q++;
                while (q < limit && Texts.isSpace(t.charAt(q))) {
                    q++;
                }
                if (q >= limit) {
                    return -1;
                }
                char open = t.charAt(q);
                if (open == '"' || open == '\'') {
                    int close = q + 1;
                    while (close < limit && t.charAt(close) != open) {
                        close++;
                    }
                    if (close >= limit) {
                        return -1;
                    }
                    k = close + 1;
                } else {
                    int value = q;
                    while (q < limit && !Texts.isSpace(t.charAt(q)) && t.charAt(q) != '>' && t.charAt(q) != '<'
                            && t.charAt(q) != '"' && t.charAt(q) != '\'') {
                        q++;
                    }
                    if (q == value) {
                        return -1;
                    }
                    k = q;
                }
            }
        }
        return -1;
    }

    /**
     * @param i the index of a {@code <}
     * @return the index right after the name of the known tag ({@link #TAGS}) that starts at i, a start
     *     or an end tag, followed by white space, {@code /} or {@code >}; or -1
     */
    private static int tagName(String t, int i, int end) {
        int p = i + 1;
        if (p < end && t.charAt(p) == '/') {
            p++;
        }
        int nameStart = p;
        while (p < end && p - nameStart < 16 && (Character.isLetterOrDigit(t.charAt(p)) || t.charAt(p) == '-')) {
            p++;
        }
        if (p == nameStart || p >= end || !TAGS.contains(t.substring(nameStart, p).toLowerCase(Locale.ROOT))) {
            return -1;
        }
        char after = t.charAt(p);
        return after == '>' || after == '/' || Texts.isSpace(after) ? p : -1;
    }

    /** @return whether t[from, to) holds no upper-case letter */
    private static boolean lowerCase(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (t.charAt(i) >= 'A' && t.charAt(i) <= 'Z') {
                return false;
            }
        }
        return true;
    }

    /** A tag has at most this many attributes without a value ({@code <iframe allowfullscreen hidden>}). */
    private static final int MAX_BARE_ATTRIBUTES = 2;

    /** @return whether c may stand in an attribute's name as pages write them ({@code data-src}, {@code xml:lang}, {@code @click}) */
    private static boolean isAttributeNameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == ':'
                || c == '.' || c == '@';
    }

    /**
     * Flags a WordPress shortcode's tag at b ({@code [caption id="x" width="300"]}, {@code [/caption]},
     * {@code [vc_row]}): a known name in lower case, alone or with attributes ({@code key="value"})
     * up to the closing bracket on the same line; its content stays. A Markdown link
     * ({@code [video](...)}) and words in brackets ({@code [box office]}) are no shortcode.
     *
     * @return where the search for the next '[' goes on
     */
    private static int shortcode(String t, int b, Flags flags) {
        int p = b + 1;
        if (p < t.length() && t.charAt(p) == '/') {
            p++;
        }
        int nameStart = p;
        while (p < t.length() && p - nameStart <= 40) {
            char c = t.charAt(p);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
                p++;
            } else {
                break;
            }
        }
        String name = p - nameStart < 2 || p >= t.length() ? null : t.substring(nameStart, p);
        if (name == null || !isShortcode(name)) {
            return b + 1;
        }
        char after = t.charAt(p);
        if (after != ']' && after != ' ' && after != '/') {
            return b + 1;
        }
        int limit = Math.min(t.length(), b + MAX_SHORTCODE);
        boolean attributes = false;
        for (int k = p; k < limit; k++) {
            char c = t.charAt(k);
            attributes |= c == '=';
            if (c == ']') {
                if (k + 1 < t.length() && t.charAt(k + 1) == '(') {
                    return k + 1; // "[video](https://...)": a Markdown link
                }
                if (k > p && !attributes) {
                    return k + 1; // words after the name but no attribute: "[box office]" is text
                }
                if (name.equals("caption") && nameStart == b + 1) {
                    // [caption ...]<img> A caption.[/caption] on one line: the caption goes with its tags
                    int close = k + 1;
                    int stop = Math.min(t.length(), k + 1 + MAX_SHORTCODE);
                    while (close < stop && t.charAt(close) != '[' && t.charAt(close) != '\n') {
                        close++; // to the next '[' only: the searches stay apart
                    }
                    if (t.startsWith("[/caption]", close)) {
                        flags.span(b, close + "[/caption]".length(), Category.CAPTION, "image caption in a WordPress [caption] shortcode");
                        return close + "[/caption]".length();
                    }
                }
                flags.span(b, k + 1, Category.TRACKING, "WordPress shortcode [" + name + "]");
                return k + 1;
            }
            if (c == '[' || c == '\n') {
                return k; // the next '[' is looked at on its own
            }
        }
        return limit;
    }

    private static boolean isShortcode(String name) {
        if (SHORTCODES.contains(name)) {
            return true;
        }
        for (String prefix : SHORTCODE_PREFIXES) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** @return the first index of s in t within [from, to - s.length()], or -1: a bounded search */
    static int indexOf(String t, String s, int from, int to) {
        char first = s.charAt(0);
        for (int i = from; i + s.length() <= to; i++) {
            if (t.charAt(i) == first && t.startsWith(s, i)) {
                return i;
            }
        }
        return -1;
    }

    private static int entity(String t, int i, int end, Flags flags) {
        int semi = -1;
        for (int k = i + 1; k < end && k - i <= 9; k++) {
            char ch = t.charAt(k);
            if (ch == ';') {
                semi = k;
                break;
            }
            if (!Character.isLetterOrDigit(ch) && ch != '#') {
                break;
            }
        }
        if (semi < 0) {
            return i;
        }
        String name = t.substring(i + 1, semi).toLowerCase(Locale.ROOT);
        if (SPACE_ENTITIES.contains(name)) {
            flags.span(i, semi + 1, Category.TRACKING, "unescaped entity &" + name + ";");
            return semi;
        }
        return i;
    }

    private static int url(String t, int i, int end, Flags flags) {
        if (!t.regionMatches(true, i, "http://", 0, 7) && !t.regionMatches(true, i, "https://", 0, 8)) {
            return i; // not a URL: no need to look for its end (text without spaces would make that dear)
        }
        int k = i;
        while (k < end && !Texts.isSpace(t.charAt(k))) {
            k++;
        }
        if (k - i > 2048) {
            return k - 1;
        }
        String u = t.substring(i, k).toLowerCase(Locale.ROOT);
        if (!u.startsWith("http://") && !u.startsWith("https://")) {
            return i;
        }
        for (String tracker : TRACKERS) {
            if (u.contains(tracker)) {
                flags.span(i, k, Category.TRACKING, "tracker URL");
                break;
            }
        }
        return k - 1;
    }
}
