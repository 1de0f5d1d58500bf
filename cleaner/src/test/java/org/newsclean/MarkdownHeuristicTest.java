package org.newsclean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.newsclean.TestTexts.clean;
import static org.newsclean.TestTexts.only;

import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Markdown as HTML-to-Markdown scrapers write it: the syntax goes, link texts stay, and what is
 * left is cleaned as any scraped text. The test page is written for this test.
 */
class MarkdownHeuristicTest {
    private static final String PAGE = """
            [Skip to main content](https://www.example-news.com/2026/03/12/bus-routes#main-content)

            ![Image 1: fb-pixel](https://www.facebook.com/tr?id=123&ev=PageView&noscript=1)

            *   [News](https://www.example-news.com/news)
            *   [Politics](https://www.example-news.com/politics)
            *   [Sports](https://www.example-news.com/sports)

            # City council approves new bus routes after two-hour debate

            By [Jane Doe](https://www.example-news.com/staff/jane-doe)

            March 12, 2026, 5:04 p.m.

            ![Image 2: Buses line up at the central depot on Monday.](https://cdn.example-news.com/img/buses.jpg)

            The city council approved **three new bus routes** on Tuesday after a two\\-hour debate, the first \
            expansion of the [network](https://www.example-news.com/topics/buses "Buses") in a decade.

            Advertisement

            The routes will connect the northern suburbs with the [hospital](https://en.wikipedia.org/wiki/Hospital_(building)) \
            and the university, and start in May. [Read more: Fares stay the same in 2026](https://www.example-news.com/fares)

            Share this article

            [Facebook](https://www.facebook.com/sharer/sharer.php?u=x) [Twitter](https://twitter.com/intent/tweet?url=x) [Email](mailto:?subject=x)

            ## Most read

            1.   [Storm closes schools across the region](https://www.example-news.com/storm)
            2.   [Mayor announces the city budget for next year](https://www.example-news.com/budget)

            ---

            © 2026 Example News. All rights reserved.
            """;

    private static final String ARTICLE = """
            City council approves new bus routes after two-hour debate

            The city council approved three new bus routes on Tuesday after a two-hour debate, the first \
            expansion of the network in a decade.

            The routes will connect the northern suburbs with the hospital and the university, and start in May.""";

    @Test
    void aMarkdownPageComesOutAsItsArticle() {
        CleanResult r = clean(PAGE);
        assertThat(r.text()).isEqualTo(ARTICLE);
        assertThat(r.removals()).filteredOn(x -> x.heuristic().equals("markdown")).extracting(Removal::reason)
                .contains("Markdown link markup (its text stays)", "Markdown image (its alt text and address)",
                        "Markdown list bullet", "Markdown heading marker", "Markdown emphasis marker", "Markdown escape",
                        "Markdown rule, code fence or table rule");
        // the other heuristics see the text: the menu, share bar and list of other stories go as theirs
        assertThat(r.removals()).extracting(Removal::heuristic).contains("navigation", "share", "related", "bylines", "furniture");
        assertThat(clean(r.text()).text()).isEqualTo(r.text());
    }

    @Test
    void linksKeepTheirTextImagesGoWhole() {
        String md = "See [the report](https://example.org/report.pdf) and [![Chart of fares](https://example.org/c.png)](https://example.org/c) "
                + "and ![A bus](<https://example.org/a bus.jpg> 'A bus') and [](https://example.org/empty) too.";
        assertThat(only("markdown", md).text()).isEqualTo("See the report and and and too.");
        // a link inside a link's text: what is left must not read as a link again
        CleanResult nested = only("markdown", "See [[a](b)](c) and [[[d](e)](f)](g) now.");
        assertThat(nested.text()).isEqualTo("See a and d now.");
        assertThat(only("markdown", nested.text()).text()).isEqualTo(nested.text());
    }

    @Test
    void listsAndLinesOfLinksGoAsMenusOrOtherStoriesButAListThatSaysMoreStays() {
        String md = "* [Home](https://e.example/)\n* [World](https://e.example/world)\n* [Arts](https://e.example/arts)\n\n"
                + "The council met on Tuesday and approved the [routes](https://e.example/r).\n\n"
                + "1. [Storm closes schools across the region](https://e.example/storm)\n"
                + "2. [Mayor announces budget for the year](https://e.example/budget)\n3. [Fares stay the same](https://e.example/fares)\n\n"
                + "* [Report](https://e.example/report.pdf), the council's own\n* [Minutes](https://e.example/minutes.pdf) of the meeting\n"
                + "* [Map](https://e.example/map) of the routes\n\n"
                + "* [Only](https://e.example/1)\n* [two](https://e.example/2)\n\n"
                + "[Contact](https://e.example/contact) | [Privacy](https://e.example/privacy)";
        CleanResult r = only("markdown", md);
        assertThat(r.text()).isEqualTo("The council met on Tuesday and approved the routes.\n\n"
                + "Report, the council's own\nMinutes of the meeting\nMap of the routes\n\nOnly\ntwo");
        assertThat(r.removals()).extracting(Removal::reason).filteredOn(x -> x.startsWith("a "))
                .containsExactly("a Markdown list of short links (a menu)", "a Markdown list of short links (a menu)",
                        "a Markdown list of short links (a menu)", "a Markdown list of links (other stories)",
                        "a Markdown list of links (other stories)", "a Markdown list of links (other stories)",
                        "a line of Markdown links and nothing else (a menu or a footer)");
    }

    @Test
    void aReaderServicesHeaderGoesButItsTitle() {
        String md = "Title: Ferry fares fall by a third\n\nURL Source: https://harbour.test/ferry\n\n"
                + "Published Time: 2026-03-04T09:15:00Z\n\nMarkdown Content:\n"
                + "Return fares on the ferry will fall from £24 to **£16** on 1 April\\.";
        CleanResult r = only("markdown", md);
        assertThat(r.text()).isEqualTo("Ferry fares fall by a third\n\nReturn fares on the ferry will fall from £24 to £16 on 1 April.");
        // the same labels in other places, or without "Markdown Content:", are text
        String plain = "Title: The Fare Rise\n\nURL Source: the council's website\n\nThe council said fares rise in May.";
        assertThat(only("markdown", plain).text()).isEqualTo(plain);
        // labels out of the header's order: nothing of it goes, not even the lines before the misfit
        String outOfOrder = "Title: The Fare Rise\n\nThe council met.\n\nMarkdown Content:\nFares rise in May.";
        assertThat(only("markdown", outOfOrder).removals()).isEmpty();
    }

    @Test
    void plainTextWithBracketsHashesAndStarsStays() {
        List<String> texts = List.of(
                "The mayor said the plan [sic] would work, and it did.\n\n# 1 in the charts, the song * stayed there.",
                "One link is no Markdown: read [the report](https://example.org/report) before Friday.",
                "- Dialogue, in some papers.\n* A footnote.\n## not a heading without text?\n**",
                "Scores [2](3) and [4](5 6) are not links.");
        for (String t : texts) {
            CleanResult r = only("markdown", t);
            assertThat(r.text()).as(t).isEqualTo(t.strip());
            assertThat(r.removals()).as(t).isEmpty();
        }
    }

    @Test
    void textExtractedFromHtmlIsNotMarkdown() {
        String html = "<html><body><article><h1>Fares stay the same</h1><p>The council said [link](http://a.example/x) "
                + "and [another](http://b.example/y) are quoted in the minutes of the meeting held on Tuesday evening.</p>"
                + "</article></body></html>";
        CleanResult r = NewsCleaner.news().cleanHtml(html, "https://example.org/fares");
        assertThat(r.text()).contains("[link](http://a.example/x)");
        assertThat(r.removals()).extracting(Removal::heuristic).doesNotContain("markdown");
    }

    @Test
    void headingsBulletsRulesAndFences() {
        String md = "## Fares ##\n\n+ cheaper tickets\n- more buses\n\n***\n\n```text\nroute 12\n```\n\n"
                + "| route | fare |\n|---|:--:|\n| 12 | £2 |\n\nThe *new* fares and _old_ ones, snake_case and 2 * 3 * 4.\n\n"
                + "See [a](https://example.org/a) and [b](https://example.org/b).";
        assertThat(only("markdown", md).text()).isEqualTo("Fares\n\ncheaper tickets\nmore buses\n\nroute 12\n\n"
                + "| route | fare |\n| 12 | £2 |\n\nThe new fares and old ones, snake_case and 2 * 3 * 4.\n\nSee a and b.");
    }

    @Test
    void unclosedAndNestedBracketsCostLinearTime() {
        // each shape would take quadratic time to a scan that looked far for a partner: these must simply finish
        for (String unit : List.of("[[[[ ", "](](( ", "![x](", "[a](b ", "\\*\\*")) {
            String t = unit.repeat(400_000 / unit.length()) + "\nSee [a](https://e.example/a) and [b](https://e.example/b).";
            CleanResult r = only("markdown", t);
            assertThat(r.text()).as(unit).endsWith("See a and b.");
        }
    }

    /** html2text's output with {@code --reference-links}: no inline link at all, the definitions at the end. */
    private static final String REFERENCES = """
            # Harbour board cuts ferry fares for island residents

            ![The morning ferry at the north quay][4]

            The [harbour board][1] voted on Monday to cut return fares for residents of the
            outer islands, a change the [island council][2] had asked for since 2023. The
            [Harbour Board] said the cut would cost it about £400,000 a year, and the council
            called the decision "[sic][9] long overdue" in a statement.

            Read the [minutes of the meeting][3] or the [Timetable][] for the summer.

              * [Fares][5]
              * [Routes][6]
              * [Contact][7]

               [1]: https://harbour.test/board
               [2]: https://islands.test/council "Island council"
               [3]: https://harbour.test/minutes-2026-03.pdf
               [4]: https://harbour.test/img/ferry.jpg
               [5]: https://harbour.test/fares
               [6]: https://harbour.test/routes
               [7]: https://harbour.test/contact
               [harbour  board]: <https://harbour.test/about> (About the board)
               [timetable]: https://harbour.test/timetable
            """;

    @Test
    void referenceLinksKeepTheirTextAndTheirDefinitionsGoWhole() {
        CleanResult r = only("markdown", REFERENCES);
        assertThat(r.text()).isEqualTo("""
                Harbour board cuts ferry fares for island residents

                The harbour board voted on Monday to cut return fares for residents of the
                outer islands, a change the island council had asked for since 2023. The
                Harbour Board said the cut would cost it about £400,000 a year, and the council
                called the decision "[sic][9] long overdue" in a statement.

                Read the minutes of the meeting or the Timetable for the summer.""");
        assertThat(r.removals()).extracting(Removal::reason).contains("Markdown link reference definition",
                "Markdown link markup (its text stays)", "Markdown image (its alt text and address)", "a Markdown list of short links (a menu)");
        assertThat(r.removals()).filteredOn(x -> x.text().contains("north quay"))
                .extracting(Removal::category).containsOnly(Category.CAPTION);
        assertThat(only("markdown", r.text()).text()).isEqualTo(r.text());
        assertThat(clean(r.text()).text()).isEqualTo(clean(REFERENCES).text());
    }

    @Test
    void referenceFormsMatchOnlyDefinedLabels() {
        // "[sic][2]", "[1]" and "[sic]" without a definition of their own stay, even beside defined labels
        String md = "The mayor wrote that the plan was [sic][2] fair and [Fair][] enough [1].\n\n"
                + "See [the report][R] and ![chart][c] and [[nested][r]][r] too.\n\n"
                + "[r]: https://e.example/report\n[C]: https://e.example/chart.png \"Chart\"\n";
        CleanResult r = only("markdown", md);
        assertThat(r.text()).isEqualTo("The mayor wrote that the plan was [sic][2] fair and [Fair][] enough [1].\n\n"
                + "See the report and and nested too.");
        // lines that look like definitions but are not stay: text after the title, a footnote, no address
        String notDefinitions = "[1]: https://e.example/a \"A\" and more\n[^2]: https://e.example/b\n[3]:\n\n"
                + "See [a](https://e.example/a) and [b](https://e.example/b), [1] and [3].";
        assertThat(only("markdown", notDefinitions).text())
                .isEqualTo("[1]: https://e.example/a \"A\" and more\n[^2]: https://e.example/b\n[3]:\n\nSee a and b, [1] and [3].");
        // without definitions, no reference counts toward the two links that make text Markdown
        String prose = "The plan [sic][2] was fair [1].\n\n[1]: and then the council met.";
        assertThat(only("markdown", prose).removals()).isEmpty();
    }

    @Test
    void autolinksLoseTheirBracketsAndKeepTheirAddress() {
        String md = "Send tips to <mailto:tips@harbour.test> or read the [rules](https://harbour.test/rules).\n\n"
                + "Source: <https://harbour.test/2026/fares?ref=home>\n\n<HTTP://HARBOUR.TEST/ARCHIVE>\n\n"
                + "Fares rise if a <= b, <b>not</b> <http://broken link> and <ftp:/x> stay, see [map](https://harbour.test/map).";
        CleanResult r = only("markdown", md);
        assertThat(r.text()).isEqualTo("Send tips to tips@harbour.test or read the rules.\n\n"
                + "Source: https://harbour.test/2026/fares?ref=home\n\nHTTP://HARBOUR.TEST/ARCHIVE\n\n"
                + "Fares rise if a <= b, <b>not</b> <http://broken link> and <ftp:/x> stay, see map.");
        assertThat(r.removals()).extracting(Removal::reason).contains("Markdown autolink's markup");
        assertThat(only("markdown", r.text()).text()).isEqualTo(r.text());
        // an autolink in a link's text: the words beside it keep each item from reading as a link alone
        String list = "* Fares [<https://a.test/f>](https://a.test/f)\n* Routes [<https://a.test/r>](https://a.test/r)\n"
                + "* Maps [<https://a.test/m>](https://a.test/m)";
        assertThat(only("markdown", list).text()).isEqualTo("Fares https://a.test/f\nRoutes https://a.test/r\nMaps https://a.test/m");
    }

    @Test
    void linksWrappedAtSeventyEightColumnsStayLinks() {
        String md = """
                The board published the [full list of the new
                fares](https://harbour.test/2026/03/fares-for-
                island-residents) on its website, with a [map of the
                routes](https://harbour.test/map "Map of the
                ferry routes") and the ![timetable for
                the summer](https://harbour.test/t.png) as well.
                """;
        CleanResult r = only("markdown", md);
        assertThat(r.text()).isEqualTo("The board published the full list of the new\nfares\non its website, with a map of the\n"
                + "routes\nand the\nas well.");
        assertThat(only("markdown", r.text()).text()).isEqualTo(r.text());
        // over two line breaks, or a blank line, a link is none
        String apart = "A [text that\ngoes on\nand on](https://e.example/a) and [a\n\nparagraph](https://e.example/b-\n\nc) "
                + "and [x](https://e.example/x) and [y](https://e.example/y).";
        assertThat(only("markdown", apart).text()).isEqualTo("A [text that\ngoes on\nand on](https://e.example/a) and [a\n\n"
                + "paragraph](https://e.example/b-\n\nc) and x and y.");
    }

    @Test
    void referencesAutolinksAndWrapsCostLinearTime() {
        String tail = "\n\nSee [a][1] and [b](https://e.example/b-\nc) and <https://e.example/c> too.\n\n[1]: https://e.example/a\n";
        List<String> units = List.of("[a][", "<http", "]: ", "[1]: <", "[1]", "][1]", "[x] ", "]]]]", "[[[[", "](a-\n", "<https://a",
                "[1]: a \"", "[a\n", "\\[1]");
        for (String unit : units) {
            String t = unit.repeat(200_000 / unit.length()) + tail;
            CleanResult r = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> only("markdown", t), unit);
            String text = r.text();
            // the end only: a failure must not print 200 KB
            assertThat(text.substring(Math.max(0, text.length() - 40))).as(unit).endsWith("See a and b\nand https://e.example/c too.");
        }
    }

    /** Markdown pieces, reference links, autolinks and wrapped links among them, and their debris. */
    private static final List<String> PIECES = List.of("[News][1]", "[News]", "[news][]", "![A bus][2]", "[![A bus][2]][1]", "[1]",
            "\n[1]: https://e.test/news\n", "\n[2]: <https://e.test/bus.jpg> \"A bus\"\n", "\n   [News]: https://e.test/n (News)\n",
            "<https://e.test/a>", "<mailto:a@e.test>", "<http", "[a](https://e.test/very-\nlong)", "[wrapped\ntext](https://e.test/w)",
            "[t](https://e.test/t \"a\ntitle\")", "[Fares](https://e.test/fares)", "[", "]", "][", "](", "]:", "<", ">", "\\", "-", "*",
            "\n", "\n\n", "\n* ", "The council met on Tuesday.", "fares", "sic", " ");

    @Provide
    Arbitrary<String> markdownish() {
        return Arbitraries.of(PIECES).list().ofMaxSize(40).map(l -> String.join("", l));
    }

    @Property(tries = 500)
    void invariantsOnMarkdownPieces(@ForAll("markdownish") String text) {
        CleanPropertiesTest.check(NewsCleaner.news(), text);
        CleanPropertiesTest.check(NewsCleaner.builder().add("markdown").build(), text);
    }
}
