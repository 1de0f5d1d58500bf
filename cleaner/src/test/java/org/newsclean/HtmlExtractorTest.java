package org.newsclean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {

    static String fixture(String name) {
        try (InputStream in = HtmlExtractorTest.class.getResourceAsStream("/html/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String HARBOUR_BODY = String.join("\n\n",
            "The Gull Rock ferry carried its first passengers of the season on Tuesday morning, after four months in"
                    + " dry dock at the shipyard on the eastern shore.",
            "Engineers replaced both propeller shafts, rebuilt the passenger lounge and fitted a new ramp, which the"
                    + " operator says will cut loading times by a third.",
            "Timetable changes",
            "The summer timetable starts on the first of May. Until then, the ferry will run every ninety minutes"
                    + " between seven in the morning and eight at night.",
            "Weekday crossings leave the north pier on the hour.",
            "Weekend crossings add a late sailing at half past nine.",
            "Local councillors welcomed the return of the service, which islanders rely on for work, school and"
                    + " hospital visits, and asked the operator to publish reliability figures every month.");

    @Test
    void keepsExactlyTheArticleBodyWithSubheadingAndList() {
        HtmlExtractor.Page page = HtmlExtractor.extract(fixture("harbour-article.html"), "https://ledger.example/ferry",
                HtmlOptions.DEFAULTS);
        assertThat(page.text()).isEqualTo(HARBOUR_BODY);
        assertThat(page.title()).isEqualTo("Harbour ferry returns after winter repairs");
    }

    @Test
    void theNewsPipelineKeepsTheSameBody() {
        CleanResult r = NewsCleaner.news().cleanHtml(fixture("harbour-article.html"), "https://ledger.example/ferry");
        assertThat(r.text()).isEqualTo(HARBOUR_BODY);
        assertThat(r.title()).isEqualTo("Harbour ferry returns after winter repairs");
        assertThat(r.source()).isEqualTo(HARBOUR_BODY);
    }

    private static String withJsonLd(String body, String articleBody) {
        return "<!DOCTYPE html><html><head><title>Storm closes coastal road</title><script type=\"application/ld+json\">"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"Storm closes coastal road\",\"articleBody\":\"" + articleBody
                + "\"}</script></head><body>" + body + "<script src=\"/static/main.js\"></script></body></html>";
    }

    /** A page that a script renders: its body is an empty shell, and only its JSON-LD holds the article. */
    @Test
    void anEmptyShellsArticleComesFromItsJsonLd() {
        String paragraphs = "The coastal road stayed closed on Sunday for a second day after waves washed stones across both"
                + " lanes.\\n\\nCrews hoped to reopen one lane by Monday evening, once the sea had calmed.";
        String shell = "<div id=\"root\"><noscript>You need to enable JavaScript to run this app.</noscript></div>";
        HtmlExtractor.Page page = HtmlExtractor.extract(withJsonLd(shell, paragraphs), "", HtmlOptions.DEFAULTS);
        assertThat(page.text()).isEqualTo("The coastal road stayed closed on Sunday for a second day after waves washed stones"
                + " across both lanes.\n\nCrews hoped to reopen one lane by Monday evening, once the sea had calmed.");
        // no sentence in it: no article
        assertThat(HtmlExtractor.extract(withJsonLd(shell, "Storm, road, coast"), "", HtmlOptions.DEFAULTS).text()).isEmpty();
        // a body with text of its own must show the JSON-LD's opening words, as before
        String menu = "<nav>" + "<a href=\"/a\">News</a> <a href=\"/b\">Sport</a> <a href=\"/c\">Weather</a> ".repeat(12) + "</nav>";
        assertThat(HtmlExtractor.extract(withJsonLd(menu, paragraphs), "", HtmlOptions.DEFAULTS).text()).isEmpty();
    }

    @Test
    void explainsEveryKindOfPageFurniture() {
        List<Removal> removals = HtmlExtractor.extract(fixture("harbour-article.html"), "", HtmlOptions.DEFAULTS).removals();
        assertThat(removals).allSatisfy(r -> {
            assertThat(r.origin()).isEqualTo(Removal.Origin.HTML);
            assertThat(r.heuristic()).startsWith("html-");
            assertThat(r.reason()).isNotBlank();
        });
        assertThat(removals).anySatisfy(r -> {
            assertThat(r.heuristic()).isEqualTo("html-skip-link");
            assertThat(r.category()).isEqualTo(Category.NAVIGATION);
            assertThat(r.text()).isEqualTo("Skip to main content");
        });
        assertThat(removals).anySatisfy(r -> {
            assertThat(r.heuristic()).isEqualTo("html-tracking-pixel");
            assertThat(r.category()).isEqualTo(Category.TRACKING);
            assertThat(r.text()).contains("stats.example.net/pixel.gif");
        });
        assertThat(removals).anySatisfy(r -> {
            assertThat(r.category()).isEqualTo(Category.TRACKING);
            assertThat(r.text()).contains("fb-pixel");
        });
        assertThat(removals).anySatisfy(r -> {
            assertThat(r.category()).isEqualTo(Category.COOKIE);
            assertThat(r.text()).startsWith("We use cookies");
        });
        assertThat(removals).anySatisfy(r -> {
            assertThat(r.heuristic()).isEqualTo("html-structure");
            assertThat(r.text()).contains("News Sport Weather Opinion");
        });
        assertThat(removals).anySatisfy(r -> {
            assertThat(r.category()).isEqualTo(Category.NAVIGATION);
            assertThat(r.text()).startsWith("Home > News > Local");
        });
        assertThat(removals).anySatisfy(r -> {
            assertThat(r.category()).isEqualTo(Category.BYLINE);
            assertThat(r.text()).isEqualTo("By Marta Quillon, Transport Reporter");
        });
        assertThat(removals).anySatisfy(r -> {
            assertThat(r.category()).isEqualTo(Category.BYLINE);
            assertThat(r.text()).isEqualTo("March 14, 2031");
        });
        assertThat(removals).anySatisfy(r -> {
            assertThat(r.category()).isEqualTo(Category.SHARE);
            assertThat(r.text()).isEqualTo("Share on Facebook Tweet Email");
        });
        assertThat(removals).anySatisfy(r -> {
            assertThat(r.heuristic()).isEqualTo("html-figure");
            assertThat(r.category()).isEqualTo(Category.CAPTION);
            assertThat(r.text()).contains("first crossing of the season").contains("Photo: Ivo Branca");
        });
        assertThat(removals).anySatisfy(r -> {
            assertThat(r.heuristic()).isEqualTo("html-ad-slot");
            assertThat(r.category()).isEqualTo(Category.ADVERTISEMENT);
            assertThat(r.text()).isEqualTo("Advertisement");
        });
        assertThat(removals).anySatisfy(r -> {
            assertThat(r.category()).isEqualTo(Category.NEWSLETTER);
            assertThat(r.text()).startsWith("Get the morning briefing");
        });
        assertThat(removals).anySatisfy(r -> {
            assertThat(r.category()).isEqualTo(Category.RELATED);
            assertThat(r.text()).startsWith("Related stories");
        });
        assertThat(removals).anySatisfy(r -> {
            assertThat(r.category()).isEqualTo(Category.COMMENTS);
            assertThat(r.text()).startsWith("3 comments");
        });
        assertThat(removals).anySatisfy(r -> {
            assertThat(r.heuristic()).isEqualTo("html-headline");
            assertThat(r.text()).isEqualTo("Harbour ferry returns after winter repairs");
        });
        assertThat(removals).anySatisfy(r -> assertThat(r.text()).startsWith("Most read"));
        assertThat(removals).anySatisfy(r -> assertThat(r.text()).startsWith("© 2031 The Coastal Ledger"));
    }

    @Test
    void removalsCarrySourcePositionsWhenTracked() {
        String html = fixture("harbour-article.html");
        List<Removal> removals = HtmlExtractor.extract(html, "", HtmlOptions.DEFAULTS.withTrackPositions(true)).removals();
        Removal skip = removals.stream().filter(r -> r.heuristic().equals("html-skip-link")).findFirst().orElseThrow();
        assertThat(html.substring(skip.start(), skip.end()))
                .isEqualTo("<a class=\"skip-link\" href=\"#main\">Skip to main content</a>");
        assertThat(HtmlExtractor.extract(html, "", HtmlOptions.DEFAULTS).removals())
                .allSatisfy(r -> assertThat(r.start()).isEqualTo(-1));
    }

    @Test
    void keepsCaptionsWhenAsked() {
        CleanResult r = NewsCleaner.builder().keepHtmlCaptions(true).build()
                .cleanHtml(fixture("harbour-article.html"), "");
        assertThat(r.text()).contains("The Gull Rock ferry leaves the north pier on its first crossing of the season.");
    }

    @Test
    void findsTheArticleByParagraphsWhenThePageHasNoMarkers() {
        String html = "<html><body><div id=\"top\"><a href=\"/\">Home</a> | <a href=\"/a\">About</a> | <a href=\"/c\">Contact</a></div>"
                + "<table><tr><td class=\"menu-cell\"><a href=\"/1\">One</a><br><a href=\"/2\">Two</a></td><td>"
                + "<font size=\"3\">The village fete raised more than four thousand pounds for the roof fund this year, "
                + "organisers said on Sunday, a record for the event.<br><br>Stalls sold cakes, plants and second-hand "
                + "books, and the tug of war went to the bell ringers, for the third summer running.</font></td></tr></table>"
                + "<div class=\"copyright\">Parish News 2031</div></body></html>";
        HtmlExtractor.Page page = HtmlExtractor.extract(html, "", HtmlOptions.DEFAULTS);
        assertThat(page.text()).isEqualTo("The village fete raised more than four thousand pounds for the roof fund this year, "
                + "organisers said on Sunday, a record for the event.\n\nStalls sold cakes, plants and second-hand books, "
                + "and the tug of war went to the bell ringers, for the third summer running.");
    }

    /**
     * Hidden elements, and those shown only while the pointer rests on something: a hover card
     * inside a sentence (a name's photo, its own link and the person's latest headlines) and a
     * tooltip. The name stays, the card goes.
     */
    @Test
    void hiddenElementsAreNotArticleText() {
        String html = "<html><body><article>"
                + "<p>The lighthouse keeper, <span class=\"rollover-people\"><a href=\"/people/ana-ruiz\">Ana Ruiz</a>"
                + "<span class=\"rollover-block\"><img src=\"/ruiz.jpg\" alt=\"\"><a href=\"/1\">Ruiz backs the harbour plan</a>"
                + " <a href=\"/2\">Ruiz named chair of the board</a></span></span>, retired on Friday after thirty-one years of"
                + " service on the northern cape.</p>"
                + "<p hidden>Hidden paragraph that no reader sees on the page at all.</p>"
                + "<p style=\"display: none\">A second paragraph hidden by its inline style attribute.</p>"
                + "<p class=\"sr-only\">Screen reader hint for the story above, never shown on screen.</p>"
                + "<p>Her replacement<span class=\"tooltip\">Installed in March</span> is an automatic lamp, installed by"
                + " the coast guard over the winter months.</p>"
                + "</article></body></html>";
        HtmlExtractor.Page page = HtmlExtractor.extract(html, "", HtmlOptions.DEFAULTS);
        assertThat(page.text()).isEqualTo("The lighthouse keeper, Ana Ruiz, retired on Friday after thirty-one years of service"
                + " on the northern cape.\n\nHer replacement is an automatic lamp, installed by the coast guard over the winter months.");
        assertThat(page.removals()).filteredOn(r -> r.heuristic().equals("html-hidden")).hasSize(5);
    }

    @Test
    void joinsContentSplitOverSectionsAndKeepsListsAndEmbeddedPosts() {
        HtmlExtractor.Page page = HtmlExtractor.extract(fixture("split-sections.html"), "", HtmlOptions.DEFAULTS);
        assertThat(page.title()).isEqualTo("Winter soup for a crowd");
        assertThat(page.text()).isEqualTo(String.join("\n\n",
                "Every February the allotment society holds a soup lunch in the old church hall, and every year somebody"
                        + " asks for the recipe of the yellow split pea soup that disappears first.",
                "It feeds twenty people, costs very little and tastes better on the second day, which makes it the ideal"
                        + " dish for a crowd that arrives hungry and late.",
                "Start the night before: the peas need to soak for at least eight hours, and the smoked ham hock takes"
                        + " its time too, so plan the cooking for a quiet morning.",
                "Ingredients",
                "two kilograms of yellow split peas",
                "one smoked ham hock",
                "four onions, four carrots and a head of celery",
                "a handful of thyme and three bay leaves",
                "Simmer everything slowly for three hours, stirring now and then, until the peas fall apart and the meat"
                        + " comes away from the bone without any effort.",
                "Third year running the pea soup ran out before noon. Next year we bring the big pot!",
                "\u2014 Allotment Society (@plotsoup) February 9, 2031",
                "Season at the end, because the ham hock brings plenty of salt of its own, and serve with thick slices of"
                        + " brown bread and good butter."));
        assertThat(page.removals()).extracting(Removal::text).contains("Kitchen Notes Recipes About",
                "Winter soup for a crowd", "By Tomas Ferreira", "Posted on March 3, 2031", "Image 1 of / 3",
                "Categories Soup Bread", "Kitchen Notes 2031",
                "Leek and potato soup Red lentil soup with lemon An easy brown loaf");
        assertThat(page.removals()).filteredOn(r -> r.text().startsWith("Leek and potato"))
                .singleElement().satisfies(r -> {
                    assertThat(r.heuristic()).isEqualTo("html-low-content");
                    assertThat(r.category()).isEqualTo(Category.RELATED);
                });
    }

    @Test
    void dropsDateBylineAndGalleryLinesInsideTheContent() {
        String html = "<html><body><article><h1>Night trains return</h1><p>By Ana Lindqvist</p>"
                + "<p>Updated November 4, 2031 at 6:15 PM</p><p>4 min read</p><div>Photo 2 of 12</div>"
                + "<p>The sleeper service between the two capitals restarts in December, after a pause of eleven years,"
                + " the rail operator said on Tuesday.</p>"
                + "<p>Tickets go on sale next week, with cabins for two and for four, and a dining car on every train.</p>"
                + "</article></body></html>";
        HtmlExtractor.Page page = HtmlExtractor.extract(html, "", HtmlOptions.DEFAULTS);
        assertThat(page.text()).isEqualTo("The sleeper service between the two capitals restarts in December, after a"
                + " pause of eleven years, the rail operator said on Tuesday.\n\nTickets go on sale next week, with cabins"
                + " for two and for four, and a dining car on every train.");
        assertThat(page.removals()).extracting(Removal::heuristic, Removal::text).contains(
                org.assertj.core.groups.Tuple.tuple("html-headline", "Night trains return"),
                org.assertj.core.groups.Tuple.tuple("html-byline", "By Ana Lindqvist"),
                org.assertj.core.groups.Tuple.tuple("html-byline", "Updated November 4, 2031 at 6:15 PM"),
                org.assertj.core.groups.Tuple.tuple("html-byline", "4 min read"),
                org.assertj.core.groups.Tuple.tuple("html-gallery", "Photo 2 of 12"));
    }

    @Test
    void aLinkedSentenceOrAddressIsArticleTextButLinkedHeadlinesGo() {
        String html = "<html><body><article><h1>Harbour budget passes</h1>"
                + "<p>The harbour board met on Monday evening to vote on next year's budget, which grows by a tenth"
                + " to pay for the new breakwater and two more pilots.</p>"
                + "<p><a href=\"/council\">The council approved the harbour budget on Tuesday, after a two-hour debate.</a></p>"
                + "<p>The full budget is on the board's site:</p>"
                + "<p><a href=\"https://board.example/budget-2032.pdf\">https://board.example/budget-2032.pdf</a></p>"
                + "<p><a href=\"/fares\">Ferry fares to rise in spring</a></p>"
                + "<p><a href=\"/winter\">Will the ferry run all winter?</a></p>"
                + "<p><a href=\"/credits\">Photos by Ann Lee and Tom Marsh, for the Harbour Ledger.</a></p>"
                + "<p><a href=\"/news\">HARBOUR PILOTS WIN PAY RISE AFTER A LONG DISPUTE.</a></p>"
                + "<p>Work on the breakwater starts in March and should be finished before the autumn storms,"
                + " the board's engineer said after the vote.</p>"
                + "</article></body></html>";
        HtmlExtractor.Page page = HtmlExtractor.extract(html, "https://ledger.example/budget", HtmlOptions.DEFAULTS);
        assertThat(page.text()).contains("The council approved the harbour budget on Tuesday, after a two-hour debate.",
                "\n\nhttps://board.example/budget-2032.pdf\n\n");
        assertThat(page.removals()).filteredOn(r -> r.heuristic().equals("html-link-block")).extracting(Removal::text)
                .containsExactly("Ferry fares to rise in spring", "Will the ferry run all winter?",
                        "Photos by Ann Lee and Tom Marsh, for the Harbour Ledger.",
                        "HARBOUR PILOTS WIN PAY RISE AFTER A LONG DISPUTE.");
    }

    @Test
    void aParagraphInABoxOfItsOwnStaysWhateverTheBoxIsCalled() {
        String lead = "(Ledger Wire) The river authority will open the old mill weir next spring, its chair said on Friday.";
        String cited = "The plan was published on Monday in the authority's annual report to the council.";
        String html = "<html><body><article><h1>Weir to open</h1>"
                + "<div class=\"story-media-wrapper\"><p>" + lead + "</p></div>"
                + "<p>Opening the weir lets salmon pass upstream for the first time in a century, and the authority"
                + " expects the first fish within two seasons of the work, according to its engineers.</p>"
                + "<div class=\"card\"><div class=\"card-content\"><p>The plan was published on Monday in the"
                + " <a href=\"/report\">authority's annual report</a> to the council.</p></div></div>"
                + "<p>Anglers' clubs along the river welcomed the decision, though two mill owners said they would"
                + " ask for compensation for the loss of the mill pond, which feeds their wheels in summer.</p>"
                + "<div class=\"promo\"><a href=\"/subscribe\">Subscribe</a> <a href=\"/app\">Get the app</a></div>"
                + "</article></body></html>";
        HtmlExtractor.Page page = HtmlExtractor.extract(html, "https://ledger.example/weir", HtmlOptions.DEFAULTS);
        assertThat(page.text()).startsWith(lead + "\n\n").contains("\n\n" + cited + "\n\n")
                .doesNotContain("Subscribe");
    }

    @Test
    void aCopyrightBoxIsFurniture() {
        String html = "<html><body><article><h1>Weir to open</h1>"
                + "<p>The river authority will open the old mill weir next spring, its chair said on Friday, after"
                + " a decade of talks with the mill owners and the anglers' clubs along the river.</p>"
                + "<p>Opening the weir lets salmon pass upstream for the first time in a century, and the authority"
                + " expects the first fish within two seasons of the work, according to its engineers.</p>"
                + "<div class=\"copyright-wrp\"><p>The Ledger, 12 Mill Lane, Riverton | 01234 567890 tel</p>"
                + "<p>The contents of this site are \u00a92031 Ledger Publishing Ltd., a subsidiary of Riverton Media.</p></div>"
                + "</article></body></html>";
        HtmlExtractor.Page page = HtmlExtractor.extract(html, "https://ledger.example/weir", HtmlOptions.DEFAULTS);
        assertThat(page.text()).endsWith("according to its engineers.");
        assertThat(page.removals()).anySatisfy(r -> {
            assertThat(r.heuristic()).isEqualTo("html-class-pattern");
            assertThat(r.text()).contains("The contents of this site");
        });
    }

    @Test
    void linkedArticleTextTests() {
        assertThat(HtmlPatterns.isBareAddress("www.example.co.uk")).isTrue();
        assertThat(HtmlPatterns.isBareAddress("https://t.example/x1")).isTrue();
        assertThat(HtmlPatterns.isBareAddress("www.example")).isFalse();
        assertThat(HtmlPatterns.isBareAddress("Visit www.example.com")).isFalse();
        assertThat(HtmlPatterns.isBareAddress("http://")).isFalse();
        assertThat(HtmlPatterns.isProseSentence("The mayor said the bridge will reopen in June.")).isTrue();
        assertThat(HtmlPatterns.isProseSentence("\u201cWe are ready,\u201d the captain told the crew on deck.\u201d")).isTrue();
        assertThat(HtmlPatterns.isProseSentence("Bridge to reopen in June after two years of repairs")).isFalse();
        assertThat(HtmlPatterns.isProseSentence("Will the bridge reopen in June after all these years?")).isFalse();
        assertThat(HtmlPatterns.isProseSentence("the mayor said the bridge will reopen in June.")).isFalse();
        assertThat(HtmlPatterns.isProseSentence("Bridge reopens in June.")).isFalse();
        assertThat(HtmlPatterns.isProseSentence("Image: the bridge during repairs, seen from the north bank.")).isFalse();
    }

    @Test
    void aJsonArticleBodyIsSplitAtNewlinesAndItsWhitespaceFolded() {
        java.util.Random random = new java.util.Random(9);
        String[] pieces = {"a", "Word", "\u00e9t\u00e9", " ", "  ", "\t", "\n", "\r\n", "\u000b", "\f", "\u00a0", "\u2003",
            "\u001c", ".", "\n\n \n"};
        for (int round = 0; round < 3000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(20); k > 0; k--) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = sb.toString();
            // what the regexes made of it: paragraphs between newlines (with the whitespace around them), runs of \s a space
            StringBuilder expected = new StringBuilder();
            for (String para : s.split("\\s*\\n\\s*")) {
                String p = para.replaceAll("\\s+", " ").strip();
                if (!p.isEmpty()) {
                    expected.append(expected.length() > 0 ? "\n\n" : "").append(p);
                }
            }
            assertThat(HtmlExtractor.normaliseJsonBody(s)).as(s).isEqualTo(expected.toString());
        }
        // a long run of spaces without a newline: the split's pattern backtracked over it at each space
        assertThat(HtmlExtractor.normaliseJsonBody("a" + " ".repeat(200_000) + "b")).isEqualTo("a b");
    }

    private static final List<String> QUOTE_PARAGRAPHS = List.of(
            "Holding on to a grudge is like carrying a stone up a hill that nobody asked you to climb. Every day you"
                    + " pick it up again, and every day it is a little heavier.",
            "Letting go does not mean that what happened was right, nor that you have to invite the person back into"
                    + " your life. It means that you stop paying, again and again, for something that somebody else did.",
            "Put the stone down at the side of the road, and walk on with your hands free for the things that still"
                    + " matter to you.");
    private static final List<String> OTHER_POSTS = List.of(
            "Courage is not the absence of fear but the decision that something else is more important than it, and"
                    + " the first step is taken before the whole staircase can be seen.",
            "A family is not a house with people in it but the way they treat each other when the day has been long"
                    + " and the patience is short, and the good days are remembered.",
            "Gratitude lives in the small things: the coffee that was still warm, the friend who called back, the rain"
                    + " that waited until you got home at the end of the day.");

    /** A blog page: the post, then a box of other posts under a heading, each in an article of its own, in one wrapper. */
    private static String pageWithOtherPosts(String heading) {
        StringBuilder sb = new StringBuilder("<html><head><title>Letting go of a grudge</title></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/quotes\">Quotes</a></nav><div id=\"main\">"
                + "<article class=\"post\"><h1>Letting go of a grudge</h1>");
        QUOTE_PARAGRAPHS.forEach(p -> sb.append("<p>").append(p).append("</p>"));
        sb.append("<p><a href=\"/forgiveness\">Forgiveness</a>, <a href=\"/life\">Life</a></p></article>");
        sb.append("<article class=\"post box\">").append(heading);
        for (String p : OTHER_POSTS) {
            sb.append("<article class=\"post\"><p>").append(p).append("</p><p><a href=\"/share\">Share</a></p></article>");
        }
        sb.append("</article></div><footer>\u00a9 2026 Quiet Words</footer></body></html>");
        return sb.toString();
    }

    @Test
    void aHeadingOfOtherStoriesCutsTheTeasersAfterItInItsBox() {
        for (String heading : List.of("<h3>You may also like...</h3>", "<h3 class=\"relatedposts-title\">More to read</h3>",
                "<h2>Most read</h2>")) {
            HtmlExtractor.Page page = HtmlExtractor.extract(pageWithOtherPosts(heading), "https://quiet.example/grudge",
                    HtmlOptions.DEFAULTS);
            assertThat(page.text()).as(heading).isEqualTo(String.join("\n\n", QUOTE_PARAGRAPHS));
            assertThat(page.removals()).as(heading).anySatisfy(r -> {
                assertThat(r.heuristic()).isEqualTo("html-related");
                assertThat(r.category()).isEqualTo(Category.RELATED);
                assertThat(r.text()).contains("Courage is not");
            });
        }
    }

    @Test
    void aRelatedHeadingFollowedByParagraphsIsTheArticleGoingOn() {
        // "Related" as a subheading among the article's own paragraphs: they stay
        String html = "<html><body><article><h1>Library to open on Sundays</h1>"
                + "<p>The central library will open on Sundays from March, the council said on Thursday, after a trial"
                + " last autumn drew more visitors than any weekday of the year.</p>"
                + "<p>The council will pay for the extra hours from the culture budget, and two new librarians will join"
                + " the staff in February to cover the shifts, a spokeswoman said.</p>"
                + "<h3>Related</h3><p>Readers in the north of the city have long asked for the reading rooms to open at"
                + " weekends, and a friends' group collected four thousand signatures for it.</p>"
                + "<p>The children's floor will run a story hour every Sunday morning.</p></article></body></html>";
        HtmlExtractor.Page page = HtmlExtractor.extract(html, "", HtmlOptions.DEFAULTS);
        assertThat(page.text()).contains("Readers in the north", "story hour every Sunday");
        assertThat(page.removals()).noneSatisfy(r -> assertThat(r.heuristic()).isEqualTo("html-related"));
    }

    @Test
    void aHeadingOfOtherStoriesAmongTheArticlesSectionsLeavesThem() {
        // "Most read" between the sections of the article, in the wrapper that holds them all: no box of its own
        StringBuilder sb = new StringBuilder("<html><body><div id=\"content\"><div class=\"section\"><p>")
                .append(QUOTE_PARAGRAPHS.get(0)).append(' ').append(QUOTE_PARAGRAPHS.get(1)).append("</p></div>")
                .append("<h2>Most read</h2><ul><li><a href=\"/a\">Bus fares frozen</a></li><li><a href=\"/b\">New bridge"
                        + " opens</a></li></ul><div class=\"section\"><p>").append(QUOTE_PARAGRAPHS.get(2))
                .append(" It is lighter than you think, and the road is long.</p></div></div></body></html>");
        HtmlExtractor.Page page = HtmlExtractor.extract(sb.toString(), "", HtmlOptions.DEFAULTS);
        assertThat(page.text()).contains(QUOTE_PARAGRAPHS.get(2));
        assertThat(page.removals()).noneSatisfy(r -> assertThat(r.heuristic()).isEqualTo("html-related"));
    }
}
