package org.newsclean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds a news page's article in its HTML and returns its body text, its title and the HTML
 * removals. Stateless and thread-safe; each call works on its own parsed document.
 *
 * <p>Every pass is a linear, iterative walk (jsoup's {@link NodeTraversor}; no recursion on DOM
 * depth, no {@code text()} on nested elements):
 * <ol>
 *   <li>parse with jsoup, from a reader that skips what no pass reads ({@link HtmlTrim}: script
 *       and style bodies but JSON-LD, the head's links and metas, most attributes, comment text);
 *       read the title candidates ({@code og:title}, the first {@code <h1>}, {@code <title>}) and
 *       note JSON-LD scripts;</li>
 *   <li>the marking walk over the body: drop at once what is never article text (scripts, hidden
 *       elements, tracking pixels, skip links, figures with their captions); count text, link
 *       text, commas, paragraphs, images and list items bottom-up; cut the text into blocks (counts
 *       only); note page furniture (nav, header, footer, aside, ARIA roles, class/id names of share
 *       bars, ad slots, newsletter boxes, related lists, comments, cookie banners, bylines, author
 *       boxes, captions). Furniture is dropped after the walk, outermost first, unless it holds the
 *       page's {@code articleBody} or most of its paragraphs (a misnamed wrapper);</li>
 *   <li>score candidates as Readability does (paragraph length and commas, shared with parent and
 *       ancestors; tag and class/id weights; link density), favour {@code itemprop="articleBody"}
 *       and {@code <article>}, move to a better ancestor, and add siblings that score well, read as
 *       paragraphs, or hold a candidate half as good as the best (articles split into sections);</li>
 *   <li>render the chosen elements to text, dropping low-content and link-heavy containers
 *       (Readability's conditional cleaning, which never takes most of the content, nor a box that
 *       holds one paragraph of prose), the headline, a heading of other stories ("You may also
 *       like") with the teasers after it in its box, link blocks (but a linked sentence or a web
 *       address standing alone, which are article text), date and byline lines and gallery
 *       counters.</li>
 * </ol>
 * When the result is short, selection runs again without the furniture names (as Readability
 * retries) and is taken only if it widens the first choice; a JSON-LD {@code articleBody} that
 * is much longer than the result and that the page's text confirms stands in for it, and so does
 * one with a sentence on a page whose body shows next to no text (a shell that a script fills); a
 * page with too little article-like text gets an empty body.
 *
 * <p>Removals carry source offsets only when {@link HtmlOptions#trackPositions()} is set: jsoup's
 * position tracking costs about 60-70% more parse time, and the page is then parsed whole (offsets
 * must point into it as given), so it is off by default.
 */
final class HtmlExtractor {

    /** The extraction's result: title (or null), body text with blank lines between blocks, HTML removals. */
    record Page(String title, String text, List<Removal> removals) {
    }

    /**
     * Per-element counts and scores, made in the marking pass for block-level elements and those
     * whose class or id says something. They form a tree of their own, which skips the plain inline
     * elements between them: {@code parent} is the nearest ancestor with counts, and the children
     * run from {@code firstChild} through {@code nextSibling}, in document order.
     */
    private static final class Info {
        final Element element;
        final HtmlPatterns.Verdict verdict;
        /** The element's ARIA role, "" if none. */
        final String role;
        /** The nearest ancestor with counts, or null for the body. */
        final Info parent;
        Info firstChild;
        Info lastChild;
        Info nextSibling;
        /** The element's number in the walk (every element visited counts), and the number after its subtree's. */
        int seq;
        int seqEnd;
        int pre;
        int last;
        int blockStart;
        int blockEnd;
        boolean dropped;
        int text;
        int pText;
        int link;
        int commas;
        int paragraphs;
        int images;
        int items;
        int headlines;
        double score;
        double best;
        boolean scored;

        Info(Element element, HtmlPatterns.Verdict verdict, String role, Info parent) {
            this.element = element;
            this.verdict = verdict;
            this.role = role;
            this.parent = parent;
            if (parent != null) {
                if (parent.lastChild == null) {
                    parent.firstChild = this;
                } else {
                    parent.lastChild.nextSibling = this;
                }
                parent.lastChild = this;
            }
        }

        /** @return whether the element is a child of {@code p}'s, not nested in an inline element between them */
        boolean childOf(Element p) {
            return element.parent() == p;
        }

        void add(Info c, int sign) {
            text += sign * c.text;
            pText += sign * c.pText;
            link += sign * c.link;
            commas += sign * c.commas;
            paragraphs += sign * c.paragraphs;
            images += sign * c.images;
            items += sign * c.items;
            headlines += sign * c.headlines;
        }
    }

    /** Stands for every element dropped as never article text. */
    private static final Info NEVER_TEXT = new Info(null, HtmlPatterns.Verdict.NONE, "", null);

    static {
        NEVER_TEXT.dropped = true;
    }

    /** A furniture candidate, dropped once the pass knows the page's totals. */
    private record Pending(Info info, HtmlPatterns.Drop drop) {
    }

    /** {@code selectFirst("img")}, parsed once. */
    private static final Evaluator IMG = QueryParser.parse("img");

    /** A sibling of the chosen element joins it when it holds a candidate scoring this share of the best. */
    private static final double SIBLING_SHARE = 0.5;

    /** How many chars of a removed element's text a removal keeps. */
    private static final int SNIPPET = 200;

    /** Below this many chars of text, selection is retried without the furniture patterns. */
    private static final int RETRY_CHARS = 500;
    /** Slots of {@link Run#names}, a power of two. */
    private static final int NAME_SLOTS = 256;
    /** The fewest chars of low-link text a page must have to count as having an article. */
    private static final int MIN_ARTICLE_CHARS = 140;

    /** Text the content must have before a heading of related content cuts the rest of its box. */
    private static final int RELATED_AFTER_CHARS = 300;
    /** A heading of related content is followed by fewer elements than this in its box. */
    private static final int MAX_TEASERS = 50;

    private HtmlExtractor() {
    }

    static Page extract(String html, String baseUri, HtmlOptions options) {
        Parser parser = Parser.htmlParser();
        Document doc;
        if (options.trackPositions()) {
            // positions are offsets into the page as given: it is parsed whole
            parser.setTrackPosition(true);
            doc = Jsoup.parse(html, baseUri, parser);
        } else {
            doc = parser.parseInput(HtmlTrim.reader(html), baseUri);
        }
        return new HtmlExtractor.Run(doc, options, html.length()).extract();
    }

    /** One extraction: the document and what the passes learn about it. */
    private static final class Run {
        final Document doc;
        final Element body;
        final HtmlOptions options;
        /** The current run's counts by element number ({@link Info#seq}): null for a plain inline element. */
        Info[] bySeq;
        /** How many elements the current run's marking walk has numbered. */
        int elements;
        Info bodyInfo;
        final HtmlPatterns.Attrs attrs = new HtmlPatterns.Attrs();
        final Map<String, HtmlPatterns.Verdict> classVerdicts = new HashMap<>();
        /** Class names lately judged, by a slot of their length and end chars, and what they say. */
        final String[] names = new String[NAME_SLOTS];
        final HtmlPatterns.Verdict[] nameVerdicts = new HtmlPatterns.Verdict[NAME_SLOTS];
        String title;
        String ogTitle;
        String docTitle;
        String h1Title;
        final List<Element> ldScripts = new ArrayList<>();
        Element articleBody;
        int run;
        int counter;
        int bodyPText;
        double topScore;
        List<Removal> removals;
        List<HtmlBlocks.Block> blocks;
        /** The headline's keys, once the first marking pass has found the {@code <h1>}. */
        Set<String> titleKeys;

        Run(Document doc, HtmlOptions options, int htmlLength) {
            // about one element per 100 chars of HTML (scripts and styles take much of it)
            this.bySeq = new Info[Math.min(1 << 20, htmlLength / 100 + 64)];
            this.doc = doc;
            this.body = doc.body();
            this.options = options;
        }

        /** What the class and id read into {@code a} say. */
        HtmlPatterns.Verdict verdict(HtmlPatterns.Attrs a) {
            if (!a.any) {
                return HtmlPatterns.Verdict.NONE;
            }
            String cls = a.cls;
            String id = a.id;
            if (cls.isEmpty() && id.isEmpty()) {
                return HtmlPatterns.Verdict.NONE;
            }
            HtmlPatterns.Verdict c = HtmlPatterns.Verdict.NONE;
            if (!cls.isEmpty()) {
                // lists and menus repeat their class names: a name equal to the last one in its slot
                // (by length and end chars) is neither scanned nor looked up again; equals is cheaper than the scan
                int slot = (cls.length() * 31 + cls.charAt(0) * 7 + cls.charAt(cls.length() - 1)) & (NAME_SLOTS - 1);
                if (cls.equals(names[slot])) {
                    c = nameVerdicts[slot];
                } else {
                    int found = HtmlPatterns.words(cls);
                    if (!HtmlPatterns.saysNothing(found, true)) {
                        c = classVerdicts.get(cls);
                        if (c == null) {
                            c = HtmlPatterns.classify(cls, true, found);
                            classVerdicts.put(cls, c);
                        }
                    }
                    names[slot] = cls;
                    nameVerdicts[slot] = c;
                }
            }
            // ids are mostly unique: not worth caching
            return HtmlPatterns.combine(c, HtmlPatterns.classify(id, false));
        }

        Page extract() {
            readHead();
            Result strict = select(true);
            title = ogTitle != null ? ogTitle : h1Title != null ? h1Title : docTitle;
            Result chosen = strict;
            if (strict.length < RETRY_CHARS) {
                Result loose = select(false);
                // the looser pass must widen the strict choice, unless that found next to nothing
                if (loose.length > strict.length * 2 && loose.length >= MIN_ARTICLE_CHARS
                        && (strict.length < MIN_ARTICLE_CHARS || widens(loose, strict))) {
                    chosen = loose;
                }
            }
            String text = chosen.text;
            List<Removal> rem = chosen.removals;
            String jsonBody = ldScripts.isEmpty() || chosen.length >= RETRY_CHARS * 4 ? null : findJsonBody(ldScripts);
            if (jsonBody != null && (jsonBody.length() >= 500 && chosen.length < jsonBody.length() * 0.3 && confirmed(jsonBody)
                    || chosen.length < MIN_ARTICLE_CHARS && hasSentence(jsonBody) && isShell())) {
                text = jsonBody;
                rem = new ArrayList<>(rem);
            }
            if (chosen.length < MIN_ARTICLE_CHARS && text == chosen.text && !hasSentence(text)) {
                rem = new ArrayList<>(rem);
                if (!text.isEmpty()) {
                    rem.add(new Removal(-1, -1, "html-no-article", Category.LAYOUT,
                            "too little article-like text: the page has no article", Explain.abbreviate(text, 200),
                            Removal.Origin.HTML));
                }
                text = "";
            }
            return new Page(title, text, rem);
        }

        /** A short page still has an article when its text holds a sentence: words, then a full stop. */
        static boolean hasSentence(String text) {
            int words = 0;
            boolean inWord = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isLetter(c)) {
                    if (!inWord) {
                        words++;
                    }
                    inWord = true;
                    continue;
                }
                inWord = false;
                boolean stop = c == '.' || c == '!' || c == '?' || c == '\u3002' || c == '\uff01' || c == '\uff1f';
                if (stop && words >= 4 && i > 0 && Character.isLetter(text.charAt(i - 1))) {
                    return true;
                }
                if (c == '\n') {
                    words = 0;
                }
            }
            return false;
        }

        static boolean widens(Result wide, Result narrow) {
            for (Element n : narrow.roots) {
                for (Element w : wide.roots) {
                    if (w == n || isAncestor(w, n)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** A page whose body shows fewer chars than this is an empty shell that a script fills (see {@link #isShell}). */
        static final int SHELL_CHARS = 200;

        /**
         * Whether the page's body shows next to no text ({@link #SHELL_CHARS} chars at most): a page
         * that a script renders, whose article only its JSON-LD holds, with nothing to confirm it against.
         */
        boolean isShell() {
            return body == null || body.text().length() <= SHELL_CHARS;
        }

        /** Whether the page's visible text contains the JSON-LD body's opening words. */
        boolean confirmed(String json) {
            String probe = json.substring(0, Math.min(60, json.length()));
            int cut = probe.lastIndexOf(' ');
            if (cut > 20) {
                probe = probe.substring(0, cut);
            }
            return body != null && body.text().contains(probe.strip());
        }

        /** The head's title candidates and JSON-LD; the body's come in the marking pass. */
        void readHead() {
            Element head = doc.head();
            for (Element e = head.firstElementChild(); e != null; e = e.nextElementSibling()) {
                switch (e.normalName()) {
                    case "meta":
                        if (ogTitle != null) {
                            break;
                        }
                        String prop = e.hasAttr("property") ? e.attr("property") : e.attr("name");
                        if ((prop.equals("og:title") || prop.equals("twitter:title")) && !e.attr("content").isBlank()) {
                            ogTitle = e.attr("content").strip();
                        }
                        break;
                    case "title":
                        if (docTitle == null) {
                            String t = e.text();
                            if (!t.isBlank()) {
                                docTitle = t.strip();
                            }
                        }
                        break;
                    case "script":
                        if (isJsonLd(e)) {
                            ldScripts.add(e);
                        }
                        break;
                    default:
                        break;
                }
            }
        }

        /** A selection's outcome. */
        private static final class Result {
            String text = "";
            int length;
            List<Removal> removals = new ArrayList<>();
            List<Element> roots = List.of();
        }

        /** Passes 2 to 4: mark, score, pick, render. */
        Result select(boolean strict) {
            run++;
            counter = 0;
            removals = new ArrayList<>();
            Result r = new Result();
            if (body == null) {
                return r;
            }
            blocks = mark(strict);
            List<Info> roots = pick(strict);
            if (roots.isEmpty()) {
                r.removals = removals;
                return r;
            }
            List<Element> rootElements = new ArrayList<>(roots.size());
            for (Info root : roots) {
                rootElements.add(root.element);
            }
            r.roots = rootElements;
            notContent(roots);
            List<List<HtmlBlocks.Block>> rendered = new ArrayList<>(roots.size());
            int capacity = 0;
            for (Info root : roots) {
                List<HtmlBlocks.Block> bs = render(root, strict);
                rendered.add(bs);
                for (HtmlBlocks.Block b : bs) {
                    capacity += b.text().length() + 2;
                }
            }
            StringBuilder sb = new StringBuilder(capacity);
            int len = 0;
            for (List<HtmlBlocks.Block> bs : rendered) {
                for (HtmlBlocks.Block b : bs) {
                    if (sb.length() > 0) {
                        sb.append(b.lineBreak() ? "\n" : "\n\n");
                    }
                    sb.append(b.text());
                    if (b.linkDensity() < 0.3) {
                        len += b.text().length();
                    }
                }
            }
            r.text = sb.toString();
            r.length = len;
            r.removals = removals;
            return r;
        }

        /**
         * The marking pass, one iterative walk over the body: drops what is never article text at
         * once, counts text, links, commas and paragraphs bottom-up, cuts text blocks, and notes
         * furniture candidates, which are dropped at the end, when the page's totals can guard them.
         */
        List<HtmlBlocks.Block> mark(boolean strict) {
            HtmlBlocks hb = new HtmlBlocks(false);
            List<Pending> pending = new ArrayList<>();
            HtmlPatterns.Attrs attrs = this.attrs;
            boolean first = run == 1;
            elements = 0;
            NodeTraversor.filter(new NodeFilter() {
                int anchors;
                int inP;
                /**
                 * The open elements' counts, innermost last (a plain inline element's are its parent's),
                 * and their tag flags.
                 */
                Info[] open = new Info[64];
                int[] openFlags = new int[64];
                int openCount;

                void push(Info i, int tagFlags) {
                    if (openCount == open.length) {
                        open = Arrays.copyOf(open, openCount * 2);
                        openFlags = Arrays.copyOf(openFlags, openCount * 2);
                    }
                    open[openCount] = i;
                    openFlags[openCount++] = tagFlags;
                }

                @Override
                public FilterResult head(Node node, int depth) {
                    if (node instanceof TextNode) {
                        String t = ((TextNode) node).getWholeText();
                        int n = hb.text(t);
                        Info i = openCount == 0 ? null : open[openCount - 1];
                        if (n > 0 && i != null) {
                            i.text += n;
                            if (anchors > 0) {
                                i.link += n;
                            }
                            if (inP > 0) {
                                i.pText += n;
                            } else if (n >= 80) {
                                i.paragraphs++; // text straight in a container reads as a paragraph
                            }
                            i.commas += hb.lastCommas();
                        }
                        return FilterResult.CONTINUE;
                    }
                    if (!(node instanceof Element)) {
                        return FilterResult.CONTINUE;
                    }
                    Element e = (Element) node;
                    int tf = HtmlPatterns.tagFlags(e.normalName());
                    int tag = tf & HtmlPatterns.T_MASK;
                    int seq = elements++;
                    if (seq == bySeq.length) {
                        bySeq = Arrays.copyOf(bySeq, seq * 2);
                    }
                    attrs.read(e);
                    HtmlPatterns.Verdict v = HtmlPatterns.Verdict.NONE;
                    if (e != body) {
                        v = verdict(attrs);
                        HtmlPatterns.Drop d = HtmlPatterns.never(e, tf, v, attrs, options);
                        if (d != null) {
                            if (first && tag == HtmlPatterns.T_SCRIPT && isJsonLd(e)) {
                                ldScripts.add(e);
                            }
                            drop(e, tf, d);
                            bySeq[seq] = NEVER_TEXT;
                            return FilterResult.SKIP_ENTIRELY;
                        }
                    }
                    Info parent = openCount == 0 ? null : open[openCount - 1];
                    if (v == HtmlPatterns.Verdict.NONE && (tf & HtmlPatterns.F_BLOCK) == 0 && parent != null) {
                        // a plain inline element: its counts go straight to its parent's
                        if (tag == HtmlPatterns.T_A) {
                            anchors++;
                        } else if (tag == HtmlPatterns.T_IMG) {
                            parent.images++;
                        }
                        hb.open(e, tf, seq);
                        bySeq[seq] = null;
                        push(parent, tf);
                        return FilterResult.CONTINUE;
                    }
                    Info i = new Info(e, v, attrs.role, parent);
                    bySeq[seq] = i;
                    i.seq = seq;
                    i.pre = counter++;
                    switch (tag) {
                        case HtmlPatterns.T_P:
                            i.paragraphs = 1;
                            inP++;
                            break;
                        case HtmlPatterns.T_IMG:
                            i.images = 1;
                            break;
                        case HtmlPatterns.T_LI:
                            i.items = 1;
                            break;
                        case HtmlPatterns.T_A:
                            anchors++;
                            break;
                        case HtmlPatterns.T_H1:
                            i.headlines = 1;
                            if (first && h1Title == null) {
                                String t = e.text().strip();
                                h1Title = t.isEmpty() ? null : t;
                            }
                            break;
                        default:
                            break;
                    }
                    if (first && articleBody == null && attrs.itemprop.equalsIgnoreCase("articleBody")) {
                        articleBody = e;
                    }
                    hb.open(e, tf, seq);
                    i.blockStart = hb.blocks().size();
                    push(i, tf);
                    return FilterResult.CONTINUE;
                }

                @Override
                public FilterResult tail(Node node, int depth) {
                    if (node instanceof Element) {
                        Element e = (Element) node;
                        int tf = openFlags[--openCount];
                        Info i = open[openCount];
                        open[openCount] = null;
                        int tag = tf & HtmlPatterns.T_MASK;
                        hb.close(e, tf);
                        if (tag == HtmlPatterns.T_A) {
                            anchors--;
                        } else if (tag == HtmlPatterns.T_P) {
                            inP--;
                        }
                        Info parent = openCount == 0 ? null : open[openCount - 1];
                        if (i == parent) {
                            return FilterResult.CONTINUE; // a plain inline element, counted in its parent
                        }
                        i.last = counter - 1;
                        i.seqEnd = elements;
                        i.blockEnd = hb.blocks().size();
                        if (strict && e != body) {
                            HtmlPatterns.Drop d = HtmlPatterns.furniture(tf, i.verdict, i.role, i.text, options);
                            if (d != null) {
                                pending.add(new Pending(i, d));
                            }
                        }
                        if (parent != null) {
                            parent.add(i, 1);
                        }
                    }
                    return FilterResult.CONTINUE;
                }
            }, body);
            hb.flush(false);
            List<HtmlBlocks.Block> all = hb.blocks();
            bodyInfo = bySeq[0];
            if (first) {
                bodyPText = bodyInfo.pText;
            }
            if (pending.isEmpty()) {
                return all;
            }
            // outermost first: in document order of their start
            pending.sort((x, y) -> Integer.compare(x.info().pre, y.info().pre));
            boolean[] gone = new boolean[all.size()];
            int droppedLast = -1;
            for (Pending p : pending) {
                Info i = p.info();
                if (i.pre <= droppedLast || guarded(i, p.drop())) {
                    continue;
                }
                i.dropped = true;
                droppedLast = i.last;
                removals.add(removal(i.element, "html-" + p.drop().rule(), p.drop().category(), p.drop().reason(),
                        snippet(i.element)));
                // the ancestors lose its counts, up to the first plain inline one
                for (Info c = i; c.parent != null && c.childOf(c.parent.element); c = c.parent) {
                    c.parent.add(i, -1);
                    if (c.parent.element == body) {
                        break;
                    }
                }
                for (int k = i.blockStart; k < i.blockEnd; k++) {
                    gone[k] = true;
                }
            }
            List<HtmlBlocks.Block> out = new ArrayList<>(all.size());
            for (int k = 0; k < all.size(); k++) {
                if (!gone[k]) {
                    out.add(all.get(k));
                }
            }
            return out;
        }

        /** Whether an element that looks like furniture must stay: it holds the article body or most paragraphs. */
        boolean guarded(Info i, HtmlPatterns.Drop d) {
            Element e = i.element;
            if (articleBody != null && (e == articleBody || isAncestor(e, articleBody))) {
                return true;
            }
            if (bodyPText <= 500 || i.pText <= bodyPText / 2) {
                return false;
            }
            // long comment threads hold most paragraphs; a page wrapper also holds the headline
            return d.category() != Category.COMMENTS || i.headlines > 0;
        }

        /** Records a dropped element, unless it holds no text (scripts, styles, empty boxes). */
        void drop(Element e, int tagFlags, HtmlPatterns.Drop d) {
            if (d.rule().equals("tracking-pixel")) {
                removals.add(removal(e, "html-tracking-pixel", d.category(), d.reason(), pixelText(e)));
                return;
            }
            if ((tagFlags & HtmlPatterns.T_MASK) == HtmlPatterns.T_NOSCRIPT) {
                Element img = e.selectFirst(IMG);
                if (img != null) {
                    removals.add(removal(e, "html-tracking-pixel", Category.TRACKING,
                            "a <noscript> image, the fallback of a tracking script", pixelText(img)));
                    return;
                }
            } else if (d.rule().equals("structure") && (tagFlags & HtmlPatterns.F_NEVER) != 0) {
                return;
            }
            String text = snippet(e);
            if (!text.isBlank()) {
                removals.add(removal(e, "html-" + d.rule(), d.category(), d.reason(), text));
            }
        }

        static String pixelText(Element img) {
            String alt = img.attr("alt");
            return alt.isEmpty() ? img.attr("src") : alt + " " + img.attr("src");
        }

        Removal removal(Element e, String heuristic, Category c, String reason, String text) {
            int start = -1;
            int end = -1;
            if (options.trackPositions()) {
                Range open = e.sourceRange();
                if (open.isTracked()) {
                    start = open.startPos();
                    end = open.endPos();
                    Range close = e.endSourceRange();
                    if (close.isTracked() && close.endPos() >= end) {
                        end = close.endPos();
                    }
                }
            }
            return new Removal(start, end, heuristic, c, reason, Explain.abbreviate(text.strip(), SNIPPET),
                    Removal.Origin.HTML);
        }

        /**
         * The first {@link #SNIPPET} chars or so of an element's text, without walking all of a large
         * subtree. It stops within a text node once the text, stripped, is sure to be longer than
         * {@code SNIPPET}: {@link #removal} abbreviates it to the same text as the whole would give.
         */
        String snippet(Element e) {
            StringBuilder sb = new StringBuilder(64);
            NodeTraversor.filter(new NodeFilter() {
                boolean space;
                /** Where the first char that {@link String#strip} keeps is in sb, or -1. */
                int first = -1;

                @Override
                public FilterResult head(Node node, int depth) {
                    String t;
                    // text nodes only: data nodes hold scripts and styles (a <noscript>'s content is markup)
                    if (node instanceof TextNode) {
                        t = ((TextNode) node).getWholeText();
                    } else {
                        if (node instanceof Element && isBlock((Element) node)) {
                            space = true;
                        }
                        return FilterResult.CONTINUE;
                    }
                    int n = t.length();
                    for (int k = 0; k < n; k++) {
                        char c = t.charAt(k);
                        if (isSnippetSpace(c)) {
                            space = true;
                        } else {
                            if (space && sb.length() > 0) {
                                sb.append(' ');
                            }
                            space = false;
                            int room = first + SNIPPET - sb.length();
                            if (first >= 0 && room > 0 && (k == 0 || isSnippetSpace(t.charAt(k - 1)))) {
                                // a run of chars that cannot reach the cut goes in at once (looking no further than the cut)
                                int end = k + 1;
                                int limit = Math.min(n, k + room + 1);
                                while (end < limit && !isSnippetSpace(t.charAt(end))) {
                                    end++;
                                }
                                if (end - k <= room && (end == n || isSnippetSpace(t.charAt(end)))) {
                                    sb.append(t, k, end);
                                    k = end - 1;
                                    continue;
                                }
                            }
                            if (first < 0) {
                                if (!Character.isWhitespace(c)) {
                                    first = sb.length();
                                }
                            } else if (sb.length() >= first + SNIPPET && !Character.isWhitespace(c)) {
                                sb.append(c);
                                return FilterResult.STOP; // stripped, over SNIPPET chars: the rest is cut anyway
                            }
                            sb.append(c);
                        }
                    }
                    return sb.length() > SNIPPET ? FilterResult.STOP : FilterResult.CONTINUE;
                }

                @Override
                public FilterResult tail(Node node, int depth) {
                    if (node instanceof Element && isBlock((Element) node)) {
                        space = true;
                    }
                    return FilterResult.CONTINUE;
                }
            }, e);
            return sb.toString();
        }

        static boolean isBlock(Element e) {
            return (HtmlPatterns.tagFlags(e.normalName()) & HtmlPatterns.F_BLOCK) != 0;
        }

        /** The spaces {@link #snippet} collapses. */
        static boolean isSnippetSpace(char c) {
            return c <= ' ' || c == '\u00a0';
        }

        /** Pass 3: Readability's scoring over the blocks, then the best candidate and its siblings. */
        List<Info> pick(boolean strict) {
            List<Info> candidates = new ArrayList<>();
            for (HtmlBlocks.Block b : blocks) {
                Element owner = b.owner();
                if (owner == null || b.length() < 25 || b.linkDensity() > 0.5) {
                    continue;
                }
                String tag = b.tag();
                if (tag.equals("li") || tag.equals("dt") || tag.equals("dd") || tag.equals("h1")) {
                    continue;
                }
                double score = 1 + b.commas() + Math.min(b.length() / 100, 3);
                // a block's owner has counts of its own, and they are kept, as the block is
                Info oi = bySeq[b.ownerSeq()];
                // text straight in a container reads as a paragraph of its own inside it (Readability wraps it in a <p>)
                Info ai = owner == body || (HtmlPatterns.tagFlags(tag) & HtmlPatterns.F_PARAGRAPH) == 0 ? oi : oi.parent;
                // the levels count elements with counts: plain inline ones between them are skipped
                for (int level = 0; level < 5 && ai != null; level++) {
                    if (!ai.scored) {
                        Element anc = ai.element;
                        ai.scored = true;
                        ai.score = HtmlPatterns.tagScore(anc.normalName()) + (strict ? HtmlPatterns.classWeight(anc) : 0)
                                + signal(anc);
                        candidates.add(ai);
                    }
                    double div = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                    ai.score += score / div;
                    if (ai == bodyInfo) {
                        break;
                    }
                    ai = ai.parent;
                }
            }
            Info top = null;
            double best = Double.NEGATIVE_INFINITY;
            List<Info> ranked = new ArrayList<>();
            for (Info ci : candidates) {
                ci.score *= 1 - linkDensity(ci);
                if (ci.score > best) {
                    best = ci.score;
                    top = ci;
                }
                ranked.add(ci);
            }
            if (top == null) {
                return List.of();
            }
            // every element learns the best candidate score inside it, for the sibling step
            for (Info ci : candidates) {
                double sc = ci.score;
                for (Info ai = ci; ai != null; ai = ai.parent) {
                    if (ai.best >= sc) {
                        break;
                    }
                    ai.best = sc;
                }
            }
            topScore = best;
            top = climb(top, ranked);
            return siblings(top);
        }

        /** The page's own signals: {@code itemprop="articleBody"} and {@code <article>}. */
        int signal(Element e) {
            if (e == articleBody) {
                return 40;
            }
            if (e.normalName().equals("article")) {
                return 15;
            }
            return 0;
        }

        /** Readability's moves from the top candidate to a better ancestor. */
        Info climb(Info top, List<Info> candidates) {
            if (top == bodyInfo) {
                return top;
            }
            Info ti = top;
            // several near-best candidates under one ancestor: take the ancestor
            candidates.sort((a, b) -> Double.compare(b.score, a.score));
            List<Element> alternatives = new ArrayList<>();
            for (int k = 1; k < Math.min(5, candidates.size()); k++) {
                if (candidates.get(k).score / ti.score >= 0.75) {
                    alternatives.add(candidates.get(k).element);
                }
            }
            if (alternatives.size() >= 3) {
                // only an ancestor with counts can be taken
                for (Info parent = top.parent; parent != null && parent != bodyInfo; parent = parent.parent) {
                    int contained = 0;
                    for (Element alt : alternatives) {
                        if (isAncestor(parent.element, alt)) {
                            contained++;
                        }
                    }
                    if (contained >= 3) {
                        top = parent;
                        break;
                    }
                }
            }
            Info cur = top;
            if (!cur.scored) {
                cur.scored = true;
                cur.score = HtmlPatterns.tagScore(top.element.normalName()) + HtmlPatterns.classWeight(top.element);
            }
            // climb while the parent scores comparably
            double last = cur.score;
            double threshold = last / 3;
            for (Info pi = top.parent; pi != null && pi != bodyInfo; pi = pi.parent) {
                if (!pi.scored) {
                    continue;
                }
                if (pi.score < threshold) {
                    break;
                }
                if (pi.score > last) {
                    top = pi;
                    break;
                }
                last = pi.score;
            }
            // an only child: its parent says more
            Info parent = top.parent;
            while (top != bodyInfo && parent != null && parent != bodyInfo && top.childOf(parent.element)
                    && keptChildren(parent) == 1) {
                top = parent;
                parent = top.parent;
            }
            return top;
        }

        /** How many of the element's children have counts and are kept. */
        static int keptChildren(Info p) {
            int n = 0;
            for (Info c = p.firstChild; c != null; c = c.nextSibling) {
                if (!c.dropped && c.childOf(p.element)) {
                    n++;
                }
            }
            return n;
        }

        /** Readability's sibling step: the top candidate plus siblings that score or read like paragraphs. */
        List<Info> siblings(Info ti) {
            Element top = ti.element;
            Element parent = top.parent();
            if (parent == null || ti == bodyInfo) {
                return List.of(ti);
            }
            double threshold = Math.max(10, ti.score * 0.2);
            String cls = top.className();
            List<Info> out = new ArrayList<>();
            // the parent's children with counts are among those of its nearest ancestor with counts (or its own)
            for (Info si = ti.parent.firstChild; si != null; si = si.nextSibling) {
                if (!si.childOf(parent)) {
                    continue;
                }
                Element s = si.element;
                if (si == ti) {
                    out.add(si);
                    continue;
                }
                if (si.dropped || si.text == 0) {
                    continue;
                }
                double bonus = !cls.isEmpty() && cls.equals(s.className()) ? ti.score * 0.2 : 0;
                if (si.scored && si.score + bonus >= threshold) {
                    out.add(si);
                } else if (si.best >= topScore * SIBLING_SHARE && linkDensity(si) < 0.3) {
                    out.add(si); // content split over sibling sections (around figures, ads)
                } else if (s.normalName().equals("p")) {
                    double ld = linkDensity(si);
                    if (si.text > 80 && ld < 0.25) {
                        out.add(si);
                    } else if (si.text > 0 && si.text < 80 && ld == 0 && endsSentence(s.text())) {
                        out.add(si);
                    }
                }
            }
            return out;
        }

        /** Records what lies outside the chosen elements as removed, one removal per dropped subtree. */
        void notContent(List<Info> roots) {
            Set<Element> path = Collections.newSetFromMap(new IdentityHashMap<>());
            Set<Element> rootSet = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Info r : roots) {
                rootSet.add(r.element);
                for (Element a = r.element; a != null; a = a.parent()) {
                    if (!path.add(a)) {
                        break;
                    }
                }
            }
            // the children with counts of the path's elements are among those of the roots' ancestors with counts
            Set<Info> holders = Collections.newSetFromMap(new IdentityHashMap<>());
            List<Info> outside = new ArrayList<>();
            for (Info r : roots) {
                for (Info h = r.parent; h != null && holders.add(h); h = h.parent) {
                    for (Info c = h.firstChild; c != null; c = c.nextSibling) {
                        Element p = c.element.parent();
                        if (c.dropped || c.text == 0 || path.contains(c.element) || !path.contains(p) || rootSet.contains(p)) {
                            continue;
                        }
                        outside.add(c);
                    }
                }
            }
            outside.sort((x, y) -> Integer.compare(x.pre, y.pre)); // document order
            for (Info ci : outside) {
                removals.add(removal(ci.element, "html-not-content", Category.LAYOUT,
                        "outside the article's main content", snippet(ci.element)));
            }
        }

        /** The headline's comparison keys: og:title, the first {@code <h1>}, and {@code <title>} with and without its site name. */
        Set<String> titleKeys() {
            if (titleKeys != null) {
                return titleKeys;
            }
            Set<String> keys = new java.util.HashSet<>();
            for (String t : new String[] {ogTitle, h1Title, docTitle}) {
                if (t == null) {
                    continue;
                }
                keys.add(key(t));
                for (String sep : new String[] {" | ", " - ", " \u2013 ", " \u2014 ", " :: ", " \u00b7 "}) {
                    int at = t.indexOf(sep);
                    if (at > 0) {
                        keys.add(key(t.substring(0, at)));
                    }
                    at = t.lastIndexOf(sep);
                    if (at > 0) {
                        keys.add(key(t.substring(0, at)));
                    }
                }
            }
            keys.remove("");
            titleKeys = keys;
            return keys;
        }

        /** Pass 4: the chosen element's blocks, without low-content containers, the headline and link blocks. */
        List<HtmlBlocks.Block> render(Info rootInfo, boolean strict) {
            HtmlBlocks hb = new HtmlBlocks(true);
            Set<String> titleKeys = titleKeys();
            int titleMax = 0;
            int keyMax = 0;
            for (String k : titleKeys) {
                titleMax = Math.max(titleMax, k.length() * 2 + 10); // a key drops spaces and punctuation
                keyMax = Math.max(keyMax, k.length());
            }
            // a block's key is only made when its length is a title key's
            boolean[] keyLength = new boolean[keyMax + 1];
            for (String k : titleKeys) {
                keyLength[k.length()] = true;
            }
            Element root = rootInfo.element;
            int rootText = rootInfo.text;
            Info[] bySeq = this.bySeq;
            NodeTraversor.filter(new NodeFilter() {
                /** The next element's number: this walk meets the marking walk's elements in its order. */
                int seq = rootInfo.seq;
                /** Chars of text rendered so far that are not white space, counted up to {@link #RELATED_AFTER_CHARS}. */
                int chars;
                /** The parent of a heading of related content: the rest of it goes (see {@link #opensRelated}); or null. */
                Element cutParent;
                Element cutHeading;

                @Override
                public FilterResult head(Node node, int depth) {
                    if (node instanceof TextNode) {
                        if (cutParent == null) {
                            String t = ((TextNode) node).getWholeText();
                            hb.text(t);
                            for (int k = 0; k < t.length() && chars < RELATED_AFTER_CHARS; k++) {
                                if (!Character.isWhitespace(t.charAt(k))) {
                                    chars++; // (an indented page's white space between tags is no article text)
                                }
                            }
                        }
                        return FilterResult.CONTINUE;
                    }
                    if (!(node instanceof Element)) {
                        return FilterResult.CONTINUE;
                    }
                    Element e = (Element) node;
                    int at = seq++;
                    Info i = bySeq[at];
                    if (i == null) {
                        if (cutParent == null) {
                            hb.open(e, HtmlPatterns.tagFlags(e.normalName()), at); // a plain inline element, kept with its parent
                        }
                        return FilterResult.CONTINUE;
                    }
                    if (i == NEVER_TEXT) {
                        return FilterResult.SKIP_ENTIRELY; // its subtree was not numbered
                    }
                    String tag = e.normalName();
                    if (cutParent == null && e != root && chars >= RELATED_AFTER_CHARS && opensRelated(e, tag, i)) {
                        // (a heading dropped for its class name too: what follows it goes with it)
                        cutParent = e.parent();
                        cutHeading = e;
                    }
                    if (i.dropped || cutParent != null) {
                        seq = i.seqEnd;
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (e != root) {
                        // never clean away most of the chosen content
                        String why = strict && i.text * 2 < rootText ? cleanConditionally(e, tag, i) : null;
                        if (why != null) {
                            removals.add(removal(e, "html-low-content", categoryOf(e, i), why, snippet(e)));
                            seq = i.seqEnd;
                            return FilterResult.SKIP_ENTIRELY;
                        }
                    }
                    hb.open(e, HtmlPatterns.tagFlags(tag), at);
                    return FilterResult.CONTINUE;
                }

                @Override
                public FilterResult tail(Node node, int depth) {
                    if (node instanceof Element) {
                        Element e = (Element) node;
                        if (e == cutParent) {
                            removals.add(new Removal(-1, -1, "html-related", Category.RELATED,
                                    "a heading of other stories and what follows it in its box", cutSnippet(cutHeading),
                                    Removal.Origin.HTML));
                            cutParent = null;
                        } else if (cutParent != null) {
                            return FilterResult.CONTINUE; // not opened
                        }
                        hb.close(e, HtmlPatterns.tagFlags(e.normalName()));
                    }
                    return FilterResult.CONTINUE;
                }
            }, root);
            hb.flush(false);
            List<HtmlBlocks.Block> out = new ArrayList<>();
            for (HtmlBlocks.Block b : hb.blocks()) {
                if (b.tag().equals("h1") || b.length() <= titleMax && isTitle(b.text(), keyLength, titleKeys)) {
                    removals.add(new Removal(-1, -1, "html-headline", Category.LAYOUT,
                            "the headline, returned as the title", b.text(), Removal.Origin.HTML));
                    continue;
                }
                if (HtmlPatterns.isGalleryCounter(b.text())) {
                    removals.add(new Removal(-1, -1, "html-gallery", Category.CAPTION,
                            "a photo gallery's counter", b.text(), Removal.Origin.HTML));
                    continue;
                }
                if (HtmlPatterns.isDateLine(b.text()) || HtmlPatterns.isBylineLine(b.text())) {
                    removals.add(new Removal(-1, -1, "html-byline", Category.BYLINE,
                            "a byline or date line", b.text(), Removal.Origin.HTML));
                    continue;
                }
                if ((b.linkDensity() >= 0.8 || b.linkDensity() >= 0.5 && b.text().length() < 200)
                        && !HtmlPatterns.isLinkedArticleText(b.text())) {
                    removals.add(new Removal(-1, -1, "html-link-block", Category.RELATED,
                            "a block of links, not prose", b.text(), Removal.Origin.HTML));
                    continue;
                }
                out.add(b);
            }
            return out;
        }

        /**
         * A heading of other stories inside the chosen content ("You may also like", or a class or
         * id naming related content), first in its parent and followed there by other elements and
         * no paragraph: a box of teasers, not the article going on. Looked for only after {@link #RELATED_AFTER_CHARS} of
         * text, so a box of other stories before the article is left to the other passes.
         */
        boolean opensRelated(Element e, String tag, Info i) {
            if (!HtmlPatterns.isHeading(tag) || tag.equals("h1") || i.text > 80 || e.nextElementSibling() == null
                    || e.previousElementSibling() != null) {
                return false; // not the title of a box of its own
            }
            if (!HtmlPatterns.classAndId(e).contains("related")) {
                String t = e.text();
                if (!PageBlocks.isOpenerLowerCased(t) || !PageBlocks.opensStories(null, t)) {
                    return false;
                }
            }
            int n = 0;
            for (Element sib = e.nextElementSibling(); sib != null && n < MAX_TEASERS; sib = sib.nextElementSibling(), n++) {
                if (sib.normalName().equals("p")) {
                    return false;
                }
            }
            return n < MAX_TEASERS;
        }

        /** @return the heading's snippet and the start of what follows it, for the removal */
        String cutSnippet(Element heading) {
            Element next = heading.nextElementSibling();
            return next == null ? snippet(heading) : snippet(heading) + " \u2026 " + snippet(next);
        }

        /** Readability's {@code _cleanConditionally}: why a container in the content goes, or null. */
        String cleanConditionally(Element e, String tag, Info i) {
            switch (tag) {
                case "form": case "fieldset": case "table": case "ul": case "ol": case "div": case "section":
                    break;
                default:
                    if (HtmlPatterns.isHeading(tag) && HtmlPatterns.classWeight(e) < 0) {
                        return "a heading with a furniture class";
                    }
                    return null;
            }
            if (i.text == 0 || HtmlPatterns.any(i.verdict.names(), HtmlPatterns.EMBED)) {
                return null;
            }
            if ((tag.equals("div") || tag.equals("section")) && isOneProseParagraph(e, i)) {
                return null; // a paragraph of the article in a wrapper of its own, whatever the wrapper's name
            }
            int weight = HtmlPatterns.classWeight(e);
            if (weight + (i.scored ? i.score : 0) < 0) {
                return "a container with a furniture class and little content";
            }
            if (i.commas >= 10) {
                return null;
            }
            boolean list = tag.equals("ul") || tag.equals("ol");
            double ld = linkDensity(i);
            int p = i.paragraphs;
            int img = i.images;
            int li = i.items - (list ? 0 : 0);
            if (img > 1 && p / (double) img < 0.5 && i.text < 100 * img) {
                return "more images than paragraphs";
            }
            if (!list && li > p && ld > 0.1 && !tag.equals("table")) {
                return "more list items than paragraphs";
            }
            if (!list && weight < 25 && ld > 0.2 && i.text < 1000) {
                return "link density " + pct(ld) + " in a container";
            }
            if (ld > 0.5) {
                return "link density " + pct(ld);
            }
            return null;
        }

        Category categoryOf(Element e, Info i) {
            String ci = HtmlPatterns.classAndId(e);
            Category c = ci.isEmpty() ? Category.LAYOUT : HtmlPatterns.categoryOf(ci);
            if (c == Category.LAYOUT && linkDensity(i) > 0.5) {
                return Category.RELATED;
            }
            return c;
        }
    }

    static String pct(double d) {
        return Math.round(d * 100) + "%";
    }

    /** Elements at most in a container that {@link #isOneProseParagraph} reads (a bound on its work). */
    private static final int PROSE_WRAPPER_ELEMENTS = 12;

    /**
     * @return whether a container holds one paragraph of prose, a sentence or more (see
     *     {@link HtmlPatterns#isProseSentence}) that is mostly not link text: sites wrap each paragraph
     *     in a box of its own ("card", "sourced-paragraph"), whose name or link density says nothing
     *     about the paragraph
     */
    static boolean isOneProseParagraph(Element e, Info i) {
        if (i.paragraphs != 1 || i.images > 0 || i.text > 1000 || linkDensity(i) > 0.5
                || i.seqEnd - i.seq > PROSE_WRAPPER_ELEMENTS) {
            return false;
        }
        return HtmlPatterns.isProseSentence(e.text());
    }

    static double linkDensity(Info i) {
        return i.text == 0 ? 0 : Math.min(1.0, i.link / (double) i.text);
    }

    static boolean endsSentence(String s) {
        String t = s.strip();
        return !t.isEmpty() && ".!?\u3002".indexOf(t.charAt(t.length() - 1)) >= 0 || t.contains(". ");
    }

    static boolean isAncestor(Element a, Element d) {
        for (Element p = d.parent(); p != null; p = p.parent()) {
            if (p == a) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text's {@link #key} is one of the title keys, whose lengths {@code keyLength} marks. */
    static boolean isTitle(String text, boolean[] keyLength, Set<String> titleKeys) {
        int n = 0;
        for (int k = 0; k < text.length(); k++) {
            if (Character.isLetterOrDigit(text.charAt(k))) {
                n++;
            }
        }
        return n < keyLength.length && keyLength[n] && titleKeys.contains(key(text));
    }

    /** A comparison key: lower-cased letters and digits only. */
    static String key(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }

    /** The {@code type} of a script that holds JSON-LD (case ignored); {@link HtmlTrim} keeps those. */
    static final String JSON_LD = "application/ld+json";

    private static boolean isJsonLd(Element script) {
        return script.attr("type").equalsIgnoreCase(JSON_LD);
    }

    /** The longest JSON-LD {@code articleBody} string on the page, or null. */
    static String findJsonBody(List<Element> scripts) {
        String best = null;
        for (Element script : scripts) {
            String json = script.data();
            int at = 0;
            while ((at = json.indexOf("\"articleBody\"", at)) >= 0) {
                at += 13;
                int q = json.indexOf('"', at);
                int colon = json.indexOf(':', at);
                if (colon < 0 || q < 0 || q < colon) {
                    continue;
                }
                String v = jsonString(json, q);
                if (v != null && (best == null || v.length() > best.length())) {
                    best = v;
                }
            }
        }
        return best == null ? null : normaliseJsonBody(best);
    }

    /**
     * @return a JSON-LD article body as text: its HTML (if any) read as text, one paragraph a line
     *     between newlines, runs of whitespace ({@code [ \t\n\x0B\f\r]}) within one made a space,
     *     stripped, empty ones dropped, paragraphs joined by a blank line. One pass, no regex.
     */
    static String normaliseJsonBody(String s) {
        String t = s.indexOf('<') < 0 ? s : Jsoup.parse(s).wholeText();
        StringBuilder sb = new StringBuilder(t.length());
        StringBuilder para = new StringBuilder();
        int n = t.length();
        for (int i = 0; i <= n;) {
            int nl = t.indexOf('\n', i);
            if (nl < 0) {
                nl = n;
            }
            para.setLength(0);
            boolean space = false;
            for (int k = i; k < nl; k++) {
                char c = t.charAt(k);
                if (c == ' ' || c == '\t' || c == '\u000b' || c == '\f' || c == '\r') {
                    space = true;
                    continue;
                }
                if (space) {
                    para.append(' ');
                    space = false;
                }
                para.append(c);
            }
            String p = para.toString().strip();
            if (!p.isEmpty()) {
                if (sb.length() > 0) {
                    sb.append("\n\n");
                }
                sb.append(p);
            }
            i = nl + 1;
        }
        return sb.toString();
    }

    /** Reads the JSON string literal that starts at {@code q} (a quote), or null if it is malformed. */
    static String jsonString(String json, int q) {
        StringBuilder sb = new StringBuilder();
        for (int k = q + 1; k < json.length(); k++) {
            char c = json.charAt(k);
            if (c == '"') {
                return sb.toString();
            }
            if (c == '\\' && k + 1 < json.length()) {
                char n = json.charAt(++k);
                switch (n) {
                    case 'n': sb.append('\n'); break;
                    case 't': sb.append('\t'); break;
                    case 'r': break;
                    case 'b': case 'f': break;
                    case 'u':
                        if (k + 4 < json.length()) {
                            try {
                                sb.append((char) Integer.parseInt(json.substring(k + 1, k + 5), 16));
                            } catch (NumberFormatException ex) {
                                return null;
                            }
                            k += 4;
                        }
                        break;
                    default: sb.append(n);
                }
            } else {
                sb.append(c);
            }
        }
        return null;
    }
}
