package org.newsclean;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What HTML extraction knows about tags, attributes and class/id names: which elements are never
 * article text, which look like page furniture, and how much a class name says for or against
 * content. Stateless and thread-safe.
 *
 * <p>The class/id weights and the "unlikely candidate" patterns follow Mozilla Readability
 * ({@code Readability.js}, {@code REGEXPS}); the ad, newsletter, cookie and byline patterns are
 * ours.
 */
final class HtmlPatterns {

    /** Why an element is dropped: a rule name (the removal's heuristic is {@code "html-" + rule}), a category and a reason. */
    record Drop(String rule, Category category, String reason) {
    }

    /** Tags whose content is never article text. */
    static final Set<String> NEVER = Set.of("script", "style", "noscript", "template", "svg", "math", "iframe",
            "object", "embed", "canvas", "video", "audio", "button", "select", "input", "textarea", "link", "meta",
            "dialog", "map", "frame", "frameset", "head", "title", "option", "label");

    /** Tags that begin a new text block. */
    static final Set<String> BLOCK = Set.of("p", "div", "section", "article", "main", "header", "footer", "aside",
            "nav", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre",
            "table", "tr", "td", "th", "thead", "tbody", "tfoot", "caption", "figure", "figcaption", "form",
            "fieldset", "address", "hr", "center", "details", "summary", "body", "html", "menu", "hgroup", "legend");

    static final Pattern UNLIKELY = Pattern.compile("-ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap"
            + "|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper"
            + "|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|newsletter|subscribe"
            + "|cookie|consent|outbrain|taboola|share|sharing|paywall|recirc|most-?popular|trending", Pattern.CASE_INSENSITIVE);
    static final Pattern MAYBE = Pattern.compile("and|article|body|column|content|main|shadow|story|entry|post-?text",
            Pattern.CASE_INSENSITIVE);
    static final Pattern POSITIVE = Pattern.compile("article|body|content|entry|hentry|h-entry|main|page|pagination"
            + "|post|text|blog|story", Pattern.CASE_INSENSITIVE);
    static final Pattern NEGATIVE = Pattern.compile("-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-"
            + "|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper"
            + "|sponsor|shopping|tags|widget|byline|author|caption|credit|newsletter|recirc", Pattern.CASE_INSENSITIVE);
    static final Pattern UNLIKELY_ROLE = Pattern.compile("menu|menubar|complementary|navigation|alert|alertdialog"
            + "|dialog|banner|contentinfo|search", Pattern.CASE_INSENSITIVE);

    /** Class/id tokens (split on space, {@code -} and {@code _}) of ad slots. */
    private static final Set<String> AD_TOKENS = Set.of("ad", "ads", "advert", "adverts", "advertisement", "adslot",
            "adunit", "adsbygoogle", "dfp", "gpt", "adblock", "adcontainer", "adwrapper", "sponsored", "banneritem");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HIDDEN_CLASS = Pattern.compile("(^|\\s)(hidden|hide|sr-only|visually-?hidden"
            + "|screen-?reader-text|offscreen|element-invisible|is-hidden|u-hidden)(\\s|$)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPTION = Pattern.compile("caption|credit|wp-caption-text|photo-?desc|image-?desc"
            + "|img-?desc|media-?desc|picture-?text", Pattern.CASE_INSENSITIVE);
    private static final Pattern BYLINE = Pattern.compile("byline|author|dateline|timestamp|published|pubdate|date-?time"
            + "|post-?date|article-?date|posted-?on|updated|article-?meta|post-?meta|entry-?meta|story-?meta|contributor",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SKIP_TEXT = Pattern.compile("^\\s*(skip|jump) (to|navigation)|^\\s*zum inhalt"
            + "|^\\s*aller au contenu|^\\s*saltar al", Pattern.CASE_INSENSITIVE);

    private HtmlPatterns() {
    }

    /** @return the element's class and id, lower-cased and joined by a space ("" when it has neither) */
    static String classAndId(Element e) {
        String c = e.className();
        String id = e.id();
        if (c.isEmpty()) {
            return id.toLowerCase(Locale.ROOT);
        }
        return id.isEmpty() ? c.toLowerCase(Locale.ROOT) : (c + " " + id).toLowerCase(Locale.ROOT);
    }

    /** @return Readability's class weight: -25 or +25 for each of class and id */
    static int classWeight(Element e) {
        int w = 0;
        String c = e.className();
        if (!c.isEmpty()) {
            if (NEGATIVE.matcher(c).find()) {
                w -= 25;
            }
            if (POSITIVE.matcher(c).find()) {
                w += 25;
            }
        }
        String id = e.id();
        if (!id.isEmpty()) {
            if (NEGATIVE.matcher(id).find()) {
                w -= 25;
            }
            if (POSITIVE.matcher(id).find()) {
                w += 25;
            }
        }
        return w;
    }

    /** @return the initial content score of a candidate by its tag (Readability's {@code _initializeNode}) */
    static int tagScore(String tag) {
        switch (tag) {
            case "div": case "article": case "main": case "section":
                return 5;
            case "pre": case "td": case "blockquote":
                return 3;
            case "address": case "ol": case "ul": case "dl": case "dd": case "dt": case "li": case "form":
                return -3;
            case "h1": case "h2": case "h3": case "h4": case "h5": case "h6": case "th":
                return -5;
            default:
                return 0;
        }
    }

    /** @return whether the tag is a heading */
    static boolean isHeading(String tag) {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }

    /**
     * Decides, from the element alone, whether it is never article text: never-text tags, hidden
     * elements, tracking pixels, skip links. Figures and captions go unless captions are kept.
     *
     * @return the reason to drop it, or null
     */
    static Drop never(Element e, String tag, HtmlOptions options) {
        if (NEVER.contains(tag)) {
            return new Drop("structure", tag.equals("noscript") ? Category.TRACKING : Category.LAYOUT,
                    "<" + tag + "> is never article text");
        }
        if (tag.equals("img")) {
            String w = e.attr("width");
            String h = e.attr("height");
            String alt = e.attr("alt");
            if ((w.equals("1") || w.equals("0")) && (h.equals("1") || h.equals("0")) || alt.equalsIgnoreCase("fb-pixel")
                    || e.attr("src").contains("facebook.com/tr")) {
                return new Drop("tracking-pixel", Category.TRACKING, "a 1x1 or known tracking image");
            }
            return null;
        }
        if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))
                || HIDDEN_STYLE.matcher(e.attr("style")).find() || HIDDEN_CLASS.matcher(e.className()).find()) {
            return new Drop("hidden", Category.LAYOUT, "a hidden element");
        }
        if (tag.equals("a") && e.attr("href").startsWith("#") && SKIP_TEXT.matcher(e.text()).find()) {
            return new Drop("skip-link", Category.NAVIGATION, "a skip link");
        }
        if (!options.keepCaptions()) {
            if (tag.equals("figcaption")) {
                return new Drop("caption", Category.CAPTION, "an image caption (<figcaption>)");
            }
            if (tag.equals("figure")) {
                return new Drop("figure", Category.CAPTION, "a figure with its caption and credit");
            }
        }
        return null;
    }

    /**
     * Decides whether an element looks like page furniture by its tag, role, class and id: nav,
     * headers, footers, asides, share bars, ad slots, newsletter boxes, related lists, comments,
     * cookie banners, bylines and captions. The caller guards elements that hold most of the text.
     *
     * @return the reason to drop it, or null
     */
    static Drop furniture(Element e, String tag, int textLength, HtmlOptions options) {
        switch (tag) {
            case "nav":
                return new Drop("structure", Category.NAVIGATION, "<nav> is navigation");
            case "header":
                return new Drop("structure", Category.LAYOUT, "<header> is page or article furniture");
            case "footer":
                return new Drop("structure", Category.LAYOUT, "<footer> is page or article furniture");
            case "aside":
                return new Drop("structure", Category.LAYOUT, "<aside> is a side note or box");
            case "body": case "html": case "a": case "p":
                return null;
            default:
                break;
        }
        String role = e.attr("role");
        if (!role.isEmpty() && UNLIKELY_ROLE.matcher(role).find()) {
            return new Drop("role", role.contains("nav") || role.contains("menu") ? Category.NAVIGATION : Category.LAYOUT,
                    "ARIA role \"" + role + "\" is not article text");
        }
        String ci = classAndId(e);
        if (ci.isEmpty()) {
            return null;
        }
        if (isAdSlot(ci)) {
            return new Drop("ad-slot", Category.ADVERTISEMENT, "an ad slot (class/id \"" + abbreviate(ci) + "\")");
        }
        if (!options.keepCaptions() && textLength < 400 && CAPTION.matcher(ci).find() && !MAYBE.matcher(ci).find()) {
            return new Drop("caption", Category.CAPTION, "a caption or credit (class/id \"" + abbreviate(ci) + "\")");
        }
        if (textLength < 200 && BYLINE.matcher(ci).find()) {
            return new Drop("byline", Category.BYLINE, "a byline or date (class/id \"" + abbreviate(ci) + "\")");
        }
        if (UNLIKELY.matcher(ci).find() && !MAYBE.matcher(ci).find()) {
            return new Drop("class-pattern", categoryOf(ci), "class/id \"" + abbreviate(ci) + "\" is page furniture");
        }
        return null;
    }

    private static boolean isAdSlot(String ci) {
        int start = -1;
        for (int i = 0; i <= ci.length(); i++) {
            char c = i < ci.length() ? ci.charAt(i) : ' ';
            boolean sep = c == ' ' || c == '-' || c == '_';
            if (sep) {
                if (start >= 0 && AD_TOKENS.contains(ci.substring(start, i))) {
                    return true;
                }
                start = -1;
            } else if (start < 0) {
                start = i;
            }
        }
        return false;
    }

    /** @return the category a furniture class/id name suggests */
    static Category categoryOf(String ci) {
        if (ci.contains("comment") || ci.contains("disqus") || ci.contains("repl")) {
            return Category.COMMENTS;
        }
        if (ci.contains("share") || ci.contains("sharing") || ci.contains("social")) {
            return Category.SHARE;
        }
        if (ci.contains("related") || ci.contains("outbrain") || ci.contains("taboola") || ci.contains("recirc")
                || ci.contains("popular") || ci.contains("trending")) {
            return Category.RELATED;
        }
        if (ci.contains("newsletter") || ci.contains("subscribe") || ci.contains("paywall")) {
            return Category.NEWSLETTER;
        }
        if (ci.contains("cookie") || ci.contains("consent") || ci.contains("gdpr")) {
            return Category.COOKIE;
        }
        if (ci.contains("sponsor") || ci.contains("-ad-") || ci.contains("ad-break") || ci.contains("skyscraper")) {
            return Category.ADVERTISEMENT;
        }
        if (ci.contains("menu") || ci.contains("breadcrumb") || ci.contains("pag")) {
            return Category.NAVIGATION;
        }
        return Category.LAYOUT;
    }

    private static String abbreviate(String s) {
        return Explain.abbreviate(s, 60);
    }
}
