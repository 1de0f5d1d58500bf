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

    /** Block owners that are paragraphs themselves: their score goes to their parent. */
    private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td", "th", "blockquote", "h2", "h3", "h4", "h5",
            "h6", "address", "figcaption", "caption", "summary", "center");

    /** {@link #tagFlags}'s low bits: an id for each tag the passes test by name, 0 for the others. */
    static final int T_MASK = 31;
    static final int T_A = 1;
    static final int T_P = 2;
    static final int T_IMG = 3;
    static final int T_LI = 4;
    static final int T_H1 = 5;
    static final int T_BR = 6;
    static final int T_TD = 7;
    static final int T_TH = 8;
    static final int T_SCRIPT = 9;
    static final int T_NOSCRIPT = 10;
    static final int T_FIGURE = 11;
    static final int T_FIGCAPTION = 12;
    static final int T_NAV = 13;
    static final int T_HEADER = 14;
    static final int T_FOOTER = 15;
    static final int T_ASIDE = 16;
    static final int T_BODY = 17;
    static final int T_HTML = 18;
    /** The tags with an id, in the order of their ids (from 1). */
    private static final String[] TAG_IDS = {"a", "p", "img", "li", "h1", "br", "td", "th", "script", "noscript",
        "figure", "figcaption", "nav", "header", "footer", "aside", "body", "html"};
    /** {@link #tagFlags} bit: the tag is one of {@link #NEVER}. */
    static final int F_NEVER = 1 << 5;
    /** {@link #tagFlags} bit: the tag is one of {@link #BLOCK}; such elements also get counts of their own. */
    static final int F_BLOCK = 1 << 6;
    /** {@link #tagFlags} bit: a block owner that is a paragraph itself, whose score goes to its parent. */
    static final int F_PARAGRAPH = 1 << 7;

    /** Slots of the open-addressing table behind {@link #tagFlags}: a power of two, over twice the tags. */
    private static final int TAG_SLOTS = 256;
    private static final String[] TAG_KEYS = new String[TAG_SLOTS];
    private static final int[] TAG_VALUES = new int[TAG_SLOTS];
    /** The drop of each {@link #NEVER} tag, made once. */
    private static final java.util.Map<String, Drop> NEVER_DROPS = new java.util.HashMap<>();

    static {
        for (int k = 0; k < TAG_IDS.length; k++) {
            addTagFlags(TAG_IDS[k], k + 1);
        }
        for (String t : NEVER) {
            addTagFlags(t, F_NEVER);
            NEVER_DROPS.put(t, new Drop("structure", t.equals("noscript") ? Category.TRACKING : Category.LAYOUT,
                    "<" + t + "> is never article text"));
        }
        for (String t : BLOCK) {
            addTagFlags(t, F_BLOCK);
        }
        for (String t : PARAGRAPHS) {
            addTagFlags(t, F_PARAGRAPH);
        }
    }

    private static int tagSlot(String tag) {
        int h = tag.hashCode();
        return (h ^ (h >>> 8) ^ (h >>> 16)) & (TAG_SLOTS - 1);
    }

    private static void addTagFlags(String tag, int flags) {
        int k = tagSlot(tag);
        while (TAG_KEYS[k] != null && !TAG_KEYS[k].equals(tag)) {
            k = (k + 1) & (TAG_SLOTS - 1);
        }
        TAG_KEYS[k] = tag;
        TAG_VALUES[k] |= flags;
    }

    /**
     * What the passes need to know of a tag, in one lookup instead of one set or string test each:
     * its id ({@code flags & T_MASK}, one of the {@code T_} constants or 0) and the {@code F_} bits.
     * jsoup's normal names of known tags are the same string instances as ours, so a lookup seldom
     * compares chars.
     *
     * @param tag a normal (lower-case) tag name
     * @return the tag's id and flags; 0 for a tag none of the lists has
     */
    static int tagFlags(String tag) {
        int k = tagSlot(tag);
        while (true) {
            String t = TAG_KEYS[k];
            if (t == null) {
                return 0;
            }
            if (t == tag || t.equals(tag)) {
                return TAG_VALUES[k];
            }
            k = (k + 1) & (TAG_SLOTS - 1);
        }
    }

    /**
     * The attributes extraction reads, taken from an element in one pass over its attributes instead
     * of one case-insensitive search each. Keys compare case-sensitively: jsoup's HTML parser
     * lower-cases attribute names. Values are "" when absent, as {@link Element#attr} gives them.
     * Reused from element to element; not thread-safe.
     */
    static final class Attrs {
        /** Whether the element has any attribute. */
        boolean any;
        /** The class, trimmed as {@link Element#className()} trims it. */
        String cls;
        String id;
        String style;
        /** Whether the {@code hidden} attribute is present. */
        boolean hidden;
        String ariaHidden;
        String role;
        String itemprop;
        String href;
        String width;
        String height;
        String alt;
        String src;

        /**
         * Reads the element's attributes, forgetting the last element's. (An attribute read here, or
         * anywhere in the extractor, must be one {@link HtmlTrim} keeps.)
         */
        void read(Element e) {
            cls = "";
            id = "";
            style = "";
            hidden = false;
            ariaHidden = "";
            role = "";
            itemprop = "";
            href = "";
            width = "";
            height = "";
            alt = "";
            src = "";
            any = e.attributesSize() > 0;
            if (!any) {
                return;
            }
            for (org.jsoup.nodes.Attribute a : e.attributes()) {
                switch (a.getKey()) {
                    case "class": cls = a.getValue().trim(); break;
                    case "id": id = a.getValue(); break;
                    case "style": style = a.getValue(); break;
                    case "hidden": hidden = true; break;
                    case "aria-hidden": ariaHidden = a.getValue(); break;
                    case "role": role = a.getValue(); break;
                    case "itemprop": itemprop = a.getValue(); break;
                    case "href": href = a.getValue(); break;
                    case "width": width = a.getValue(); break;
                    case "height": height = a.getValue(); break;
                    case "alt": alt = a.getValue(); break;
                    case "src": src = a.getValue(); break;
                    default: break;
                }
            }
        }
    }

    /** Readability's {@code unlikelyCandidates}, plus newsletter, cookie, share and recirculation names. */
    static final String[] UNLIKELY = {"-ad-", "ai2html", "banner", "breadcrumb", "combx", "comment", "community",
        "cover-wrap", "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies",
        "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate",
        "pagination", "pager", "popup", "yom-remote", "newsletter", "subscribe", "cookie", "consent", "outbrain",
        "taboola", "share", "sharing", "paywall", "recirc", "mostpopular", "most-popular", "trending", "copyright"};
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
    /** Class tokens of hidden or screen-reader-only elements, and of those shown only on hover (tooltips, cards). */
    private static final Set<String> HIDDEN_CLASS = Set.of("hidden", "hide", "sr-only", "visually-hidden",
            "visuallyhidden", "screen-reader-text", "screenreader-text", "offscreen", "element-invisible", "is-hidden",
            "u-hidden", "tooltip", "popover", "hovercard", "rollover-block");
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
        if (block.length() > 80 || !hasDigit(block)) {
            return false; // a date line has a digit: the test below lower-cases and splits the block
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
        if (block.length() > 300 || !mayBeByline(block)) {
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

    /**
     * A cheap test that {@link #isBylineLine} passes for every block it can accept: one of its leads
     * starts the block ("(reporting by", "by ", "posted on ", ...: their first chars), or the block
     * has a digit (a reading time), or says "contributed".
     */
    private static boolean mayBeByline(String block) {
        if (block.isEmpty()) {
            return false;
        }
        char first = Character.toLowerCase(block.charAt(0));
        if ("(bpvdawrs".indexOf(first) >= 0 || block.length() < 60 && hasDigit(block)) {
            return true;
        }
        for (int i = 0; i + 11 <= block.length(); i++) {
            char c = block.charAt(i);
            if ((c == 'c' || c == 'C') && block.regionMatches(true, i, "contributed", 0, 11)) {
                return true;
            }
        }
        return false;
    }

    /** @return whether the text has a digit ({@link Character#isDigit}) */
    static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A link-dense block that is still article text: a web address standing alone as the link's
     * text (a source, a shop link, a reference list), or a sentence written as prose ({@link
     * #isProseSentence}) that happens to be linked (a summary line, a fact linking to its source).
     * Related-story links are headlines, rarely full sentences; calls to action that are ("Follow us
     * on ...") are left to the text heuristics.
     *
     * @param block a text block
     * @return whether the block reads as article text despite its links
     */
    static boolean isLinkedArticleText(String block) {
        return isBareAddress(block) || isProseSentence(block);
    }

    /** @return whether the block is one web address, such as "www.example.com" or "http://example.com/a" */
    static boolean isBareAddress(String block) {
        int n = block.length();
        if (n < 4 || n > 200) {
            return false;
        }
        int dots = 0;
        for (int i = 0; i < n; i++) {
            char c = block.charAt(i);
            if (Character.isWhitespace(c)) {
                return false;
            }
            if (c == '.') {
                dots++;
            }
        }
        String lower = block.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return n > 10;
        }
        if (lower.startsWith("www.")) {
            return dots >= 2;
        }
        return false;
    }

    /**
     * @return whether the block is a sentence in a script with capitals (Latin, Cyrillic, Greek...):
     *     six words or more, a capital first (after any opening quotes), a full stop or an
     *     exclamation mark at the end (before closing quotes or brackets; a question is more often a
     *     linked headline), mostly small letters (not in capitals throughout), and not a photo credit
     */
    static boolean isProseSentence(String block) {
        int n = block.length();
        int b = 0;
        while (b < n && "\"'\u201c\u2018(\u00ab".indexOf(block.charAt(b)) >= 0) {
            b++;
        }
        if (n < 30 || n > 1000 || b == n || !Character.isUpperCase(block.codePointAt(b))) {
            return false;
        }
        int e = Texts.endBeforeClosers(block, 0, n);
        if (e == 0 || block.charAt(e - 1) != '.' && block.charAt(e - 1) != '!') {
            return false;
        }
        int words = 0;
        int lower = 0;
        boolean inWord = false;
        for (int i = 0; i < n; i++) {
            char c = block.charAt(i);
            boolean w = Character.isLetterOrDigit(c);
            if (w && !inWord) {
                words++;
            }
            inWord = w;
            if (Character.isLowerCase(c)) {
                lower++;
            }
        }
        return words >= 6 && lower * 2 > n && !CREDIT_LEAD.matcher(block).lookingAt();
    }

    /** A photo credit's start ("Photos by ...", "Image: ..."): a linked credit is no sentence of the article. */
    private static final Pattern CREDIT_LEAD = Pattern.compile(
            "(?iu)(photos?|photographs?|images?|pictures?|illustrations?|credits?|fotos?)\\b\\s*(by|:|\\|)");

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
        int found = words(name);
        return saysNothing(found, isClass) ? Verdict.NONE : classify(name, isClass, found);
    }

    /**
     * One scan finds every word that counts; most names have none, and cost no allocation.
     *
     * @param name a class or id attribute value
     * @return the bits of the word lists with a word in the name, matched case-insensitively
     */
    static int words(String name) {
        int found = WORDS.scanAscii(name);
        return found >= 0 ? found : WORDS.scan(name.toLowerCase(Locale.ROOT));
    }

    /**
     * @param found a name's {@link #words}
     * @param isClass whether the name is a class
     * @return whether the name says nothing: {@link #classify} gives {@link Verdict#NONE} without a closer look
     */
    static boolean saysNothing(int found, boolean isClass) {
        // a hidden or ad token needs its word somewhere in the name
        return (found & (W_UNLIKELY | W_MAYBE | W_CAPTION | W_BYLINE | W_EMBED | W_AD)) == 0
                && !(isClass && (found & W_HIDDEN) != 0);
    }

    /**
     * {@link #classify} of a name whose {@link #words} are known and say something.
     *
     * @param found the name's {@link #words}
     */
    static Verdict classify(String name, boolean isClass, int found) {
        boolean hiddenWord = isClass && (found & W_HIDDEN) != 0;
        boolean adWord = (found & W_AD) != 0;
        String ci = name.toLowerCase(Locale.ROOT);
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
     * @param tagFlags the element's {@link #tagFlags}
     * @param v the verdict of the element's class and id
     * @param a the element's attributes
     * @return the reason to drop it, or null
     */
    static Drop never(Element e, int tagFlags, Verdict v, Attrs a, HtmlOptions options) {
        if ((tagFlags & F_NEVER) != 0) {
            return NEVER_DROPS.get(e.normalName());
        }
        int tag = tagFlags & T_MASK;
        if (tag == T_IMG) {
            String w = a.width;
            String h = a.height;
            if ((w.equals("1") || w.equals("0")) && (h.equals("1") || h.equals("0"))
                    || a.alt.equalsIgnoreCase("fb-pixel") || a.src.contains("facebook.com/tr")) {
                return TRACKING_PIXEL;
            }
            return null;
        }
        if (!a.any) {
            return figure(tag, options);
        }
        if (v.kind() == Kind.HIDDEN || a.hidden || "true".equalsIgnoreCase(a.ariaHidden)) {
            return HIDDEN;
        }
        String style = a.style;
        if (!style.isEmpty() && (style.contains("none") || style.contains("hidden")) && HIDDEN_STYLE.matcher(style).find()) {
            return HIDDEN_STYLE_DROP;
        }
        if (tag == T_A && a.href.startsWith("#") && SKIP_TEXT.matcher(e.text()).find()) {
            return SKIP_LINK;
        }
        return figure(tag, options);
    }

    private static final Drop TRACKING_PIXEL = new Drop("tracking-pixel", Category.TRACKING, "a 1x1 or known tracking image");
    private static final Drop HIDDEN = new Drop("hidden", Category.LAYOUT, "a hidden element");
    private static final Drop HIDDEN_STYLE_DROP = new Drop("hidden", Category.LAYOUT, "a hidden element (inline style)");
    private static final Drop SKIP_LINK = new Drop("skip-link", Category.NAVIGATION, "a skip link");
    private static final Drop FIGCAPTION = new Drop("caption", Category.CAPTION, "an image caption (<figcaption>)");
    private static final Drop FIGURE = new Drop("figure", Category.CAPTION, "a figure with its caption and credit");

    private static Drop figure(int tag, HtmlOptions options) {
        if (!options.keepCaptions()) {
            if (tag == T_FIGCAPTION) {
                return FIGCAPTION;
            }
            if (tag == T_FIGURE) {
                return FIGURE;
            }
        }
        return null;
    }

    /**
     * Decides whether an element looks like page furniture by its tag, role, class and id: nav,
     * headers, footers, asides, share bars, ad slots, newsletter boxes, related lists, comments,
     * cookie banners, bylines and captions. The caller guards elements that hold most of the text.
     *
     * @param tagFlags the element's {@link #tagFlags}
     * @param v the verdict of the element's class and id
     * @param role the element's ARIA role, "" if none
     * @param textLength the element's text length, in chars
     * @return the reason to drop it, or null
     */
    static Drop furniture(int tagFlags, Verdict v, String role, int textLength, HtmlOptions options) {
        int tag = tagFlags & T_MASK;
        switch (tag) {
            case T_NAV:
                return NAV;
            case T_HEADER:
                return HEADER;
            case T_FOOTER:
                return FOOTER;
            case T_ASIDE:
                return ASIDE;
            case T_BODY: case T_HTML:
                return null;
            case T_A: case T_P:
                // never by the broad furniture names, but a short caption or byline paragraph goes
                if (v.kind() != Kind.CAPTION && v.kind() != Kind.BYLINE) {
                    return null;
                }
                break;
            default:
                break;
        }
        if (v == Verdict.NONE && role.isEmpty()) {
            return null;
        }
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
                if (tag == T_P || tag == T_A) {
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

    private static final Drop NAV = new Drop("structure", Category.NAVIGATION, "<nav> is navigation");
    private static final Drop HEADER = new Drop("structure", Category.LAYOUT, "<header> is page or article furniture");
    private static final Drop FOOTER = new Drop("structure", Category.LAYOUT, "<footer> is page or article furniture");
    private static final Drop ASIDE = new Drop("structure", Category.LAYOUT, "<aside> is a side note or box");

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
