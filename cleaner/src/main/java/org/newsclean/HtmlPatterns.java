package org.newsclean;

import java.util.List;
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

    /**
     * Why an element is dropped: a rule name (the removal's heuristic is {@code "html-" + rule}), a
     * category and a reason. A reason that quotes class/id names is only built when asked for: most
     * furniture candidates are never dropped (they lie inside dropped furniture, or are guarded).
     *
     * @param lead the reason, or its part before the quoted names
     * @param names the class/id names quoted in the reason, or null
     * @param tail the reason's part after the quoted names
     */
    record Drop(String rule, Category category, String lead, Verdict names, String tail) {
        Drop(String rule, Category category, String reason) {
            this(rule, category, reason, null, "");
        }

        /** @return the reason */
        String reason() {
            return names == null ? lead : lead + abbreviate(names.names()) + tail;
        }
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

    /** Readability's {@code unlikelyCandidates}, plus newsletter, cookie, share and recirculation names. */
    static final String[] UNLIKELY = {"-ad-", "ai2html", "banner", "breadcrumb", "combx", "comment", "community",
        "cover-wrap", "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies",
        "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate",
        "pagination", "pager", "popup", "yom-remote", "newsletter", "subscribe", "cookie", "consent", "outbrain",
        "taboola", "share", "sharing", "paywall", "recirc", "mostpopular", "most-popular", "trending"};
    /** Readability's {@code okMaybeItsACandidate}, plus story and entry names. */
    static final String[] MAYBE = {"and", "article", "body", "column", "content", "main", "shadow", "story", "entry",
        "posttext", "post-text"};
    /** Readability's {@code positive}. */
    static final String[] POSITIVE = {"article", "body", "content", "entry", "hentry", "h-entry", "main", "page",
        "pagination", "post", "text", "blog", "story"};
    /** Readability's {@code negative} (its "hid" token is checked apart), plus byline, caption and newsletter names. */
    static final String[] NEGATIVE = {"-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer",
        "gdpr", "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar",
        "skyscraper", "sponsor", "shopping", "tags", "widget", "byline", "author", "caption", "credit", "newsletter",
        "recirc"};
    /** ARIA roles of elements that are not article text. */
    static final String[] UNLIKELY_ROLE = {"menu", "complementary", "navigation", "alert", "dialog", "banner",
        "contentinfo", "search"};

    /** Class/id tokens (split on space, {@code -} and {@code _}) of ad slots. */
    private static final Set<String> AD_TOKENS = Set.of("ad", "ads", "advert", "adverts", "advertisement", "adslot",
            "adunit", "adsbygoogle", "dfp", "gpt", "adblock", "adcontainer", "adwrapper", "sponsored", "banneritem");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden",
            Pattern.CASE_INSENSITIVE);
    /** Class tokens of hidden or screen-reader-only elements. */
    private static final Set<String> HIDDEN_CLASS = Set.of("hidden", "hide", "sr-only", "visually-hidden",
            "visuallyhidden", "screen-reader-text", "screenreader-text", "offscreen", "element-invisible", "is-hidden",
            "u-hidden");
    /** Class/id words of embedded posts, which the article quotes. */
    static final String[] EMBED = {"embed", "tweet", "instagram-media"};
    private static final Set<String> DATE_WORDS = Set.copyOf(List.of("jan", "january", "feb", "february", "mar", "march", "apr",
            "april", "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october",
            "nov", "november", "dec", "december", "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu",
            "thurs", "thursday", "fri", "friday", "sat", "saturday", "sun", "sunday", "am", "pm", "a", "p", "m", "est",
            "edt", "cst", "cdt", "pst", "pdt", "gmt", "utc", "bst", "cet", "cest", "updated", "published", "posted",
            "last", "modified", "on", "at", "de", "às", "em", "le", "à", "h", "uhr", "um", "am", "el", "del", "janeiro",
            "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro",
            "dezembro", "segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo", "feira", "enero", "febrero",
            "marzo", "mayo", "junio", "julio", "septiembre", "octubre", "noviembre", "diciembre", "janvier", "février",
            "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre", "januar",
            "februar", "märz", "juni", "juli", "oktober", "dezember", "gennaio", "febbraio", "aprile", "maggio",
            "giugno", "luglio", "settembre", "ottobre", "dicembre", "th", "st", "nd", "rd", "ago", "hours", "hour",
            "minutes", "min", "mins", "days", "day", "yesterday", "today"));
    /** Date words that say nothing alone: "10 p.m.", "at 4:14", "5 min". */
    private static final Set<String> WEAK_DATE_WORDS = Set.of("est", "edt", "cst", "cdt", "pst", "pdt", "gmt", "utc",
            "bst", "cet", "cest", "uhr", "del", "ago", "hours", "hour", "minutes", "min", "mins", "days", "day", "last",
            "today");
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\b\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b");
    /** "5 min read", "Reading time: 3 minutes", "Tempo de leitura: 1 minuto", "Lesezeit: 4 Min." */
    private static final Pattern READING_TIME = Pattern.compile("(?u)(reading time|read time|tempo de leitura"
            + "|tiempo de lectura|temps de lecture|lesezeit|tempo di lettura)\\W*\\d+\\W*\\w*\\W*"
            + "|\\d+\\s*(min|mins|minute|minutes|minuto|minutos)\\.?\\s*(read|de leitura|de lectura|lesezeit)\\W*");
    private static final String[] BYLINE_LEADS = {"by ", "por ", "von ", "par ", "di ", "door ", "av ", "written by ",
        "reporting by ", "words by ", "story by "};
    private static final String[] CAPTION = {"caption", "credit", "photo-desc", "photodesc", "image-desc",
        "imagedesc", "img-desc", "imgdesc", "media-desc", "mediadesc", "picture-text", "picturetext"};
    private static final String[] BYLINE = {"byline", "author", "dateline", "timestamp", "published", "pubdate",
        "date-time", "datetime", "post-date", "postdate", "article-date", "articledate", "posted-on", "postedon",
        "updated", "article-meta", "articlemeta", "post-meta", "postmeta", "entry-meta", "entrymeta", "story-meta",
        "storymeta", "contributor"};
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
        return nameWeight(e.className()) + nameWeight(e.id());
    }

    private static int nameWeight(String name) {
        if (name.isEmpty()) {
            return 0;
        }
        int w = 0;
        int found = WORDS.scanAscii(name);
        boolean hid;
        if (found >= 0) {
            hid = hasTokenAscii(name, HID, false);
        } else {
            String n = name.toLowerCase(Locale.ROOT);
            found = WORDS.scan(n);
            hid = hasToken(n, "hid");
        }
        if ((found & W_NEGATIVE) != 0 || hid) {
            w -= 25;
        }
        if ((found & W_POSITIVE) != 0) {
            w += 25;
        }
        return w;
    }

    /** @return whether the lower-cased name contains any of the words */
    static boolean any(String name, String[] words) {
        for (String w : words) {
            if (name.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** @return whether the space-separated name has the token */
    static boolean hasToken(String name, String token) {
        int from = 0;
        while (true) {
            int i = name.indexOf(token, from);
            if (i < 0) {
                return false;
            }
            int end = i + token.length();
            if ((i == 0 || name.charAt(i - 1) == ' ') && (end == name.length() || name.charAt(end) == ' ')) {
                return true;
            }
            from = i + 1;
        }
    }

    /**
     * Whether an all-ASCII name has a token, matched case-insensitively, from the list; tokens are
     * split on spaces, and also on {@code -} and {@code _} when {@code dashes} is set.
     */
    private static boolean hasTokenAscii(String name, String[] tokens, boolean dashes) {
        int n = name.length();
        int start = 0;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? name.charAt(i) : ' ';
            if (c == ' ' || dashes && (c == '-' || c == '_')) {
                int len = i - start;
                if (len > 0) {
                    for (String t : tokens) {
                        if (t.length() == len && name.regionMatches(true, start, t, 0, len)) {
                            return true;
                        }
                    }
                }
                start = i + 1;
            }
        }
        return false;
    }

    private static boolean hiddenClass(String lower) {
        for (String t : HIDDEN_CLASS) {
            if (lower.contains(t) && hasToken(lower, t)) {
                return true;
            }
        }
        return false;
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

    /**
     * @param block a text block
     * @return whether it is only a date or time, such as "Nov 18, 2019 at 4:07 PM" or "2018-08-16"
     */
    static boolean isDateLine(String block) {
        if (block.length() > 80) {
            return false;
        }
        boolean digit = false;
        boolean strong = false;
        int start = -1;
        String lower = block.toLowerCase(Locale.ROOT);
        for (int i = 0; i <= lower.length(); i++) {
            char c = i < lower.length() ? lower.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                if (start < 0) {
                    start = i;
                }
                continue;
            }
            if (start >= 0) {
                String w = lower.substring(start, i);
                if (!DATE_WORDS.contains(w)) {
                    return false;
                }
                strong |= w.length() >= 3 && !WEAK_DATE_WORDS.contains(w);
                start = -1;
            }
            if (Character.isDigit(c)) {
                digit = true;
            }
        }
        // a month, weekday or "updated"; or a numeric date: a bare number or time is table or live-blog text
        return digit && (strong || NUMERIC_DATE.matcher(block).find());
    }

    /**
     * @param block a text block
     * @return whether it reads as a byline ("By Name ...", "Posted by ...") or a reading time ("5 min read")
     */
    static boolean isBylineLine(String block) {
        if (block.length() > 300) {
            return false;
        }
        String lower = block.toLowerCase(Locale.ROOT);
        // wire credits: "(Reporting by ...; Editing by ...)", "... contributed reporting from ..."
        if (lower.startsWith("(reporting by") || lower.startsWith("reporting by") && lower.contains("editing by")
                || lower.contains("contributed reporting") || lower.contains("contributed to this report")) {
            return true;
        }
        if (block.length() > 100) {
            return false;
        }
        if (block.length() < 60 && (lower.startsWith("posted on ") || lower.startsWith("posted by ")
                || READING_TIME.matcher(lower).matches())) {
            return true;
        }
        for (String lead : BYLINE_LEADS) {
            if (lower.startsWith(lead) && block.length() > lead.length()
                    && Character.isUpperCase(block.charAt(lead.length())) && !block.endsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern GALLERY_COUNTER = Pattern.compile(
            "(?iu)(image|photo|picture|slide|foto|bild|imagem|imagen)?\\s*\\d+\\s*(of|/|de|von|di|sur)\\s*/?\\s*\\d*");

    /**
     * @param block a text block
     * @return whether it is a gallery counter such as "Image 1 of / 8" or "1 / 5"
     */
    static boolean isGalleryCounter(String block) {
        return block.length() <= 24 && GALLERY_COUNTER.matcher(block).matches();
    }

    /** @return whether the tag is a heading */
    static boolean isHeading(String tag) {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }

    /** What an element's class and id say, computed once per distinct class/id pair. */
    enum Kind { NONE, HIDDEN, AD, CAPTION, BYLINE, FURNITURE }

    private static final Kind[] KINDS = Kind.values();

    /**
     * The verdict of a class/id pair: its {@code kind} (what the names say), its {@code category}
     * (that of a {@link Kind#FURNITURE} verdict), its {@code names} (the class and id, lower-cased,
     * for reasons; joined only when asked for) and {@code maybe} (whether the names also say
     * "content", Readability's {@code okMaybeItsACandidate}). Not thread-safe: one extraction's.
     */
    static final class Verdict {
        static final Verdict NONE = new Verdict(Kind.NONE, Category.LAYOUT, "", false);

        private final Kind kind;
        private final Category category;
        private final boolean maybe;
        /** The names, or null until asked for when they join a class's and an id's. */
        private String names;
        private final Verdict classPart;
        private final Verdict idPart;

        Verdict(Kind kind, Category category, String names, boolean maybe) {
            this(kind, category, names, maybe, null, null);
        }

        /** A verdict whose names join those of a class's and an id's verdicts, built when asked for. */
        Verdict(Kind kind, Category category, Verdict classPart, Verdict idPart, boolean maybe) {
            this(kind, category, null, maybe, classPart, idPart);
        }

        private Verdict(Kind kind, Category category, String names, boolean maybe, Verdict classPart, Verdict idPart) {
            this.kind = kind;
            this.category = category;
            this.names = names;
            this.maybe = maybe;
            this.classPart = classPart;
            this.idPart = idPart;
        }

        Kind kind() {
            return kind;
        }

        Category category() {
            return category;
        }

        /** @return the class and id, lower-cased, for reasons */
        String names() {
            String n = names;
            if (n == null) {
                n = classPart.names() + " " + idPart.names();
                names = n;
            }
            return n;
        }

        boolean maybe() {
            return maybe;
        }
    }

    /**
     * @param name a class or id attribute value
     * @param isClass whether it is a class (only classes can say "hidden")
     * @return what the name says; callers cache it per name
     */
    static Verdict classify(String name, boolean isClass) {
        if (name.isEmpty()) {
            return Verdict.NONE;
        }
        // one scan finds every word that counts; most names have none, and cost no allocation
        String lower = null;
        int found = WORDS.scanAscii(name);
        if (found < 0) {
            lower = name.toLowerCase(Locale.ROOT);
            found = WORDS.scan(lower);
        }
        // a hidden or ad token needs its word somewhere in the name
        boolean hiddenWord = isClass && (found & W_HIDDEN) != 0;
        boolean adWord = (found & W_AD) != 0;
        if ((found & (W_UNLIKELY | W_MAYBE | W_CAPTION | W_BYLINE | W_EMBED)) == 0 && !hiddenWord && !adWord) {
            return Verdict.NONE;
        }
        String ci = lower != null ? lower : name.toLowerCase(Locale.ROOT);
        // embedded posts (tweets, Instagram) are quoted article content, not share bars
        boolean maybe = (found & (W_MAYBE | W_EMBED)) != 0;
        if (hiddenWord && hiddenClass(ci)) {
            return new Verdict(Kind.HIDDEN, Category.LAYOUT, ci, maybe);
        }
        if (adWord && isAdSlot(ci)) {
            return new Verdict(Kind.AD, Category.ADVERTISEMENT, ci, maybe);
        }
        boolean content = (found & W_MAYBE) != 0;
        if ((found & W_CAPTION) != 0 && !content) {
            // an embed's caption is still a caption: only "content" names save it
            return new Verdict(Kind.CAPTION, Category.CAPTION, ci, false);
        }
        if ((found & W_BYLINE) != 0) {
            return new Verdict(Kind.BYLINE, Category.BYLINE, ci, maybe);
        }
        if ((found & W_UNLIKELY) != 0) {
            return new Verdict(Kind.FURNITURE, categoryOf(found), ci, maybe);
        }
        return maybe ? new Verdict(Kind.NONE, Category.LAYOUT, ci, true) : Verdict.NONE;
    }

    /**
     * Combines the verdicts of an element's class and id, as if their names were matched together:
     * "content"-like names in either keep captions and furniture patterns from counting.
     */
    static Verdict combine(Verdict c, Verdict i) {
        if (i == Verdict.NONE) {
            return c.maybe() && (c.kind() == Kind.CAPTION || c.kind() == Kind.FURNITURE) ? relaxed(c) : c;
        }
        if (c == Verdict.NONE) {
            return combine(i, Verdict.NONE);
        }
        boolean maybe = c.maybe() || i.maybe();
        for (Kind k : KINDS) {
            if (k == Kind.NONE || maybe && (k == Kind.CAPTION || k == Kind.FURNITURE)) {
                continue;
            }
            if (c.kind() == k) {
                return new Verdict(k, c.category(), c, i, maybe);
            }
            if (i.kind() == k) {
                return new Verdict(k, i.category(), c, i, maybe);
            }
        }
        return new Verdict(Kind.NONE, Category.LAYOUT, c, i, maybe);
    }

    private static Verdict relaxed(Verdict v) {
        return new Verdict(Kind.NONE, Category.LAYOUT, v.names(), true);
    }

    /**
     * Decides, from the element alone, whether it is never article text: never-text tags, hidden
     * elements, tracking pixels, skip links. Figures and captions go unless captions are kept.
     *
     * @param v the verdict of the element's class and id
     * @return the reason to drop it, or null
     */
    static Drop never(Element e, String tag, Verdict v, HtmlOptions options) {
        if (NEVER.contains(tag)) {
            return new Drop("structure", tag.equals("noscript") ? Category.TRACKING : Category.LAYOUT,
                    "<" + tag + "> is never article text");
        }
        if (tag.equals("img")) {
            String w = e.attr("width");
            String h = e.attr("height");
            if ((w.equals("1") || w.equals("0")) && (h.equals("1") || h.equals("0"))
                    || e.attr("alt").equalsIgnoreCase("fb-pixel") || e.attr("src").contains("facebook.com/tr")) {
                return new Drop("tracking-pixel", Category.TRACKING, "a 1x1 or known tracking image");
            }
            return null;
        }
        if (e.attributesSize() == 0) {
            return figure(tag, options);
        }
        if (v.kind() == Kind.HIDDEN || e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))) {
            return new Drop("hidden", Category.LAYOUT, "a hidden element");
        }
        String style = e.attr("style");
        if (!style.isEmpty() && (style.contains("none") || style.contains("hidden")) && HIDDEN_STYLE.matcher(style).find()) {
            return new Drop("hidden", Category.LAYOUT, "a hidden element (inline style)");
        }
        if (tag.equals("a") && e.attr("href").startsWith("#") && SKIP_TEXT.matcher(e.text()).find()) {
            return new Drop("skip-link", Category.NAVIGATION, "a skip link");
        }
        return figure(tag, options);
    }

    private static Drop figure(String tag, HtmlOptions options) {
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
     * @param v the verdict of the element's class and id
     * @param textLength the element's text length, in chars
     * @return the reason to drop it, or null
     */
    static Drop furniture(Element e, String tag, Verdict v, int textLength, HtmlOptions options) {
        switch (tag) {
            case "nav":
                return new Drop("structure", Category.NAVIGATION, "<nav> is navigation");
            case "header":
                return new Drop("structure", Category.LAYOUT, "<header> is page or article furniture");
            case "footer":
                return new Drop("structure", Category.LAYOUT, "<footer> is page or article furniture");
            case "aside":
                return new Drop("structure", Category.LAYOUT, "<aside> is a side note or box");
            case "body": case "html":
                return null;
            case "a": case "p":
                // never by the broad furniture names, but a short caption or byline paragraph goes
                if (v.kind() != Kind.CAPTION && v.kind() != Kind.BYLINE) {
                    return null;
                }
                break;
            default:
                break;
        }
        if (v == Verdict.NONE && e.attributesSize() == 0) {
            return null;
        }
        String role = e.attr("role");
        if (!role.isEmpty() && any(role.toLowerCase(Locale.ROOT), UNLIKELY_ROLE)) {
            return new Drop("role", role.contains("nav") || role.contains("menu") ? Category.NAVIGATION : Category.LAYOUT,
                    "ARIA role \"" + role + "\" is not article text");
        }
        switch (v.kind()) {
            case AD:
                return new Drop("ad-slot", Category.ADVERTISEMENT, "an ad slot (class/id \"", v, "\")");
            case CAPTION:
                if (!options.keepCaptions() && textLength < 400) {
                    return new Drop("caption", Category.CAPTION, "a caption or credit (class/id \"", v, "\")");
                }
                return null;
            case BYLINE:
                if (textLength < 200) {
                    return new Drop("byline", Category.BYLINE, "a byline or date (class/id \"", v, "\")");
                }
                if (tag.equals("p") || tag.equals("a")) {
                    return null;
                }
                if (!v.maybe() && v.names().contains("author")) {
                    return new Drop("author-box", Category.BYLINE, "an author box (class/id \"", v, "\")");
                }
                return any(v.names(), UNLIKELY) && !v.maybe()
                        ? new Drop("class-pattern", categoryOf(v.names()), "class/id \"", v, "\" is page furniture")
                        : null;
            case FURNITURE:
                return new Drop("class-pattern", v.category(), "class/id \"", v, "\" is page furniture");
            default:
                return null;
        }
    }

    private static boolean isAdSlot(String ci) {
        if (!ci.contains("ad") && !ci.contains("dfp") && !ci.contains("gpt") && !ci.contains("sponsor")
                && !ci.contains("banneritem")) {
            return false;
        }
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
        return categoryOf(WORDS.scan(ci));
    }

    /** @return the category of the first category list, in order, with a word in the name */
    private static Category categoryOf(int found) {
        for (int k = 0; k < CATEGORIES.length; k++) {
            if ((found & (W_CATEGORY << k)) != 0) {
                return CATEGORIES[k];
            }
        }
        return Category.LAYOUT;
    }

    private static String abbreviate(String s) {
        return Explain.abbreviate(s, 60);
    }

    private static final int W_UNLIKELY = 1;
    private static final int W_MAYBE = 2;
    private static final int W_CAPTION = 4;
    private static final int W_BYLINE = 8;
    private static final int W_EMBED = 16;
    private static final int W_POSITIVE = 32;
    private static final int W_NEGATIVE = 64;
    /** A hidden class token occurs, maybe not as a token. */
    private static final int W_HIDDEN = 128;
    /** An ad token occurs, maybe not as a token. */
    private static final int W_AD = 256;
    private static final String[] HIDDEN_TOKENS = HIDDEN_CLASS.toArray(new String[0]);
    private static final String[] AD_TOKEN_LIST = AD_TOKENS.toArray(new String[0]);
    private static final String[] HID = {"hid"};
    /** All the name lists, matched in one pass; bit {@code 1 << i} is list {@code i}. */
    /** The first list of category words; the others follow, in the order of {@link #CATEGORIES}. */
    private static final int W_CATEGORY = 512;
    /** The categories a furniture name suggests, the first that has a word winning. */
    private static final Category[] CATEGORIES = {Category.COMMENTS, Category.SHARE, Category.RELATED,
        Category.NEWSLETTER, Category.COOKIE, Category.ADVERTISEMENT, Category.NAVIGATION};
    /** The words of each of {@link #CATEGORIES}, found as substrings of the lower-cased name. */
    private static final String[][] CATEGORY_WORDS = {
        {"comment", "disqus", "repl"},
        {"share", "sharing", "social"},
        {"related", "outbrain", "taboola", "recirc", "popular", "trending"},
        {"newsletter", "subscribe", "paywall"},
        {"cookie", "consent", "gdpr"},
        {"sponsor", "-ad-", "ad-break", "skyscraper"},
        {"menu", "breadcrumb", "pag"}};
    private static final HtmlWords WORDS = new HtmlWords(UNLIKELY, MAYBE, CAPTION, BYLINE, EMBED, POSITIVE, NEGATIVE,
            HIDDEN_TOKENS, AD_TOKEN_LIST, CATEGORY_WORDS[0], CATEGORY_WORDS[1], CATEGORY_WORDS[2], CATEGORY_WORDS[3],
            CATEGORY_WORDS[4], CATEGORY_WORDS[5], CATEGORY_WORDS[6]);
}
