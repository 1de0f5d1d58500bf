package org.newsclean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/**
 * The cut must never change the tree jsoup builds, but for what the extractor never reads (the data
 * of scripts but JSON-LD, and of styles; the head's links and metas but a title's; attributes
 * other than a few): each check parses the page whole and cut, takes those out of both, and
 * compares.
 */
class HtmlTrimTest {

    /** The attributes the extractor reads, or that change how jsoup builds the tree: all others may go. */
    private static final Set<String> READ = Set.of("id", "alt", "src", "role", "href", "type", "name", "face",
            "size", "class", "style", "width", "color", "hidden", "height", "content", "itemprop", "property",
            "encoding", "aria-hidden");

    /**
     * The page parsed, without what nothing reads: attributes but a few, a link's target unless it
     * starts with {@code #}, the data of scripts (but JSON-LD) and styles, the text of comments, the
     * head's links and metas (but those naming a title) with the white space between them, and all
     * but the first char of a run of white space.
     */
    static String tree(String html) {
        Document d = Jsoup.parse(html, "https://example.org/");
        for (Node c : new ArrayList<>(d.head().childNodes())) {
            if (c instanceof TextNode && ((TextNode) c).isBlank() || c instanceof Element
                    && (c.normalName().equals("link") || c.normalName().equals("meta")
                    && !c.attr("property").contains("title") && !c.attr("name").contains("title"))) {
                c.remove();
            }
        }
        d.forEachNode(node -> {
            if (node instanceof Comment) {
                ((Comment) node).setData("");
            } else if (node instanceof TextNode) {
                TextNode t = (TextNode) node;
                t.text(firstOfEachBlankRun(t.getWholeText()));
            }
        });
        for (Element e : d.getAllElements()) {
            for (Attribute a : new ArrayList<>(e.attributes().asList())) {
                if (!READ.contains(a.getKey())
                        || e.normalName().equals("a") && a.getKey().equals("href") && !a.getValue().startsWith("#")) {
                    e.removeAttr(a.getKey());
                }
            }
        }
        for (Element e : d.select("script, style")) {
            if (e.normalName().equals("script") && e.attr("type").equalsIgnoreCase("application/ld+json")) {
                continue;
            }
            for (Node c : new ArrayList<>(e.childNodes())) {
                if (c instanceof DataNode) {
                    c.remove();
                }
            }
        }
        return d.outerHtml();
    }

    /** The text with each run of ASCII white space cut to its first char, as the extractor reads it alike. */
    static String firstOfEachBlankRun(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (!(isBlank(c) && k > 0 && isBlank(text.charAt(k - 1)))) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    /** Asserts that the page trims to {@code expected} and still parses to the same tree. */
    private static void assertTrimsTo(String html, String expected) {
        assertThat(HtmlTrim.trimmed(html)).isEqualTo(expected);
        assertSameTree(html);
    }

    static void assertSameTree(String html) {
        String whole = tree(html);
        assertThat(tree(HtmlTrim.trimmed(html))).as(html).isEqualTo(whole);
    }

    @Test
    void cutsScriptAndStyleBodiesAndKeepsJsonLd() {
        String html = "<html><head><title>T</title><style>p { color: red }</style>"
                + "<script type=\"application/ld+json\">{\"articleBody\": \"Kept.\"}</script>"
                + "<SCRIPT src=\"a.js\">var x = '<p>not text</p>';</SCRIPT ></head>"
                + "<body><p>Body</p><script>if (a < b) go();</script></body></html>";
        assertTrimsTo(html, "<html><head><title>T</title><style></style>"
                + "<script type=\"application/ld+json\">{\"articleBody\": \"Kept.\"}</script>"
                + "<SCRIPT src=\"a.js\"></SCRIPT ></head>"
                + "<body><p>Body</p><script></script></body></html>");
    }

    @Test
    void cutsTheAttributesNothingReads() {
        String html = "<body><div data-json='{\"a\": \">\"}' class=\"story\" tabindex=0 hidden>"
                + "<img srcset=\"a.jpg 1x, b.jpg 2x\" src=a.jpg alt=\"A cat\" loading=lazy/>"
                + "<a href=\"/x\" rel=noopener target=_blank>x</a></div>";
        assertTrimsTo(html, "<body><div  class=\"story\"  hidden>"
                + "<img  src=a.jpg alt=\"A cat\" >"
                + "<a   >x</a></div>");
    }

    @Test
    void cutsLongWhiteSpaceBetweenTagsToItsFirstChar() {
        String indent = "\n" + " ".repeat(12);
        String html = "<body>" + indent + "<div>" + indent + "<p>One  two" + indent + "three</p>" + indent + "</div>"
                + "<pre>" + indent + "code</pre><PRE class=x>" + indent + "</PRE><listing>" + indent + "</listing>"
                + "<p>" + " ".repeat(7) + "<b>short</b></p>\t\t\t\t\t\t\t\t\t<!-- c -->" + indent + "</body>";
        assertTrimsTo(html, "<body>\n<div>\n<p>One  two" + indent + "three</p>\n</div>"
                + "<pre>" + indent + "code</pre><PRE class=x>" + indent + "</PRE><listing>" + indent + "</listing>"
                + "<p>" + " ".repeat(7) + "<b>short</b></p>\t<!---->\n</body>");
    }

    @Test
    void anAnchorKeepsItsTargetOnlyWhenItMayBeASkipLink() {
        String html = "<body><a href=\"#main\">Skip to content</a><A HREF=#top>Top</A><a href='&#35;x'>x</a>"
                + "<a href=\"https://example.org/story\">Story</a><a href=/y class=more>y</a><a href=\"\">z</a>"
                + "<area href=/map><link href=/l><a href=/first HREF=#second>w</a><a href=#first href=/second>v</a></body>";
        assertTrimsTo(html, "<body><a href=\"#main\">Skip to content</a><A HREF=#top>Top</A>"
                + "<a href='&#35;x'>x</a><a >Story</a><a  class=more>y</a><a >z</a><area href=/map><link href=/l>"
                + "<a  >w</a><a href=#first >v</a></body>");
    }

    @Test
    void keepsEveryAttributeTheExtractorReads() {
        for (String name : READ) {
            String attribute = name.toUpperCase(Locale.ROOT) + "=\"v\"";
            assertThat(HtmlTrim.trimmed("<div " + attribute + " data-x=1>a</div>"))
                    .isEqualTo("<div " + attribute + " >a</div>");
        }
    }

    @Test
    void cutsTheHeadsLinksAndMetasButATitlesAndStopsAtTheBody() {
        String html = "<!doctype html><html><head>\n<meta charset=utf-8>\n<link rel=stylesheet href=a.css>\n"
                + "<meta property=\"og:title\" content=\"Kept\">\n<title>T</title><meta name=x content=y></head>"
                + "<body><link rel=x href=y><meta itemprop=datePublished content=2026><p>a</p></body></html>";
        assertTrimsTo(html, "<!doctype html><html><head>\n\n\n"
                + "<meta property=\"og:title\" content=\"Kept\">\n<title>T</title></head>"
                + "<body><link  href=y><meta itemprop=datePublished content=2026><p>a</p></body></html>");
        // text ends the head: what follows is the body's
        String early = "<html><head><meta name=a content=b>text<meta name=c content=d><p>x</p>";
        assertTrimsTo(early, "<html><head>text<meta name=c content=d><p>x</p>");
    }

    @Test
    void aScriptTagInsideTextCommentsAttributesOrRawTextIsNotATag() {
        String[] pages = {
            "<p class=\"<script>\">a</p><p>b</p>",
            "<p title='x > <script>'>a</p><p>b</p><script>c</script>",
            "<!-- <script> --><p>a</p><script>b</script>",
            "<title>a <script> b</title><p>c</p>",
            "<textarea><script>x</script></textarea><p>y</p>",
            "<noscript><script>x</script><img src=p.gif></noscript><p>y</p>",
            "<svg><style>.a{}</style><script>x</script></svg><p>y</p>",
            "<p>1 <script 2</p><p>3</p>",
            "<iframe><script>x</script></iframe><p>y</p>",
            "<![CDATA[ <script> ]]><p>a</p>",
            "<\u00e9 x=\"<script>\">a</\u00e9><script>b</script>", // not a tag: only an ASCII letter opens one
            "<svg><b) /data-x=1><script>a</script></svg>", // "/data-x" cut would make "/>", self-closing
        };
        for (String html : pages) {
            assertSameTree(html);
        }
        assertThat(HtmlTrim.trimmed(pages[0])).isEqualTo(pages[0]);
        assertThat(HtmlTrim.trimmed(pages[2])).isEqualTo("<!----><p>a</p><script></script>");
    }

    @Test
    void stopsWhereTheTokenizerPathIsNotPlain() {
        String[] pages = {
            // a script that opens a comment and names a script: jsoup's escaped states decide its end
            "<script>x<!--<script>y</script>z</script><p>after</p><script>w</script>",
            "<script src=a.js /><p>a</p><script>b</script>",
            "<plaintext><script>a</script>",
            "<frameset><script>a<frame></script></frameset>",
            "<script>never closed <p>a</p>",
            "<div <script>a</script>",
            "<!-- a --!><script>b</script>",
        };
        for (String html : pages) {
            assertSameTree(html);
        }
        assertThat(HtmlTrim.trimmed(pages[0])).isEqualTo(pages[0]);
        assertThat(HtmlTrim.trimmed(pages[4])).isEqualTo(pages[4]);
    }

    @Test
    void theReaderGivesWhatTheStringGives() throws IOException {
        String html = "<p>a</p><script>" + "x".repeat(70_000) + "</script><style>y</style><p>b</p>";
        StringBuilder sb = new StringBuilder();
        try (Reader r = HtmlTrim.reader(html)) {
            char[] buf = new char[1000];
            for (int n; (n = r.read(buf, 0, buf.length)) >= 0; ) {
                sb.append(buf, 0, n);
            }
        }
        assertThat(sb).hasToString("<p>a</p><script></script><style></style><p>b</p>")
                .hasToString(HtmlTrim.trimmed(html));
    }

    static final String[] PIECES = {
        "<script>", "<script type=\"application/ld+json\">", "<script type='module' async>", "</script>",
        "</SCRIPT >", "</script", "<style media=\"x>y\">", "</style>", "<title>", "</title>", "<textarea>",
        "</textarea>", "<noscript>", "</noscript>", "<svg>", "<svg/>", "</svg>", "<iframe>", "</iframe>",
        "<!--", "-->", "--!>", "<!-->", "<!DOCTYPE html>", "<?xml x?>", "<![CDATA[", "]]>", "<p>", "</p>",
        "<div class=\"a\">", "<div class='<script>'>", "<a href=x>", "</a>", "<br/>", "<img src=a.gif alt=\">\">",
        "<b title=a<script>", "< script>", "<3", "a < b", "x", "text ", "\n", "'", "\"", ">", "<", "/", "=",
        "<!", "</", "if (a<b) {", "document.write('<script>')", "&amp;", "<table>", "<td>", "<select>",
        "<xmp>", "</xmp>", "<plaintext>", "<frameset>", "<template>", "</template>", "<math>", "</math>",
        "<head>", "</head>", "<body>", "<html lang=en>", "<meta name=a content=b>", "<meta property=og:title content=T>",
        "<link rel=x href=y>", "<base href=/>", " ", "<meta name='twitter:title' content=\"&amp;\"/>",
        "<span data-a=\"1\"class=b>", "<i x y=z/>", "<input type=hidden data-v=1>", "<font color=red data-c>",
        "<annotation-xml encoding=\"text/html\" data-e=1>", "<em =x \"q\"=r>", "<td colspan=2 data-x='>'>",
        "</select>", "<head><textarea>", "<noembed>", "</noembed>", "<noframes>", "</noframes>", "<textarea rows=2>",
        "<foreignObject>",
        "<title data-t=1>", "<style data-s>", "<svg viewBox=\"0 0 1 1\"><path d=\"M0 0\"/>", "<ul data-l=x><li>",
        "\n          ", "\t\t\t\t \r\n    ", "<pre>", "</pre>", "<listing class=l>", "<a href=\"#main\">",
        "<A HREF='/story' href=#top>", "<a href=&#35;x>", "<a href>", "<a href=/x/>",
    };

    @Test
    void randomTagSoupParsesToTheSameTree() {
        Random random = new Random(20261125);
        // -Dtrim.rounds=100000 (through surefire's argLine) for a longer search
        for (int round = 0; round < Integer.getInteger("trim.rounds", 4000); round++) {
            StringBuilder sb = new StringBuilder();
            int pieces = 1 + random.nextInt(30);
            for (int k = 0; k < pieces; k++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
            assertSameTree(sb.toString());
        }
    }

    /**
     * End to end: cleaning through the trim gives what cleaning the page parsed whole gives (the
     * cleaner that tracks positions parses whole), text, title and every removal but its offsets.
     * A pass that starts reading something the trim cuts fails here.
     */
    @Test
    void realPagesCleanTheSameTrimmedOrWhole() {
        Path corpus = TestTexts.sharedCorpus();
        assumeTrue(corpus != null, "../shared/corpus is not here");
        NewsCleaner trimmed = NewsCleaner.news();
        NewsCleaner whole = NewsCleaner.builder("news").trackHtmlPositions(true).build();
        for (Path p : CorpusFiles.named(corpus, "page.html")) {
            String html = CorpusFiles.read(p);
            CleanResult a = trimmed.cleanHtml(html, "https://example.org/");
            CleanResult b = whole.cleanHtml(html, "https://example.org/");
            assertThat(a.text()).as(CorpusFiles.id(p)).isEqualTo(b.text());
            assertThat(a.title()).as(CorpusFiles.id(p)).isEqualTo(b.title());
            assertThat(a.removals()).as(CorpusFiles.id(p)).hasSameSizeAs(b.removals());
            for (int k = 0; k < a.removals().size(); k++) {
                Removal x = a.removals().get(k);
                Removal y = b.removals().get(k);
                assertThat(x.heuristic() + " " + x.reason() + " " + x.text())
                        .isEqualTo(y.heuristic() + " " + y.reason() + " " + y.text());
            }
        }
    }

    @Test
    void realPagesParseToTheSameTreeWithMostOfTheirScriptsCut() {
        Path corpus = TestTexts.sharedCorpus();
        assumeTrue(corpus != null, "../shared/corpus is not here");
        List<Path> pages = CorpusFiles.named(corpus, "page.html");
        long whole = 0;
        long cut = 0;
        for (Path p : pages) {
            String html = CorpusFiles.read(p);
            String stripped = HtmlTrim.trimmed(html);
            assertThat(tree(stripped)).as(CorpusFiles.id(p)).isEqualTo(tree(html));
            whole += html.length();
            cut += html.length() - stripped.length();
        }
        // scripts and styles are about half of these pages: a scan that stops early everywhere fails here
        assertThat((double) cut / whole).isGreaterThan(0.4);
    }
}
