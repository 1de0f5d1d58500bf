package org.newsclean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Whole-page text (one block per line) and already extracted articles through page-blocks. */
class PageBlocksTest {
    private static final NewsCleaner NEWS = NewsCleaner.news();

    private static final String HEADLINE = "Harbour ferry fares to rise by a fifth from April";
    private static final List<String> BODY = List.of(
            "Fares on the harbour ferry will rise by almost a fifth in April, the transport board said on Tuesday, after"
                    + " a year in which fuel and crew costs went up faster than the number of passengers.",
            "A single crossing will cost 3.60, up from 3.00, while the monthly pass goes from 58 to 68. Children under"
                    + " twelve will still travel free, and the board said it would keep the cheaper off-peak fare for now.",
            "Why now?",
            "The board's chair, Ines Corvo, said the service had lost money for three years running and that the city"
                    + " could not keep covering the gap from its reserves. \"We held prices for as long as we could,\" she said.",
            "Regular passengers were not impressed. Many of them told the meeting that the boats were often late and that"
                    + " the waiting rooms at both piers had been closed since the summer for repairs that never seemed to start.",
            "The board will vote on the new timetable in March, when it also expects to publish the repair plan for the piers.");

    /** The top of the test pages: a skip link, the site's name, its account links and its sections. */
    private static final List<String> MASTHEAD = List.of("Skip to main content", "The Coastal Courier", "Subscribe", "Sign in",
            "News", "Local", "Business", "Sport", "Culture", "Opinion", "Weather");

    static String page() {
        StringBuilder sb = new StringBuilder();
        appendLines(sb, List.of("We use cookies to give you the best experience on our site. By continuing you agree to our use of cookies.",
                "Accept all", "Manage settings"));
        appendLines(sb, MASTHEAD);
        appendLines(sb, List.of("Home › Local › Transport",
                HEADLINE, "By Tomas Reyes", "Published 12 February 2026, 07:40", "Share on Facebook", "Share on X", "Email"));
        appendLines(sb, BODY);
        appendLines(sb, List.of("Related stories", "Council approves new cycle lanes on the seafront",
                "Fish market to close for two weeks of repairs", "Storm warning for the weekend as winds pick up",
                "Most read", "Local bakery wins national award", "New school opens on the east side",
                "About us", "Contact", "Advertise", "Privacy policy", "Terms of use", "© 2026 The Coastal Courier"));
        return sb.toString();
    }

    @Test
    void keepsHeadlineAndBodyOfAWholePage() {
        CleanResult r = NEWS.clean(page());
        assertThat(r.text()).isEqualTo(HEADLINE + "\n" + String.join("\n", BODY));
    }

    /**
     * A page whose paragraphs stand one a line, with a blank line before some of them (around an
     * image, say) and before every fourth line of its menus: the lines between two blank lines are
     * no hard-wrapped paragraph, however many blank lines there are, so the page is cleaned as
     * without them. Were they taken for one, the other heuristics' removals (a share bar told
     * whole, or not) would decide how the page is read.
     */
    @Test
    void blankLinesBetweenOneLineParagraphsDoNotMakeThemOneBlock() {
        String[] lines = page().split("\n");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0 && (i % 4 == 0 || lines[i].equals(BODY.get(2)) || lines[i].equals(BODY.get(4)))) {
                sb.append('\n');
            }
            sb.append(lines[i]).append('\n');
        }
        String out = NEWS.clean(sb.toString()).text();
        assertThat(out.replace("\n\n", "\n")).isEqualTo(HEADLINE + "\n" + String.join("\n", BODY));
    }

    /**
     * A short line that stands three times or more is a label of the article's own list, which the
     * duplicates heuristic keeps ({@link DuplicateHeuristic#labels}); page-blocks does not take it
     * for a menu line repeated by the page, which would break the article into lone paragraphs.
     */
    @Test
    void aListsLabelStandingBetweenParagraphsDoesNotCutTheArticle() {
        String label = "Serve it warm with a glass of milk";
        List<String> days = List.of(
                "On Monday the oven does most of the work: the chicken roasts with the potatoes in one tray while the green"
                        + " beans steam on the stove for the last ten minutes of the cooking.",
                "On Tuesday the lentil soup from the weekend comes out of the freezer, and it only needs to be heated through"
                        + " while the bread warms in the oven and the salad is dressed.",
                "On Wednesday the children make their own wraps from the leftovers of the chicken, with lettuce, grated cheese"
                        + " and a spoon of yoghurt sauce that keeps for the rest of the week.");
        String last = "Each recipe serves four people, and the leftovers keep in the fridge for up to three days if they are"
                + " stored in a sealed container and heated through before they are eaten.";
        StringBuilder sb = new StringBuilder();
        appendLines(sb, List.of("Home", "World", "Politics", "Business", "Tech", "Science", "Health", "Sports", "Arts", "Books",
                "Style", "Food", "Travel", "Opinion", "Weekly meal plan for busy parents", "By Jane Doe",
                "Planning meals ahead saves time and money, and this plan keeps each day simple so that the whole family can"
                        + " eat well without spending the evening in the kitchen after a long day at work."));
        List<String> names = List.of("Monday", "Tuesday", "Wednesday");
        for (int d = 0; d < days.size(); d++) {
            appendLines(sb, List.of(names.get(d), days.get(d), label));
        }
        appendLines(sb, List.of(last, "Related Articles", label, "Ten easy soups for cold nights", "How to stock a pantry on a budget",
                "About us", "Contact", "Privacy policy", "Terms of use", "Advertise", "Careers",
                "\u00a9 2026 Example Media. All rights reserved."));
        String out = NEWS.clean(sb.toString()).text();
        assertThat(out).contains(days).contains(last).doesNotContain("Ten easy soups");
        // the label under each day stays, the copy in the footer goes with it
        assertThat(out.split(label, -1)).hasSize(days.size() + 1);
    }

    @Test
    void theHeadlineRepeatedBetweenParagraphsGoesThere() {
        // a short headline that stands three times is a label to duplicates; inside the article it is an image's alt text
        String headline = "Ferry fares rise by a fifth";
        StringBuilder sb = new StringBuilder();
        appendLines(sb, MASTHEAD);
        appendLines(sb, List.of(headline, "By Tomas Reyes"));
        for (int k = 0; k < BODY.size(); k++) {
            appendLines(sb, List.of(BODY.get(k)));
            if (k == 0 || k == 3) {
                appendLines(sb, List.of(headline));
            }
        }
        appendLines(sb, List.of("Related stories", "Council approves new cycle lanes on the seafront",
                "Fish market to close for two weeks of repairs", "About us", "Contact", "Privacy policy", "© 2026 The Coastal Courier"));
        CleanResult r = NEWS.clean(sb.toString());
        assertThat(r.text()).isEqualTo(headline + "\n" + String.join("\n", BODY));
        assertThat(r.removals()).filteredOn(x -> x.text().equals(headline)).hasSize(2)
                .allSatisfy(x -> assertThat(x.reason()).isEqualTo("the headline again inside the article (an image's alt text)"));
    }

    @Test
    void explainsWhatGoes() {
        CleanResult r = NEWS.clean(page());
        assertThat(r.removals()).anySatisfy(x -> {
            assertThat(x.text()).isEqualTo("Fish market to close for two weeks of repairs");
            assertThat(x.category()).isEqualTo(Category.RELATED);
            assertThat(x.heuristic() + ": " + x.reason()).isIn("page-blocks: text block after the article (teaser, notice or footer)",
                    "related: related-content prompt (a headline listed under \"Related stories\")");
        });
        assertThat(r.removals()).anySatisfy(x -> {
            assertThat(x.heuristic()).isEqualTo("page-blocks");
            assertThat(x.reason()).contains("after the article");
        });
        assertThat(r.removals()).anySatisfy(x -> {
            assertThat(x.text()).isEqualTo("The Coastal Courier");
            assertThat(x.category()).isEqualTo(Category.NAVIGATION);
            assertThat(x.reason()).isEqualTo("short link-like line before the article");
        });
        assertThat(r.removals()).anySatisfy(x -> {
            assertThat(x.text()).isEqualTo("Published 12 February 2026, 07:40");
            assertThat(x.heuristic()).isIn("bylines", "page-blocks");
            assertThat(x.category()).isEqualTo(Category.BYLINE);
        });
    }

    @Test
    void relatedListsTakenFromContextStillCountAsPageLines() {
        // a page with few lines outside the article but its lists of headlines: the related heuristic takes
        // the lists for their heading, and page-blocks must still see them to know the text for a page
        String headline = "Heat warning issued as temperatures set to hit 36C";
        List<String> body = List.of(
                "A heat warning has been issued for the southern counties from Sunday to Tuesday, with forecasters"
                        + " predicting temperatures of up to 36C in some towns.",
                "The weather office said the warning meant a risk to health not only for vulnerable people but for"
                        + " the wider population, and that nights would stay above 20C in the cities.",
                "Officials urged people to stay out of the sun at midday, drink plenty of water and keep curtains"
                        + " closed on windows that face the sun.",
                "Forecasters expect thunderstorms to bring cooler air from the west on Wednesday, although they"
                        + " warned that the storms could flood streets.");
        StringBuilder sb = new StringBuilder();
        appendLines(sb, List.of("Skip to main content", "Weather alert: heat warning for the southern counties until Tuesday",
                "Riverside Post", "Subscribe", headline, "By Dana Sato"));
        appendLines(sb, body);
        appendLines(sb, List.of("Share this article", "You may also like", "Ferry operator cancels winter timetable",
                "Five takeaways from the budget hearing", "Regulators open inquiry into parcel delays", "Most read",
                "Drought forces farmers to sell cattle early", "Chipmaker delays plant opening to 2028",
                "Storm damage bill tops $40m, insurers say", "Contact", "\u00a9 Riverside Post 2026"));
        CleanResult r = NEWS.clean(sb.toString());
        assertThat(r.text()).isEqualTo(headline + "\n" + String.join("\n", body));
    }

    @Test
    void cleaningTheOutputAgainChangesNothing() {
        String once = NEWS.clean(page()).text();
        assertThat(NEWS.clean(once).text()).isEqualTo(once);
        assertThat(NEWS.clean(once).removals()).isEmpty();
    }

    @Test
    void readerCommentsAfterTheArticleGo() {
        StringBuilder sb = new StringBuilder(page().replace("Related stories\n", "3 comments\n"));
        String comments = "Marta says:\nThis is the third rise in five years and the boats are no better than before.\nReply\n"
                + "Joe K. says:\nI take the ferry every day and I would pay more if the waiting rooms were open again.\nReply\n"
                + "Anna says:\nThe board should publish the accounts before asking passengers to pay more for the same service.\nReply\n";
        sb.insert(sb.indexOf("Council approves"), comments);
        CleanResult r = NEWS.clean(sb.toString());
        assertThat(r.text()).isEqualTo(HEADLINE + "\n" + String.join("\n", BODY));
        assertThat(r.removals()).anySatisfy(x -> {
            assertThat(x.text()).startsWith("I take the ferry");
            assertThat(x.category()).isEqualTo(Category.COMMENTS);
        });
    }

    @Test
    void liveBlogEntriesWithTimesAreNotComments() {
        List<String> entries = List.of("Updated 19 November at 10:31 am", BODY.get(0), "Updated 19 November at 10:45 am",
                BODY.get(1), "Updated 19 November at 11:02 am", BODY.get(3), "Updated 19 November at 11:20 am", BODY.get(4));
        String text = page().replace(String.join("\n", BODY), String.join("\n", entries));
        String out = NEWS.clean(text).text();
        for (int i = 1; i < entries.size(); i += 2) {
            assertThat(out).contains(entries.get(i));
        }
    }

    @Test
    void aListTheArticleAnnouncesStays() {
        String list = "The ferries will run on this timetable from April:\nMon–Fri – 06:10 to 22:40\nSat – 07:00 to 23:30\n"
                + "Sun – 08:00 to 21:00\nHolidays – as on Sundays\n";
        String text = page().replace("Related stories\n", list + "Related stories\n");
        assertThat(NEWS.clean(text).text()).isEqualTo(HEADLINE + "\n" + String.join("\n", BODY) + "\n" + list.strip());
    }

    @Test
    void germanPageUsesGermanStopwords() {
        String text = String.join("\n", "Zum Inhalt springen", "Startseite", "Politik", "Wirtschaft", "Sport", "Kultur",
                "Region", "Wetter", "Abo", "Anmelden",
                "Stadtwerke erhöhen die Preise für Fernwärme",
                "Die Stadtwerke werden die Preise für Fernwärme zum ersten März um rund zwölf Prozent erhöhen, wie das"
                        + " Unternehmen am Montag mitteilte. Betroffen sind etwa 9.000 Haushalte in der Innenstadt.",
                "Als Grund nannte der Geschäftsführer die gestiegenen Kosten für Gas und die Wartung der Leitungen, die"
                        + " zum Teil noch aus den siebziger Jahren stammen und in den nächsten Jahren ersetzt werden müssen.",
                "Der Mieterverein kritisierte die Erhöhung und forderte die Stadt auf, einen Härtefallfonds für Haushalte"
                        + " mit geringem Einkommen einzurichten, damit niemand im Winter frieren muss.",
                "Meistgelesen", "Neue Buslinie fährt ab Montag", "Polizei sucht Zeugen nach Unfall", "Impressum", "Datenschutz",
                "Kontakt", "AGB", "Mediadaten", "© 2026 Stadtanzeiger");
        String out = NEWS.clean(text).text();
        assertThat(out).startsWith("Stadtwerke erhöhen die Preise für Fernwärme\nDie Stadtwerke werden");
        assertThat(out).endsWith("im Winter frieren muss.");
        assertThat(Stopwords.detect(text)).isEqualTo("de");
    }

    @Test
    void anExtractedArticleWithShortParagraphsStaysWhole() {
        String article = String.join("\n\n", HEADLINE, BODY.get(0), "\"We held prices for as long as we could.\"",
                BODY.get(1), "Why now?", BODY.get(3), "It was not enough.", BODY.get(4), BODY.get(5));
        CleanResult r = NEWS.clean(article);
        assertThat(r.text()).isEqualTo(article);
        assertThat(r.removals()).isEmpty();
    }

    /**
     * An extracted article that is mostly a list (the results of a readers' vote, one entry a
     * paragraph), with residue around it: every line page-blocks would take for a teaser or a
     * menu item stands between blank lines, as the article's own paragraphs do.
     */
    private static String voteArticle() {
        StringBuilder sb = new StringBuilder("Readers pick the best bakery on the coast\n\n"
                + "More than four thousand of you voted in this year's bakery poll, and the result was closer than ever:"
                + " the winner finished just nine votes ahead of last year's champion.\n\n"
                + "Here is how every bakery on the shortlist did.\n\n");
        String[] names = {"Crumb & Co", "The Flour Mill", "Harbour Loaf", "Bread Street", "Salt and Rye", "Old Oven",
            "Morning Bun", "Dough Works", "Sourdough Sisters", "The Rolling Pin", "Golden Crust", "Little Bakehouse"};
        for (int i = 0; i < names.length; i++) {
            sb.append(names[i]).append("\n\n").append(900 - 61 * i).append(" votes\n\n");
        }
        sb.append("Voting closed on Sunday at midnight.");
        return sb.toString();
    }

    @Test
    void theArticlePresetLeavesAListLikeExtractedArticleWhole() {
        String article = voteArticle();
        String text = "Skip to main content\n\n" + article.replace("Here is how", "Advertisement\n\nHere is how")
                + "\n\nShare on Facebook\nShare on X";
        CleanResult r = NewsCleaner.builder("article").build().clean(text);
        assertThat(r.text()).isEqualTo(article);
        assertThat(r.removals()).extracting(Removal::text)
                .containsExactly("Skip to main content", "Advertisement", "Share on Facebook", "Share on X");
        // whole-page analysis takes the list's entries, paragraphs of their own, for a page's teasers
        assertThat(NEWS.clean(text).removals()).extracting(Removal::heuristic).contains("page-blocks");
    }

    /** @return s hard-wrapped at {@code width} chars, as a text browser's dump writes paragraphs */
    private static String wrap(String s, int width) {
        StringBuilder out = new StringBuilder();
        int col = 0;
        for (String w : s.split(" ")) {
            if (col > 0 && col + 1 + w.length() > width) {
                out.append('\n');
                col = 0;
            } else if (col > 0) {
                out.append(' ');
                col++;
            }
            out.append(w);
            col += w.length();
        }
        return out.toString();
    }

    @Test
    void aHardWrappedPageWithMenusIsCleaned() {
        // a text browser's dump of a whole page: paragraphs hard-wrapped, between blank lines; menus and link
        // lists as runs of short lines. Each paragraph is one block: its pieces are not sentences on their own
        List<String> body = BODY.stream().map(p -> wrap(p, 40)).toList();
        List<String> blocks = new java.util.ArrayList<>(List.of("News\nLocal\nBusiness", "Sport\nCulture\nOpinion",
                "Weather\nTraffic\nJobs", "Cycle lanes\nFerry fares\nPier repairs", HEADLINE));
        blocks.addAll(body);
        blocks.addAll(List.of("Local bakery wins national award\nNew school opens on the east side",
                "Council approves new cycle lanes\nFish market to close for two weeks", "Storm warning for the weekend\nLibrary hours cut",
                "Tide tables\nBus timetables", "Puzzles\nCrossword", "Letters\nObituaries", "Coastal Courier Ltd, 12 Quay Street"));
        CleanResult r = NEWS.clean(String.join("\n\n", blocks));
        assertThat(r.text()).isEqualTo(HEADLINE + "\n\n" + String.join("\n\n", body));
        assertThat(r.removals()).anySatisfy(x -> {
            assertThat(x.heuristic()).isEqualTo("page-blocks");
            assertThat(x.text()).isEqualTo("Culture");
        });
    }

    /**
     * A sports report's units (a heading, a stats table, notes), the first with a long table before
     * its notes: with a one-line intro, the best run of lines starts after those rows, and the
     * prose outside it weighs little.
     */
    private static final String[][] NOTED_UNITS = {
        {"Defensive line", "Pos Lineman Snaps % Stats",
            "DL Amos Kettering 63 85% 1 tackle (1 combined). 1 sack, 1 TFL, 2 QH.",
            "DL Pavel Oduya 57 77% 1 tackle (1 combined). 3 QH.",
            "DL Ross Tennant 49 66% 2 tackles, 1 assist (3 combined). 1 QH.",
            "DL Yusuf Brandt 29 39% 1 assist (1 combined).",
            "DL Ike Marlow 13 18% No stats registered.",
            "DL Sam Okafor 11 15% 1 tackle (1 combined).",
            "DL Cody Rain 9 12% No stats registered.",
            "The front four got home all day. Kettering and Oduya have played almost every snap this season, and"
                    + " the coaches will want to keep them fresh for December, but on this evidence it is hard to"
                    + " take either of them off the field.",
            "Tennant was quieter than in the last two games, though he did his job against the run and drew the"
                    + " holding call that ended the opening drive. He has been asked to play inside more often"
                    + " since the bye, and it shows: he is slower off the ball there, and the guards he faces are"
                    + " bigger than the tackles he beat on the edge in September.",
            "Brandt and Marlow only came in for the last two series, when the game was already won. It was the"
                    + " first time this season that the coaches could rest the starters for that long, and they"
                    + " should not expect to do it again before the playoffs."},
        {"Linebackers", "Pos Linebacker Snaps % Stats",
            "LB Owen Castillo 71 100% 8 tackles, 2 assists (10 combined). 1 sack, 2 TFL.",
            "LB Dario Whitfield 69 97% 4 tackles, 3 assists (7 combined). 1 pass defended.",
            "LB Kenji Moreau 12 17% 1 tackle (1 combined).",
            "Castillo did not leave the field once and was around the ball all afternoon. His sack on the"
                    + " second drive of the third quarter forced the punt that swung the game, and he was just as"
                    + " good against the run as he was when he was asked to drop into coverage.",
            "Whitfield had his best game since he came back from the knee injury that cost him most of last"
                    + " season. He was quick to the ball, he did not miss a tackle, and the pass he broke up on"
                    + " third down in the fourth quarter was as good a play as any linebacker has made this year."},
        {"Safeties", "Pos Safety Snaps % Stats",
            "S Luca Brennan 71 100% 6 tackles, 2 assists (8 combined). 1 FF.",
            "S Jalen Ferris 47 66% 2 tackles (2 combined).",
            "S Nico Abara 24 34% 1 tackle, 1 assist (2 combined).",
            "The safeties were the weak spot again. Ferris left with a hamstring injury before the half, and"
                    + " the two long passes the defense gave up both came against his replacement, who had not"
                    + " played a snap on defense before this season.",
            "If Ferris misses time, the coaches will have to decide between Abara and a signing from the"
                    + " practice squad, and neither choice looks good after Sunday."}};

    private static final String SHORT_INTRO = "Below we go through the snap counts and the stats of the Rovers defense in Sunday's win.";

    /** The squad, a name a line, after a report. */
    private static final String SQUAD = String.join("\n\n", "Amos Kettering", "Pavel Oduya", "Ross Tennant", "Owen Castillo",
            "Dario Whitfield", "Kenji Moreau", "Andre Lindqvist", "Marcus Obi", "Theo Rask", "Luca Brennan", "Jalen Ferris",
            "Nico Abara");

    /**
     * An extracted sports report whose prose stands between the rows of its stats tables: the
     * rows break the article into short runs, and the best-scoring run left most paragraphs out.
     * No line of page chrome stands outside it, and the prose outside weighs more than half of
     * the run's, so the text is an extracted article and stays, even with a list of names after it
     * (twelve short lines in a row, as a menu would stand).
     */
    @Test
    void anExtractedReportWithStatsTablesBetweenItsParagraphsStaysWhole() {
        String article = report("Below we go through the snap counts and the stats of the Rovers defense in Sunday's win, unit by"
                + " unit, with a few notes on the players who stood out and on those who did not.", brief(NOTED_UNITS))
                + "\n\nThe travelling squad\n\n" + SQUAD;
        String text = "Skip to main content\n\n" + article.replace("\n\nLinebackers", "\n\nAdvertisement\n\nLinebackers")
                + "\n\nShare on Facebook\nShare on X";
        CleanResult r = NEWS.clean(text);
        assertThat(r.removals()).extracting(Removal::heuristic).doesNotContain("page-blocks");
        assertThat(r.text()).isEqualTo(article);
        // decided on the region found without the lines others removed: cleaned again, the same
        CleanPropertiesTest.check(NEWS, text);
    }

    /** @return each unit's heading, table header, first three rows and first note */
    private static String[][] brief(String[][] units) {
        String[][] out = new String[units.length][];
        for (int u = 0; u < units.length; u++) {
            int note = 5;
            while (units[u][note].length() < 100) {
                note++;
            }
            out[u] = new String[] {units[u][0], units[u][1], units[u][2], units[u][3], units[u][4], units[u][note]};
        }
        return out;
    }

    /** @return a sports report: headline, intro, then each unit's lines, one block each */
    private static String report(String intro, String[][] units) {
        StringBuilder article = new StringBuilder("Rovers defensive snap counts and notes: Week 9\n\n").append(intro);
        for (String[] unit : units) {
            for (String line : unit) {
                article.append("\n\n").append(line);
            }
        }
        return article.toString();
    }

    /** @return the article's blocks with skip links and share buttons before them, an ad label or a related link after every third */
    private static String withResidue(String article) {
        String[] residue = {"Advertisement", "Read more: Rovers sign veteran kicker before the deadline", "Sponsored",
            "Related: Five things we learned from Sunday's win"};
        StringBuilder text = new StringBuilder("Skip to content\n\nShare\nTweet\nPin\nShares");
        int k = 0;
        for (String block : article.split("\n\n")) {
            text.append("\n\n").append(block);
            if (++k % 3 == 0) {
                text.append("\n\n").append(residue[k / 3 % residue.length]);
            }
        }
        return text.toString();
    }

    /**
     * That report as an extractor left it: the related links open other stories, and on a whole
     * page the lone blocks after such an opener are teasers. But no line of page chrome stands
     * outside the best run of lines, and no menu (a run of short lines) either: the text is an
     * extracted article, its tables broke it into runs, and it stays whole.
     */
    @Test
    void aListLikeExtractedReportWithResidueStaysWhole() {
        String article = report(SHORT_INTRO, NOTED_UNITS);
        String text = withResidue(article);
        CleanResult r = NEWS.clean(text);
        assertThat(r.removals()).extracting(Removal::heuristic).doesNotContain("page-blocks");
        assertThat(r.text()).isEqualTo(article);
        CleanPropertiesTest.check(NEWS, text);
    }

    /**
     * The same with the travelling squad listed at its end, a name a line: a run of short lines that
     * page-blocks takes for a menu, so it acts. No line of page chrome stands outside the best run
     * found without the lines the other heuristics removed, so that run is the article, not a run
     * the removed related links cut short: every note stays. (Before the first note, the headline,
     * the intro and the first table's rows go, as the top of a page would; so does the squad.)
     */
    @Test
    void residueLinesDoNotCutShortTheRunPageBlocksKeeps() {
        String article = report(SHORT_INTRO, NOTED_UNITS) + "\n\nThe travelling squad\n\n" + SQUAD;
        String text = withResidue(article);
        CleanResult r = NEWS.clean(text);
        String firstNote = NOTED_UNITS[0][9];
        String lastNote = NOTED_UNITS[2][6];
        assertThat(r.text()).contains(article.substring(article.indexOf(firstNote), article.indexOf(lastNote) + lastNote.length()));
        assertThat(r.removals()).filteredOn(x -> x.heuristic().equals("page-blocks")).isNotEmpty()
                .allSatisfy(x -> assertThat(x.end() <= text.indexOf(firstNote) || x.start() > text.indexOf(lastNote)).isTrue());
        CleanPropertiesTest.check(NEWS, text);
    }

    /**
     * The quick test before the classification ({@link PageBlocks#mayAct}) only saves time: on
     * random texts of menus, lines of boilerplate phrases, list rows, paragraphs, subheadings,
     * repeated lines, words joined by hyphens and apostrophes, Japanese lines, one block a line or
     * blocks between blank lines, cleaning with it and without it gives the same text and the same
     * removals.
     */
    @Test
    void theQuickTestBeforeClassifyingChangesNothing() {
        NewsCleaner slow = NEWS.toBuilder().replace("page-blocks", new PageBlocksHeuristic(PageBlocksHeuristic.OPTIONS, false)).build();
        // menu items of one to five words: the longer ones are short lines only when the menu repeats
        List<String> menu = List.of("News", "Sport", "Local news", "Things to do", "Food and drink", "Homes and gardens",
                "Letters to the editor", "Weather", "Ferry and bus times", "What's on this week", "Jobs", "Public notices and tenders");
        // menu items that ask a question, which the duplicates heuristic keeps as copies of a line (interviews
        // repeat questions); ten of them repeated in the same order still go as a repeated passage
        List<String> longItems = List.of("Who runs the harbour board?", "What's on at the Lido this week?",
                "Where can I park near the pier?", "When do the ferries run in winter?", "How do I report a pothole?",
                "Which schools are open on Friday?");
        // lines of boilerplate phrases, and short lines that open other stories
        List<String> chrome = List.of("Most read", "Advertisement", "Share on Facebook", "Related stories", "Popular",
                "Trending now", "Top stories", "Recommended for you", "Sign up for our newsletter", "Comments", "Categories",
                "Leave a Reply", "Most read this week in the Courier", "Share this article with a friend");
        List<String> rows = List.of("DL Amos Kettering 63 85% 1 tackle (1 combined). 1 sack.", "Crumb & Co 900 votes",
                "Dec 5 - Boston, MA - House of Blues", "LB Kenji Moreau 12 17% 1 tackle.", "2. Harbour Loaf, 839 votes");
        List<String> other = List.of("Why now?", "Linebackers", "The well-known long-time state-run ferry line won't stop",
                "It's the harbour's l'esprit, they don't say", "\u95a2\u9023\u8a18\u4e8b",
                "\u6771\u4eac\u90fd\u306f\u65b0\u3057\u3044\u8a08\u753b\u3092\u767a\u8868\u3057\u305f\u3002", HEADLINE);
        Random random = new Random(17);
        int acted = 0;
        int left = 0;
        for (int t = 0; t < 1500; t++) {
            boolean menus = random.nextBoolean();
            boolean chromed = random.nextInt(3) == 0;
            List<String> lines = new java.util.ArrayList<>();
            List<String> lastMenu = List.of();
            int n = 10 + random.nextInt(50);
            for (int i = 0; i < n; i++) {
                int pick = random.nextInt(12);
                if (pick < 2 && menus) {
                    List<String> run = new java.util.ArrayList<>();
                    for (int k = 1 + random.nextInt(14); k > 0; k--) {
                        run.add(menu.get(random.nextInt(menu.size())));
                    }
                    lines.addAll(run);
                    lastMenu = run;
                } else if (pick == 2 && menus) {
                    lines.addAll(lastMenu); // the mobile menu repeats the desktop one
                } else if (pick == 3 && menus && random.nextBoolean()) {
                    // ten items of four words or more, twice: a menu only as lines the text repeats
                    List<String> run = new java.util.ArrayList<>();
                    for (int k = 0; k < 10; k++) {
                        run.add(longItems.get(random.nextInt(longItems.size())));
                    }
                    lines.addAll(run);
                    lines.add(BODY.get(random.nextInt(BODY.size())));
                    lines.addAll(run);
                } else if (pick == 7 && chromed) {
                    lines.add(chrome.get(random.nextInt(chrome.size())));
                } else if (pick == 4) {
                    lines.add(rows.get(random.nextInt(rows.size())));
                } else if (pick == 5) {
                    lines.add(other.get(random.nextInt(other.size())));
                } else if (pick == 6 && !lines.isEmpty()) {
                    lines.add(lines.get(random.nextInt(lines.size())));
                } else {
                    lines.add(BODY.get(random.nextInt(BODY.size())));
                }
            }
            String text = String.join(random.nextBoolean() ? "\n" : "\n\n", lines);
            CleanResult fast = NEWS.clean(text);
            CleanResult full = slow.clean(text);
            assertThat(fast.text()).as(text).isEqualTo(full.text());
            assertThat(fast.removals()).as(text).isEqualTo(full.removals());
            if (full.removals().stream().anyMatch(x -> x.heuristic().equals("page-blocks"))) {
                acted++;
            } else {
                left++;
            }
        }
        // both ways are taken often
        assertThat(acted).isGreaterThan(150);
        assertThat(left).isGreaterThan(150);
    }

    @Test
    void anExtractedArticleWithAFewResidueLinesIsLeftToTheOtherHeuristics() {
        String text = "Share on Facebook\n\n" + HEADLINE + "\n\n" + String.join("\n\n", BODY) + "\n\nAdvertisement\n\nRead more: Fish market to close";
        CleanResult r = NEWS.clean(text);
        assertThat(r.removals()).extracting(Removal::heuristic).doesNotContain("page-blocks");
        assertThat(r.text()).isEqualTo(HEADLINE + "\n\n" + String.join("\n\n", BODY));
    }

    @Test
    void japaneseTextUsesKanaDensity() {
        assertThat(Stopwords.detect("東京都は十日、新しい自転車道の計画を発表した。市民の意見を聞いたうえで、来年から工事を始めるという。")).isEqualTo("ja");
        int[] prose = Stopwords.count("市民の意見を聞いたうえで、来年から工事を始めるという。", 0, 27, Stopwords.JA);
        int[] menu = Stopwords.count("政治経済国際社会", 0, 8, Stopwords.JA);
        assertThat((double) prose[1] / prose[0]).isGreaterThan(0.3);
        assertThat(menu[1]).isZero();
    }

    @Test
    void bylinesAndDates() {
        assertThat(PageBlocks.isBylineText("By Tomas Reyes")).isTrue();
        assertThat(PageBlocks.isBylineText("Von Miriam Oltmanns")).isTrue();
        assertThat(PageBlocks.isBylineText("Nov 19, 2019, 10:31 pm CST")).isTrue();
        assertThat(PageBlocks.isBylineText("Stand: 21.01.2026")).isTrue();
        assertThat(PageBlocks.isBylineText("di Giulia De Luca")).isTrue();
        assertThat(PageBlocks.isBylineText("Von Jonas Reiter, dpa")).isTrue();
        // a name, a comma and a role, without "By"
        assertThat(PageBlocks.isBylineText("Imogen Adeyemi, Reporter")).isTrue();
        assertThat(PageBlocks.isBylineText("Tom O'Neill, news reporter")).isTrue();
        assertThat(PageBlocks.isBylineText("Paris, France")).isFalse();
        assertThat(PageBlocks.isBylineText("Jane Doe, who was there")).isFalse();
        assertThat(PageBlocks.isBylineText("the mayor, reporter")).isFalse();
        assertThat(PageBlocks.isBylineText("Reporter")).isFalse();
        assertThat(PageBlocks.isBylineText("19:15")).isFalse();
        assertThat(PageBlocks.isBylineText("Par ailleurs, le maire a refusé.")).isFalse();
        assertThat(PageBlocks.isBylineText("By the time the vote came, it was late")).isFalse();
        assertThat(PageBlocks.isBylineText("De waterschappen roepen dijkwachten op")).isFalse();
        assertThat(PageBlocks.isBylineText("Why now?")).isFalse();
        // an embedded tweet's last line is the article's quote, no byline
        assertThat(PageBlocks.isBylineText("\u2014 Mayor Ana Ruiz (@MayorAnaRuiz) November 18, 2026")).isFalse();
        assertThat(PageBlocks.isBylineText("- Coastal Courier (@coastal_courier) 18.11.2026")).isFalse();
        assertThat(PageBlocks.isBylineText("Mayor Ana Ruiz (@MayorAnaRuiz) November 18, 2026")).isTrue();
        assertThat(PageBlocks.isBylineText("\u2014 Mayor Ana Ruiz (@) November 18, 2026")).isTrue();
        assertThat(PageBlocks.isOpener("34 responses to \"Fares\"")).isTrue();
        assertThat(PageBlocks.isOpener("Marta says:")).isTrue();
        assertThat(PageBlocks.isOpener("Why now?")).isFalse();
        // a blog sidebar's list of categories, in English and Japanese
        assertThat(PageBlocks.isOpener("Categories")).isTrue();
        assertThat(PageBlocks.isOpener("\u30ab\u30c6\u30b4\u30ea\u30fc")).isTrue();
        // a short line that opens an author's bio, in several languages; a longer one is a sentence
        for (String bio : List.of("About Jane Doe", "Sobre Rita Monteiro", "\u00dcber Lena Hartmann", "\u00c0 propos de Marie Dupont")) {
            assertThat(PageBlocks.isOpener(bio)).as(bio).isTrue();
        }
        assertThat(PageBlocks.isOpener("Sobre o plano, o prefeito disse que a decis\u00e3o sai em mar\u00e7o")).isFalse();
    }

    private static final String[] BITS = {"Comments", "comments", "COMMENTS", "34", " ", "  ", "(", ")", ":", "s", "S", "says:",
        " says", "Said:", " wrote:", "Reply", "about ", "About ", "more from ", "Most read", "related stories", "\u00e0 lire aussi",
        "R\u00e9pondre", "\u5173\u8fde", "\u0130", "\u017f", "\u2028", "\u001c", "\u00a0", "\t", "x", "Jane", "Doe", "reply",
        "report comment", "Avatar", "Flag", "!", ".", "'", "\u2019", "1", "2026", "12:30", "by", "By", "Von", "M\u00e4rz", "mai",
        "Published", "21.01.2026", "at", "AT", "\u00e9t\u00e9", "Leave a Reply", "The council met on Monday"};

    private static String randomShortText(Random random) {
        StringBuilder sb = new StringBuilder();
        int n = random.nextInt(random.nextInt(6) == 0 ? 40 : 8);
        for (int k = 0; k < n; k++) {
            sb.append(BITS[random.nextInt(BITS.length)]);
        }
        return sb.toString();
    }

    @Test
    void shortcutsTellOpenersMarkersAndBylinesAsTheLowerCasedTextDoes() {
        Random random = new Random(5);
        int openers = 0;
        int markers = 0;
        int bylines = 0;
        for (int i = 0; i < 200_000; i++) {
            String t = randomShortText(random);
            boolean opener = PageBlocks.isOpenerLowerCased(t);
            assertThat(PageBlocks.isOpener(t)).as(t).isEqualTo(opener);
            boolean marker = PageBlocks.isCommentMarkerLowerCased(t);
            assertThat(PageBlocks.isCommentMarker(t)).as(t).isEqualTo(marker);
            String line = t.strip().replace('\n', ' ');
            if (!line.isEmpty()) {
                TextDocument doc = new TextDocument(line, null, false);
                if (doc.lines().size() == 1) {
                    String text = doc.lines().get(0).text();
                    boolean byline = PageBlocks.isBylineText(text);
                    assertThat(PageBlocks.isBylineText(text, doc.words().lineChars[0])).as(text).isEqualTo(byline);
                    bylines += byline ? 1 : 0;
                }
            }
            openers += opener ? 1 : 0;
            markers += marker ? 1 : 0;
        }
        assertThat(openers).isGreaterThan(1000);
        assertThat(markers).isGreaterThan(1000);
        assertThat(bylines).isGreaterThan(1000);
    }

    @Test
    void monthWordsAreFoundAsWordByWord() {
        String[] bits = {"mar", "March", "M\u00c4RZ", "m\u00e4rzen", "aug", "August", "augustus", "d\u00e9cembre", "d\u00c9c", "may", "mayonnaise",
            "'", "\u2019", "o'", "jan'", " ", "-", "1", "2026", "\u0130", "x", "s", "ao\u00fbt", "okt", "Oktoberfest"};
        Random random = new Random(8);
        for (int i = 0; i < 100_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(6); k > 0; k--) {
                sb.append(bits[random.nextInt(bits.length)]);
            }
            String low = sb.toString().toLowerCase(java.util.Locale.ROOT);
            boolean[] month = {false};
            Stopwords.forEachWord(low, 0, low.length(), w -> {
                for (String m : PageBlocks.MONTHS) {
                    month[0] |= w.startsWith(m) && w.length() <= m.length() + 6;
                }
            });
            assertThat(PageBlocks.hasMonthWord(low)).as(low).isEqualTo(month[0]);
        }
    }

    @Test
    void datesInTheLanguagesOfTheMonthNames() {
        assertThat(PageBlocks.isBylineText("12 M\u00e4rz 2026")).isTrue();
        assertThat(PageBlocks.isBylineText("3 d\u00e9cembre 2025")).isTrue();
        assertThat(PageBlocks.isBylineText("Sept. 4, 2025")).isTrue();
        assertThat(PageBlocks.isBylineText("4 settembre 2025")).isTrue();
        assertThat(PageBlocks.isBylineText("Updated 2025")).isFalse();
        assertThat(PageBlocks.isBylineText("Budget talks 2025")).isFalse();
    }

    /** What {@link Stopwords#count} gave for ja and zh when it asked {@link Character.UnicodeScript} char by char. */
    private static int[] cjkCountByScript(String s, boolean ja) {
        int cjk = 0;
        int fn = 0;
        int other = 0;
        boolean inOther = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            Character.UnicodeScript sc = Character.UnicodeScript.of(c);
            if (sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA || sc == Character.UnicodeScript.KATAKANA) {
                cjk++;
                if (ja ? sc == Character.UnicodeScript.HIRAGANA : zhFunction(c)) {
                    fn++;
                }
                inOther = false;
            } else if (Texts.isWordChar(c)) {
                other += inOther ? 0 : 1;
                inOther = true;
            } else {
                inOther = false;
            }
        }
        return new int[] {(cjk + 1) / 2 + other, (fn + 1) / 2};
    }

    private static boolean zhFunction(char c) {
        return "的了是在和有我他她它这那也就不都一上中对说与为以到地得着个们来要会而及其之所被把从将但于或并很还".indexOf(c) >= 0;
    }

    @Test
    void kanaHanAndHangulAreCountedAsTheirUnicodeScriptsAndWordsSay() {
        Random random = new Random(9);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(30);
            for (int k = 0; k < n; k++) {
                int r = random.nextInt(8);
                sb.append((char) (r == 6 ? "은는이가을를에의 '\u2019\uc11c\uc6b8".charAt(random.nextInt(13)) : r == 7 ? 0xac00 + random.nextInt(0x2c00)
                        : r == 0 ? random.nextInt(0x3000) : r == 1 ? 0x3000 + random.nextInt(0x200)
                        : r == 2 ? 0x4e00 + random.nextInt(0x5200) : r == 3 ? "的了是在和还很并の\u30b3\u3005\u3007\u30fc".charAt(random.nextInt(13))
                        : r == 4 ? 'a' + random.nextInt(26) : random.nextInt(0x10000)));
            }
            String s = sb.toString();
            assertThat(Stopwords.count(s, 0, s.length(), Stopwords.JA)).as(s).isEqualTo(cjkCountByScript(s, true));
            assertThat(Stopwords.count(s, 0, s.length(), Stopwords.ZH)).as(s).isEqualTo(cjkCountByScript(s, false));
            int[] ko = {0, 0};
            Stopwords.forEachWord(s, 0, s.length(), w -> {
                ko[0]++;
                ko[1] += "은는이가을를에의도로과와서고며면다요".indexOf(w.charAt(w.length() - 1)) >= 0 && w.length() > 1 ? 1 : 0;
            });
            assertThat(Stopwords.count("x" + s + "y", 1, s.length() + 1, Stopwords.KO)).as(s).isEqualTo(ko);
        }
    }

    /** A page whose article is one long paragraph, then "You may also like" and longer teasers, each under its share buttons. */
    private static String pageWithTeasersUnderAnOpener(String opener) {
        StringBuilder sb = new StringBuilder();
        appendLines(sb, List.of("Home", "Quotes", "Poems", "Letters", "Search", "Letting go of a grudge",
                "Quotes » Forgiveness » Letting go of a grudge", "WhatsApp Facebook Pinterest Download"));
        sb.append(ARTICLE_PARAGRAPH).append('\n');
        sb.append("Forgiveness quotes, Quotes about life").append('\n');
        sb.append(opener).append('\n');
        for (String teaser : TEASERS) {
            sb.append("WhatsApp Facebook Pinterest Download").append('\n').append(teaser).append('\n');
        }
        appendLines(sb, List.of("Topics", "Good morning quotes", "Birthday wishes", "Quotes about friendship",
                "Quotes about hope", "\u00a9 2026 Quiet Words", "Contact"));
        return sb.toString();
    }

    private static final String ARTICLE_PARAGRAPH = "Holding on to a grudge is like carrying a stone up a hill that nobody"
            + " asked you to climb. Every day you pick it up again, and every day it is a little heavier, because you add"
            + " the memory of yesterday to the weight of the first hurt. Letting go does not mean that what happened was"
            + " right, nor that you have to invite the person back into your life. It means that you stop paying, again"
            + " and again, for something that somebody else did. Put the stone down at the side of the road, and walk on"
            + " with your hands free for the things that still matter to you.";
    private static final List<String> TEASERS = List.of(
            "Courage is not the absence of fear but the decision that something else is more important than it. Take"
                    + " the first step even when you cannot see the whole staircase, and let the next one show itself when"
                    + " you get there. Most of the road is made of small steps that nobody sees.",
            "A family is not a house with people in it but the way they treat each other when the day has been long"
                    + " and the patience is short. Be the one who listens first, who forgives early and who remembers the"
                    + " good days when the bad ones seem to last for ever.",
            "Gratitude lives in the small things: the coffee that was still warm, the friend who called back, the rain"
                    + " that waited until you got home. Count them at night before you sleep and you will find that the"
                    + " day gave you more than it took.",
            "Some days the best thing you can do is rest. The world will keep turning while you sleep, and the work will"
                    + " still be there in the morning, but you will meet it with a clearer head and a kinder heart than"
                    + " you have tonight.");

    @Test
    void teasersUnderAnOpenerOfOtherStoriesAreNotTakenForTheArticle() {
        // more words in the teasers than in the article: without the opener the page's best text is theirs
        for (String opener : List.of("You may also like...", "You might also like", "Most read")) {
            CleanResult r = NEWS.clean(pageWithTeasersUnderAnOpener(opener));
            assertThat(r.text()).as(opener).contains(ARTICLE_PARAGRAPH);
            for (String teaser : TEASERS) {
                assertThat(r.text()).as(opener).doesNotContain(teaser.substring(0, 40));
            }
        }
    }

    @Test
    void anArticleGoesOnAfterARelatedBoxInsideIt() {
        // a related box between the article's paragraphs: the paragraphs after it stand next to each other and stay
        StringBuilder sb = new StringBuilder();
        appendLines(sb, List.of("Skip to main content", "The Hill Gazette", "News", "Sport", "Business",
                "Library to open on Sundays from March", "By Amira Haddad"));
        List<String> body = List.of(
                "The central library will open on Sundays from March, the council said on Thursday, after a trial last"
                        + " autumn drew more visitors than any weekday of the year.",
                "The council will pay for the extra hours from the culture budget, and two new librarians will join the"
                        + " staff in February to cover the shifts, a spokeswoman said.",
                "Related stories",
                "Council cuts opening hours at three pools",
                "Readers in the north of the city have long asked for the reading rooms to open at weekends, and the"
                        + " library's friends' group collected more than four thousand signatures for it last year.",
                "The children's floor will run a story hour every Sunday morning, and the caf\u00e9 on the ground floor"
                        + " will open at ten, an hour before the reading rooms.",
                "Opening hours on public holidays will stay as they are, the council said, and it will look again at"
                        + " the figures after the summer.");
        appendLines(sb, body);
        appendLines(sb, List.of("Share this article", "Most read", "Bus fares frozen for another year",
                "New bridge opens to cyclists", "Contact", "\u00a9 The Hill Gazette 2026"));
        CleanResult r = NEWS.clean(sb.toString());
        for (String p : List.of(body.get(0), body.get(1), body.get(4), body.get(5), body.get(6))) {
            assertThat(r.text()).contains(p);
        }
        assertThat(r.text()).doesNotContain("Bus fares frozen");
    }

    /**
     * A box of other stories before the article's last paragraph: the paragraph stands alone after
     * it, as a teaser does, but nothing like a list of teasers follows it, so it is the article's.
     */
    @Test
    void theLastParagraphAfterARelatedBoxStays() {
        String last = "The new fares will be reviewed in a year, and the board promised to publish the figures for"
                + " each route every three months so that passengers can see where the money goes.";
        List<String> box = List.of("Related stories", "Council approves new cycle lanes on the seafront",
                "Fish market to close for two weeks of repairs");
        List<String> end = List.of("Share this article", "Topics", "Transport", "Ferries", "Most read",
                "Local bakery wins national award", "New school opens on the east side", "About us", "Contact",
                "\u00a9 2026 The Coastal Courier");
        List<String> after = new java.util.ArrayList<>(box);
        after.add(last);
        after.addAll(end);
        CleanResult r = NEWS.clean(articleThen(after));
        assertThat(r.text()).isEqualTo(HEADLINE + "\n" + String.join("\n", BODY) + "\n" + last);
        assertThat(r.removals()).filteredOn(x -> box.contains(x.text())).extracting(Removal::category)
                .containsOnly(Category.RELATED).hasSize(box.size());
        assertThat(NEWS.clean(r.text()).text()).isEqualTo(r.text());

        // a box whose headline has its date under it
        List<String> dated = new java.util.ArrayList<>(List.of("Related Coverage", "Council approves new cycle lanes on the seafront",
                "March 3, 2025", last));
        dated.addAll(end);
        assertThat(NEWS.clean(articleThen(dated)).text()).isEqualTo(HEADLINE + "\n" + String.join("\n", BODY) + "\n" + last);

        // a short prompt after the box is no paragraph
        after.set(box.size(), "We want to hear from you. Tell us what you think.");
        assertThat(NEWS.clean(articleThen(after)).text()).isEqualTo(HEADLINE + "\n" + String.join("\n", BODY));

        // a list of teasers, each under its headline, is no article's end
        List<String> teasers = new java.util.ArrayList<>(List.of("Related stories",
                "Council approves new cycle lanes on the seafront",
                "The lanes will run from the pier to the lighthouse and should open before the summer season, the"
                        + " council said after a vote that took most of the evening.",
                "Fish market to close for two weeks of repairs",
                "Traders will move to a car park by the station while the roof of the old hall is mended, and the"
                        + " market will open again at the start of the next month."));
        teasers.addAll(end);
        assertThat(NEWS.clean(articleThen(teasers)).text()).isEqualTo(HEADLINE + "\n" + String.join("\n", BODY));
    }

    /**
     * Boxes one after the other inside the article, each before a paragraph: a newsletter box (its
     * prompt and button), a paragraph, a box of other stories, the last paragraph. After a
     * newsletter box whose button does not show before the paragraph, the paragraph is its pitch.
     */
    @Test
    void theArticleRunsThroughBoxesToItsLastParagraph() {
        String third = "The board's chair said the service had lost money for three years running and that the city could"
                + " not keep covering the gap.";
        String last = "The new fares will be reviewed in a year, and the board promised to publish the figures for"
                + " each route every three months.";
        List<String> end = List.of("Share this article", "Topics", "Transport", "Most read", "Local bakery wins national award",
                "New school opens on the east side", "About us", "Contact", "\u00a9 2026 The Coastal Courier");
        List<String> after = new java.util.ArrayList<>(List.of("Get the best of the Courier delivered to your inbox", "Sign up",
                third, "Related stories", "Council approves new cycle lanes on the seafront", "Fish market to close for repairs", last));
        after.addAll(end);
        String expected = HEADLINE + "\n" + String.join("\n", BODY);
        assertThat(NEWS.clean(articleThen(after)).text()).isEqualTo(expected + "\n" + third + "\n" + last);
        // a newsletter box, then the last paragraph
        List<String> one = new java.util.ArrayList<>(List.of("Get the best of the Courier delivered to your inbox", "Sign up", last));
        one.addAll(end);
        assertThat(NEWS.clean(articleThen(one)).text()).isEqualTo(expected + "\n" + last);
        // the box's heading, then its pitch: no paragraph of the article
        String pitch = "Get breaking local news and the latest updates on the ferries, the weather and more, every morning!";
        List<String> headingOnly = new java.util.ArrayList<>(List.of("Sign up for our newsletters", pitch));
        headingOnly.addAll(end);
        assertThat(NEWS.clean(articleThen(headingOnly)).text()).isEqualTo(expected);
        // a teaser with its byline under it
        List<String> teaser = new java.util.ArrayList<>(List.of("Related stories", "Council approves new cycle lanes on the seafront",
                last, "By Amira Haddad"));
        teaser.addAll(end);
        assertThat(NEWS.clean(articleThen(teaser)).text()).isEqualTo(expected);
    }

    /**
     * A newsletter box between two of the article's paragraphs, its pitch standing between its
     * heading and its button: the box opens once, so the paragraphs after it stay, and the pitch goes with the box.
     */
    @Test
    void aNewsletterBoxBetweenParagraphsDoesNotEndTheArticle() {
        List<String> box = List.of("Newsletter", "The day's top stories from the coast, every morning before breakfast", "Sign up");
        StringBuilder sb = new StringBuilder();
        appendLines(sb, MASTHEAD);
        appendLines(sb, List.of(HEADLINE, "By Tomas Reyes"));
        appendLines(sb, BODY.subList(0, 4));
        appendLines(sb, box);
        appendLines(sb, BODY.subList(4, BODY.size()));
        appendLines(sb, List.of("Share this article", "Most read", "Local bakery wins national award",
                "New school opens on the east side", "About us", "Contact", "\u00a9 2026 The Coastal Courier"));
        CleanResult r = NEWS.clean(sb.toString());
        assertThat(r.text()).isEqualTo(HEADLINE + "\n" + String.join("\n", BODY));
        assertThat(r.removals()).filteredOn(x -> box.contains(x.text())).extracting(Removal::category)
                .containsOnly(Category.NEWSLETTER).hasSize(box.size());
    }

    /**
     * The article is the page's last line, cut off before its sentence ends (a slice of a page), so
     * it reads as a title: no line after it is looked at for a standfirst (it threw).
     */
    @Test
    void anArticleOnThePagesLastLine() {
        String cut = "Fares on the harbour ferry will rise by almost a fifth in April, the transport board said on Tuesday,"
                + " after a year in which";
        String page = String.join("\n", "Skip to content", "Youtube icon", "Instagram icon", "Twitter icon", "Facebook icon",
                "Coastal Courier logo", "accedi", "Home", "News", "Local", "Business", "Sport", "Culture", "Opinion", "Weather",
                "Travel", "Music", "Ferry fares to rise by a fifth from April at the harbour", "2.289", "reads", "No comments",
                "Share on Facebook", "Facebook", "0 Tweet about this on Twitter", "Twitter", "Pin on Pinterest", "Pinterest",
                "0 Email this to someone", "email", "Ferries", "12 Feb 2026", cut);
        assertThat(NEWS.clean(page).text()).endsWith(cut);
    }

    /**
     * A headline and standfirst long and dense enough to read as text start the run themselves: no
     * other line above them (the site's name) is taken for the headline.
     */
    @Test
    void aHeadlineThatReadsAsTextIsTheRunsFirstLine() {
        String headline = "The town of Marden will close two of its three libraries on Sundays from the first of March next year";
        String standfirst = "The council says it must save money after a year in which the cost of heating the buildings went up by a third";
        StringBuilder sb = new StringBuilder();
        appendLines(sb, List.of("Skip to main content", "The Marden Herald", "Subscribe", "Sign in", "News", "Local", "Business",
                "Sport", "Culture", "Opinion", "Weather", headline, standfirst, "By Tomas Reyes", "Share on Facebook"));
        appendLines(sb, BODY);
        appendLines(sb, List.of("Most read", "Local bakery wins national award", "New school opens on the east side",
                "About us", "Contact", "\u00a9 2026 The Marden Herald"));
        assertThat(NEWS.clean(sb.toString()).text()).isEqualTo(headline + "\n" + standfirst + "\n" + String.join("\n", BODY));
    }

    /**
     * A button no phrase list knows ("Follow this author") between the byline and the first
     * paragraph reads as a short title: the headline and its standfirst above it are the article's,
     * and so is a headline alone with the byline or date between it and the short line.
     */
    @Test
    void aButtonUnderTheHeadlineIsNotTakenForIt() {
        String standfirst = "Crossings will cost a fifth more from April, the transport board decided on Tuesday night";
        StringBuilder sb = new StringBuilder();
        appendLines(sb, MASTHEAD);
        appendLines(sb, List.of(HEADLINE, standfirst, "By Tomas Reyes", "Published 12 February 2026, 07:40", "Follow this author"));
        appendLines(sb, BODY);
        appendLines(sb, List.of("Most read", "Local bakery wins national award", "New school opens on the east side",
                "About us", "Contact", "\u00a9 2026 The Coastal Courier"));
        CleanResult r = NEWS.clean(sb.toString());
        assertThat(r.text()).isEqualTo(HEADLINE + "\n" + standfirst + "\n" + String.join("\n", BODY));
        // without a standfirst, and without a byline or date between the two, the short line stays the
        // nearest title, as a three-word headline may be
        String shortTitle = NEWS.clean(sb.toString().replace(standfirst + "\n", "").replace("By Tomas Reyes\n", "")
                .replace("Published 12 February 2026, 07:40\n", "")).text();
        assertThat(shortTitle).startsWith("Follow this author\n" + BODY.get(0));
        // a desk's name under the byline, a date between it and a headline without a standfirst
        String desk = NEWS.clean(sb.toString().replace(standfirst + "\n", "").replace("Follow this author", "Coastal Courier, Harbourside"))
                .text();
        assertThat(desk).isEqualTo(HEADLINE + "\n" + String.join("\n", BODY));
        // a standfirst that ends a sentence
        String sentence = "Crossings will cost a fifth more from April, the transport board decided on Tuesday night.";
        assertThat(NEWS.clean(sb.toString().replace(standfirst, sentence)).text())
                .isEqualTo(HEADLINE + "\n" + sentence + "\n" + String.join("\n", BODY));
    }

    /** A tweet quoted between two paragraphs: its text and its last line, name, handle and date, stay. */
    @Test
    void anEmbeddedTweetStaysWithItsAuthorAndDate() {
        List<String> tweet = List.of("Fares are going up again and the boats are still late. Great news for commuters.",
                "\u2014 Island Commuters (@islandcommuters) February 12, 2026");
        List<String> body = new java.util.ArrayList<>(BODY);
        body.addAll(4, tweet);
        String page = page().replace(String.join("\n", BODY), String.join("\n", body));
        assertThat(NEWS.clean(page).text()).isEqualTo(HEADLINE + "\n" + String.join("\n", body));
    }

    @Test
    void aTeaserWhoseHeadlineRunsIntoItsSnippetIsNoParagraph() {
        for (String glued : List.of(
                "Council Votes To Close Two Libraries Over SummerThe council voted on Tuesday to close two branch libraries for the summer.",
                "Ferry Fares Rise By A Fifth From April In Harbour CityFares on the harbour ferry will rise by almost a fifth in April.",
                "Bakery Owner Wins National Award For Sourdough LoafA baker from the east side won the national prize this week with a rye loaf.",
                "City To Mail Voting Guides To All 250,000The city will mail a guide to every household before the vote in March.",
                "Parents Protest Plan To Merge Two Rural Schools At Town HallParents filled the town hall on Monday night to speak against it.",
                // glued inside a hyphenated word
                "Police Arrest Two After Death Of College Student-AthleteA 24-year-old woman and a man were arrested in the case.")) {
            assertThat(PageBlocks.gluedHeadline(glued, 0, glued.length())).as(glued).isTrue();
        }
        for (String prose : List.of(
                // CamelCase names and products inside sentences and short headlines
                "The new PlayStation update arrives next week with a faster store and fixes for the voice chat.",
                "The 9to5Mac BundleHunt delivers over forty apps from just a dollar each to readers this week.",
                "Prince Andrew: TripAdvisor suspends reviews of the restaurant the duke says he visited.",
                "Elon Musk's SpaceX begins testing on its new rocket at the site in Texas this month.",
                "A key part of GiveWell's research process is trying to identify programmes backed by evidence.",
                "HONOLULU, Hawaii (HawaiiNewsNow) - Scientists using a telescope have confirmed the presence of water.",
                "The Athlon 3000G has a lot going for it, especially the price and the graphics on the chip.",
                "Nov. 20, 2019Updated: Nov. 20, 2019 1:35 a.m.",
                // a headline in Title Case with a space before the snippet
                "Council Votes To Close Two Libraries Over Summer The council voted on Tuesday to close two branches.")) {
            assertThat(PageBlocks.gluedHeadline(prose, 0, prose.length())).as(prose).isFalse();
        }
    }

    @Test
    void gluedTeasersBeforeTheArticleAreNotTakenForIt() {
        StringBuilder sb = new StringBuilder();
        appendLines(sb, List.of("Skip to main content", "Channel 9 News", "Latest Headlines",
                "Council Votes To Close Two Libraries Over SummerThe council voted on Tuesday to close two branch libraries for"
                        + " the summer, saying it could not staff them while the main library is being repaired.",
                "Ferry Fares Rise By A Fifth From April In Harbour CityFares on the harbour ferry will rise by almost a fifth in"
                        + " April, the transport board said, after a year in which fuel and crew costs went up.",
                "Bakery Owner Wins National Award For Sourdough LoafA baker from the east side won the national prize this week"
                        + " with a rye loaf that she has been making the same way for twenty years.",
                "Parents Protest Plan To Merge Two Rural Schools At Town HallParents filled the town hall on Monday night to"
                        + " speak against the plan, which would close the smaller of the two schools in the valley.",
                "Weather", "Sports", "Water main break floods downtown streets", "November 19, 2026 at 9:45 am"));
        List<String> body = List.of(
                "A water main broke under Front Street early on Wednesday, flooding three blocks of downtown and closing"
                        + " the road to traffic for most of the day, city officials said.",
                "Crews shut off the main at about 6 a.m., and the water had drained by noon, but the street will stay closed"
                        + " while the pipe is replaced, which the city expects to take until Friday.",
                "Several shops on the block opened late. The owner of a shoe shop said water had come in under the door and"
                        + " soaked the boxes on the bottom shelves.");
        appendLines(sb, body);
        appendLines(sb, List.of("Comments", "Follow Us", "News", "Contact", "\u00a9 2026 Channel 9"));
        CleanResult r = NEWS.clean(sb.toString());
        body.forEach(b -> assertThat(r.text()).contains(b));
        assertThat(r.text()).doesNotContain("SummerThe council").doesNotContain("Sourdough LoafA baker");
    }

    private static final List<String> CAROUSEL = List.of(
            "The mayor speaks to reporters outside city hall on Monday, October 12, after the council meeting that ran"
                    + " late into the night and ended without a vote on the new budget for the coming year.",
            "Mayor says budget talks are going well",
            "Workers unload containers at the north pier of the harbour on March 3, as the port prepares for the busiest"
                    + " season of the year and the new cranes that the board ordered last spring are tested.",
            "Port expects a record season",
            "Council members listen during a hearing on the future of the old tram depot in the east end of the city on"
                    + " September 9, when residents asked for a park instead of the offices the developer wants.",
            "What the tram depot plan means for you",
            "Why the east end wants a park",
            "A cyclist rides along the new lane on the seafront road on August 20, the first day it opened to the public"
                    + " after two years of works that closed half of the road to cars for most of the summer.",
            "Seafront cycle lane opens at last");

    /** A page whose video carousel (captions between headlines) under "More videos" stands before the article. */
    private static String pageWithCarouselBefore(String opener) {
        StringBuilder sb = new StringBuilder();
        appendLines(sb, MASTHEAD);
        appendLines(sb, List.of(HEADLINE, "By Tomas Reyes", "Published 12 February 2026, 07:40", "Replay", opener));
        appendLines(sb, CAROUSEL);
        appendLines(sb, BODY);
        appendLines(sb, List.of("About us", "Contact", "Advertise", "Privacy policy", "Terms of use",
                "\u00a9 2026 The Coastal Courier"));
        return sb.toString();
    }

    @Test
    void aListOfOtherStoriesBeforeTheArticleIsNotTakenForIt() {
        // the carousel's captions are sentences with as many words as the article's paragraphs
        for (String opener : List.of("More videos ...", "You may also like")) {
            CleanResult r = NEWS.clean(pageWithCarouselBefore(opener));
            BODY.stream().filter(b -> b.length() > 20).forEach(b -> assertThat(r.text()).as(opener).contains(b));
            assertThat(r.text()).as(opener).doesNotContain("containers at the north pier").doesNotContain("A cyclist rides");
        }
    }

    @Test
    void aMenuItemNamingOtherStoriesDoesNotTakeTheLeadBelowIt() {
        // "Recent posts" in the menu, then a lead standing alone between the byline and a caption: fewer than three such blocks, no list
        StringBuilder sb = new StringBuilder();
        appendLines(sb, List.of("Skip to main content", "The Coastal Courier", "Subscribe", "Sign in", "News", "Local",
                "Forums", "Recent posts", "Register", "Latest", "Sport", "Weather", HEADLINE, "By Tomas Reyes"));
        sb.append(BODY.get(0)).append('\n').append("Harbour ferry at the north pier").append('\n');
        appendLines(sb, BODY.subList(1, BODY.size()));
        appendLines(sb, List.of("About us", "Contact", "Advertise", "Privacy policy", "Terms of use",
                "\u00a9 2026 The Coastal Courier"));
        CleanResult r = NEWS.clean(sb.toString());
        BODY.stream().filter(b -> b.length() > 20).forEach(b -> assertThat(r.text()).contains(b));
    }

    @Test
    void aReviewsSummaryFarBelowAListOfOtherStoriesStays() {
        // lone blocks far apart (a spec table and a score box between them) are the review's, not the list's
        String verdict = "It is the fastest and quietest bike lock we have tested this year, and it shrugged off every saw"
                + " we tried on it, but it weighs as much as a small laptop and the key is easy to lose.";
        String summary = "As promised, the new lock is the hardest to cut that we have ever tested. In practice, though, most"
                + " riders will not need that much: it costs twice as much as our favourite and weighs almost two kilos, which"
                + " you will feel on every ride if you carry it in a bag instead of on the frame.";
        StringBuilder sb = new StringBuilder();
        appendLines(sb, List.of("Home", "Gear", "Reviews", "Deals", "Sign in", "3 related articles",
                "City bike share adds electric bikes", "Best bike lights for the winter", "Lockmaster X review",
                "Strong enough for any city.", "By Ana Ruiz", "Key specs", "Weight 1.9 kg", "Length 90 cm",
                "Keys 3", "Price $120", "Buy now"));
        sb.append(verdict).append('\n');
        appendLines(sb, List.of("Our score", "Poor", "Good", "Excellent", "87", "Pros", "Hard to cut", "Cons",
                "Heavy", "Summary"));
        sb.append(summary).append('\n').append("Hardware").append('\n');
        appendLines(sb, BODY);
        appendLines(sb, List.of("About us", "Contact", "Advertise", "Privacy policy", "Terms of use"));
        CleanResult r = NEWS.clean(sb.toString());
        assertThat(r.text()).contains(summary);
        BODY.stream().filter(b -> b.length() > 20).forEach(b -> assertThat(r.text()).contains(b));
    }

    @Test
    void aCommentFormsNoticesAfterTheArticleGo() {
        // the form's heading runs into its "Cancel reply" link; its notices are sentences next to each other
        List<String> notices = List.of(
                "By sending this form you agree that the Coastal Courier stores your name and your comment on its servers.",
                "We will only pass your details on to third parties when the law requires it, or to filter out spam, and"
                        + " we keep them for as long as your comment is published on our site.",
                "You can withdraw this consent at any time by writing to us, and your comment and your details will then"
                        + " be deleted within thirty days of your request.");
        for (String heading : List.of("Leave a Reply Cancel reply", "Leave a comment")) {
            StringBuilder sb = new StringBuilder();
            appendLines(sb, List.of("Skip to main content", "The Coastal Courier", "Subscribe", "Sign in", "News",
                    "Local", "Business", "Sport", HEADLINE, "By Tomas Reyes"));
            appendLines(sb, BODY);
            appendLines(sb, List.of("Share this article", heading, "Please keep it civil.", "Name *", "Email *"));
            appendLines(sb, notices);
            appendLines(sb, List.of("Post Comment", "About us", "Contact", "Advertise", "Privacy policy",
                    "\u00a9 2026 The Coastal Courier"));
            CleanResult r = NEWS.clean(sb.toString());
            BODY.stream().filter(b -> b.length() > 20).forEach(b -> assertThat(r.text()).as(heading).contains(b));
            notices.forEach(n -> assertThat(r.text()).as(heading).doesNotContain(n));
        }
    }

    /**
     * A blog's comments open with their count and the article's title in quotes: a line far longer
     * than a short opener ("4 thoughts on “...”"), under which the comments are prose paragraphs
     * much like the article's, each after its author's name and a date.
     */
    @Test
    void aCountOfCommentsNamingTheArticleOpensTheComments() {
        List<String> comments = List.of("Marta Lindqvist", "12 February 2026 at 9:14 am",
                "I have taken this ferry to work for eleven years and the boats have not changed once in that time, so I"
                        + " find it hard to believe that a fifth more money will buy us anything better than what we have now.",
                "Joe Kerrigan", "12 February 2026 at 10:02 am",
                "The waiting room on the north pier has been closed since the summer, and nobody at the board could tell me"
                        + " when it would open again. I would gladly pay more if I knew that the repairs would finally start.",
                "Tomas Reyes", "12 February 2026 at 1:47 pm",
                "Thank you for reading so closely, Joe. We asked the board about the pier and will follow the vote in March"
                        + " with the same care, so watch this space.");
        for (String count : List.of("3 thoughts on \u201c" + HEADLINE + "\u201d", "3 Responses to \"" + HEADLINE + "\"",
                "3 comments on \u2018" + HEADLINE + "\u2019")) {
            StringBuilder sb = new StringBuilder();
            appendLines(sb, MASTHEAD);
            appendLines(sb, List.of(HEADLINE, "By Tomas Reyes", "Published 12 February 2026, 07:40"));
            appendLines(sb, BODY);
            appendLines(sb, List.of("Filed under: Transport, Harbour", count));
            appendLines(sb, comments);
            appendLines(sb, List.of("About us", "Contact", "Advertise", "Privacy policy", "\u00a9 2026 The Coastal Courier"));
            CleanResult r = NEWS.clean(sb.toString());
            assertThat(r.text()).as(count).isEqualTo(HEADLINE + "\n" + String.join("\n", BODY));
        }
    }

    @Test
    void onlyACountBeforeAQuotedTitleCountsComments() {
        for (String yes : List.of("10 thoughts on \u201cBusiness Focus: Why Some Succeed Online and Others Never Make It\u201d",
                "2 responses to \"Harbour fares\"", "1 Reply to \u201cX\u201d", "12 Kommentare zu \u201eDer Hafen\u201c",
                "5 commentaires sur \u00ab Le port \u00bb")) {
            assertThat(PageBlocks.countsComments(yes, 0, yes.length())).as(yes).isTrue();
        }
        for (String no : List.of("10 thoughts on the harbour fares", "Thoughts on \u201cHarbour fares\u201d",
                "10 thoughts on", "10thoughts on \u201cX\u201d", "In 2019 thoughts on \u201cX\u201d", "3 comments")) {
            assertThat(PageBlocks.countsComments(no, 0, no.length())).as(no).isFalse();
        }
    }

    /**
     * A page's text gives a table one cell per line: a run of short lines like a menu's. Its
     * columns show as a period (a number every five lines), and the article runs across it.
     */
    @Test
    void aTableOneCellPerLineBetweenParagraphsStays() {
        String before = "The Harbour Rowing Club won the last regatta of the season on Saturday and finished the league"
                + " on top for the first time since 2009, two points ahead of the crew from Northpoint.";
        String after = "The coach, Lena Marsh, said the crew had trained through the winter on the river and that the"
                + " new boat bought with the council's grant had made the difference in the final three races.";
        List<String> table = List.of("Final standings", "Pos", "Club", "Races", "Points", "Note",
                "1", "Harbour RC", "12", "86", "Champions", "2", "Northpoint", "12", "84", "Won the cup",
                "3", "Old Quay", "12", "71", "", "4", "Saltmarsh", "12", "65", "Two races missed",
                "5", "Eastbank", "12", "52", "Relegated");
        List<String> cells = table.stream().filter(c -> !c.isEmpty()).toList();
        StringBuilder sb = new StringBuilder();
        appendLines(sb, MASTHEAD);
        appendLines(sb, List.of("Harbour crew take the league title", "By Tomas Reyes", before));
        appendLines(sb, cells);
        appendLines(sb, List.of(after, BODY.get(0), "Most read", "Local bakery wins national award",
                "New school opens on the east side", "About us", "Contact", "Privacy policy", "\u00a9 2026 The Coastal Courier"));
        String out = NEWS.clean(sb.toString()).text();
        assertThat(out).contains(before).contains(after).contains(BODY.get(0))
                .contains(String.join("\n", cells.subList(1, cells.size())));
        assertThat(out).doesNotContain("Local bakery").doesNotContain("Privacy policy");
        assertThat(NEWS.clean(out).text()).isEqualTo(out);
    }

    /** Numbers one per line without a column of text beside them (a pagination) make no table. */
    @Test
    void aPaginationIsNoTable() {
        String page = articleThen(List.of("Pages", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "Next",
                "About us", "Contact", "Privacy policy", "\u00a9 2026 The Coastal Courier"));
        assertThat(NEWS.clean(page).text()).isEqualTo(HEADLINE + "\n" + String.join("\n", BODY));
    }

    /** Nor do a poll's counts, each beside its label: two columns, where a table has three or more. */
    @Test
    void aPollsCountsAreNoTable() {
        String page = articleThen(List.of("How does this story make you feel?", "12", "Happy", "3", "Angry", "0", "Sad", "5",
                "Surprised", "1", "Bored", "7", "Worried",
                "Editor's note: the council will publish the full timetable for the ferry on its website next week,"
                        + " and we will report on it then.",
                "About us", "Contact", "Privacy policy", "\u00a9 2026 The Coastal Courier"));
        assertThat(NEWS.clean(page).text()).startsWith(HEADLINE + "\n" + String.join("\n", BODY)).doesNotContain("Angry");
    }

    /**
     * A list right after the article whose lines share their shape (the same first chars that are
     * neither letters nor digits: a dash, then a comma) stays with it, under its heading; under a
     * heading that opens other stories such a list goes.
     */
    @Test
    void aListWhoseLinesShareTheirShapeStaysAfterTheArticle() {
        List<String> dates = List.of("March 6 \u2013 Northpoint, Harbour Hall", "March 7 \u2013 Old Quay, The Boathouse",
                "March 13 \u2013 St. Anne's, Parish Rooms", "March 14 \u2013 Saltmarsh, Village Hall",
                "March 20 \u2013 Eastbank, Community Centre", "March 21 \u2013 Northpoint, Ferry Terminal");
        for (String heading : List.of("Where the board meets passengers", "")) {
            List<String> after = new java.util.ArrayList<>(heading.isEmpty() ? List.of() : List.of(heading));
            after.addAll(dates);
            after.addAll(List.of("Most read", "Local bakery wins national award", "New school opens on the east side",
                    "About us", "Contact", "Privacy policy", "\u00a9 2026 The Coastal Courier"));
            String out = NEWS.clean(articleThen(after)).text();
            assertThat(out).as(heading).endsWith(String.join("\n", BODY) + (heading.isEmpty() ? "" : "\n" + heading)
                    + "\n" + String.join("\n", dates));
        }
        List<String> under = new java.util.ArrayList<>(List.of("Most read"));
        under.addAll(dates);
        under.addAll(List.of("About us", "Contact", "Privacy policy", "\u00a9 2026 The Coastal Courier"));
        assertThat(NEWS.clean(articleThen(under)).text()).isEqualTo(HEADLINE + "\n" + String.join("\n", BODY));
    }

    /** The author's bio under the article goes, as a byline does; a profile that opens like one stays. */
    @Test
    void anAuthorsBioAfterTheArticleGoes() {
        String bio = "Tomas Reyes is a staff writer at the Coastal Courier covering transport, the harbour and the"
                + " city council. He was formerly a reporter for the Northpoint Herald and lives on the east side.";
        String promo = "Want the day's top stories from the harbour and the city in your inbox every morning? Our editors"
                + " pick them for you, so you never miss what matters here.";
        String page = articleThen(List.of(promo, bio, "About us", "Contact", "Privacy policy", "\u00a9 2026 The Coastal Courier"));
        String out = NEWS.clean(page).text();
        assertThat(out).startsWith(HEADLINE + "\n" + String.join("\n", BODY)).doesNotContain("staff writer");
        for (String yes : List.of(bio, "Jane Doe (@janedoe) is an Ideas contributor at the Courier.",
                "Jeff Smith (jeff@example.org) is the editor and publisher of The Harbour Review.",
                "Lena Marsh is a freelance writer.")) {
            assertThat(PageBlocks.authorBio(yes, 0, yes.length())).as(yes).isTrue();
        }
        for (String no : List.of("Ines Corvo is a journalist who spent twenty years covering the harbour before she ran the board.",
                "The board is a writer of rules, not a maker of boats.", "Regular passengers are the best critics of the service.",
                "Corvo said she is a reporter at heart.")) {
            assertThat(PageBlocks.authorBio(no, 0, no.length())).as(no).isFalse();
        }
    }

    /**
     * A bio under its own heading ("About Tomas Reyes") says who the author is in sentences that do
     * not start with the name: after the article, it goes with its heading. A company's profile
     * after a press release's heading names no person, and its heading is only a notice.
     */
    @Test
    void aBioUnderAHeadingThatNamesTheAuthorGoes() {
        String bio = "Before joining the Courier he spent six years at the Northpoint Herald, where his reporting on the"
                + " ferry contracts won a regional award and led to a review of how the city buys its boats. He studied"
                + " history at the university in the old town, and when he is not at a council meeting he can be found on"
                + " the east side with his family, his two bicycles and a garden that is always in need of more work than"
                + " he has time to give it.";
        for (String heading : List.of("About Tomas Reyes", "\u00dcber Tomas Reyes", "About the author")) {
            String out = NEWS.clean(articleThen(List.of(heading, bio, "About us", "Contact", "Privacy policy",
                    "\u00a9 2026 The Coastal Courier"))).text();
            assertThat(out).as(heading).isEqualTo(HEADLINE + "\n" + String.join("\n", BODY));
        }
        for (String yes : List.of("About Jane Doe", "Sobre Rita Monteiro", "\u00dcber Lena Hartmann",
                "\u00c0 propos de Marie Dupont", "About the author")) {
            assertThat(PageBlocks.opensBio(yes)).as(yes).isTrue();
        }
        for (String no : List.of("About Harbourline", "About nordwave", "About us", "About the Coastal Courier", "About Jane Doe and her work",
                "Comments")) {
            assertThat(PageBlocks.opensBio(no)).as(no).isFalse();
        }
    }

    @Test
    void aNewsletterBoxInsideTheArticleDoesNotCutItsEnd() {
        // the box's prompt, field and button are one barrier, not three
        StringBuilder sb = new StringBuilder();
        appendLines(sb, List.of("Skip to main content", "The Coastal Courier", "Subscribe", "Sign in", "News", "Local",
                "Business", "Sport", "Culture", "Opinion", HEADLINE, "By Tomas Reyes"));
        appendLines(sb, BODY.subList(0, 2));
        appendLines(sb, List.of("Sign up for our newsletter and get the day's top stories in your inbox every morning.",
                "Your email", "Subscribe"));
        appendLines(sb, BODY.subList(3, BODY.size()));
        appendLines(sb, List.of("Related stories", "Council approves new cycle lanes on the seafront",
                "Fish market to close for two weeks of repairs", "About us", "Contact", "Advertise", "Privacy policy",
                "\u00a9 2026 The Coastal Courier"));
        CleanResult r = NEWS.clean(sb.toString());
        BODY.stream().filter(b -> b.length() > 20).forEach(b -> assertThat(r.text()).contains(b));
        assertThat(r.text()).doesNotContain("newsletter").doesNotContain("cycle lanes");
    }

    /**
     * A network's prompt for its own app, in capitals before the last paragraph, is an ad: the
     * paragraph after it stays, as after "Advertisement", where a newsletter prompt would end the
     * article. Gannett's sites greet a European reader with a line of their own on top.
     */
    @Test
    void anAppPromptBeforeTheLastParagraphIsAnAd() {
        String last = BODY.get(BODY.size() - 1);
        String page = "Welcome to The Coastal Courier's European Union Experience\n" + articleThen(List.of(
                "READ MORE ON FOX BUSINESS BY CLICKING HERE", "About us", "Contact", "Advertise", "Privacy policy",
                "\u00a9 2026 The Coastal Courier")).replace(last, "CLICK HERE TO GET THE FOX NEWS APP\n" + last);
        CleanResult r = NEWS.clean(page);
        assertThat(r.text()).isEqualTo(HEADLINE + "\n" + String.join("\n", BODY));
        assertThat(r.removals()).filteredOn(x -> x.text().startsWith("CLICK HERE"))
                .singleElement().satisfies(x -> assertThat(x.category()).isEqualTo(Category.ADVERTISEMENT));
        assertThat(r.removals()).filteredOn(x -> x.text().startsWith("Welcome"))
                .singleElement().satisfies(x -> assertThat(x.category()).isEqualTo(Category.COOKIE));
    }

    @Test
    void aLongListOfNamesIsNoOpenerOfOtherStories() {
        // a list-like line of 37 to 39 words scored as an opener once (its score was the openers' own): the
        // paragraphs after it, each under its subheading, then counted as teasers and the article lost them
        StringBuilder sb = new StringBuilder();
        appendLines(sb, List.of("Skip to main content", "The Valley Review", "News", "Arts", "Books", "Sport", "Sign in",
                "Twelve writers on the shortlist for the river prize", "By Lena Kowalczyk"));
        List<String> body = new java.util.ArrayList<>(List.of(
                "The river prize, which goes each spring to a first novel by a writer from one of the valley towns, has"
                        + " its longest shortlist since it began, the trustees said on Monday, after a year in which more"
                        + " than two hundred books were sent in by publishers large and small.",
                "Those on the shortlist are named below."));
        StringBuilder names = new StringBuilder();
        String[] first = {"Ana", "Bruno", "Clara", "Dario", "Elena", "Filip", "Greta", "Hugo", "Irene", "Jonas"};
        String[] last = {"Silva", "Moretti", "Novak", "Keller", "Ortiz", "Lindqvist", "Brandt", "Costa", "Varga", "Weiss"};
        for (int k = 0; k < 19; k++) {
            names.append(k == 0 ? "" : ", ").append(first[k % 10]).append(' ').append(last[(k * 3) % 10]);
        }
        body.add(names.toString()); // 38 words, none of them a function word
        String[] heads = {"The judges", "The prize", "The evening"};
        String[] paragraphs = {
            "The judges, two novelists and a bookseller from the old town, said that they had read every book twice"
                    + " and that the choice had been harder than in any year they could remember.",
            "The winner will receive five thousand and a month at the writers' house by the lake, where the first"
                    + " winner wrote most of her second book in the winter after the prize.",
            "The prize will be given at the town hall on the last Friday of April, and the evening is open to anyone"
                    + " who wants to come and hear the writers read from their books."};
        for (int k = 0; k < heads.length; k++) {
            body.add(heads[k]);
            body.add(paragraphs[k]);
        }
        appendLines(sb, body);
        appendLines(sb, List.of("Share this article", "Most read", "Bus fares frozen for another year",
                "New bridge opens to cyclists", "About us", "Contact", "\u00a9 The Valley Review 2026"));
        CleanResult r = NEWS.clean(sb.toString());
        for (String p : paragraphs) {
            assertThat(r.text()).contains(p);
        }
        assertThat(r.text()).contains(body.get(0)).doesNotContain("Bus fares frozen");
    }

    /** Appends each of the lines, each with its line break. */
    /** @return a page of the masthead, the headline, a byline and the body, then those lines */
    private static String articleThen(List<String> after) {
        StringBuilder sb = new StringBuilder();
        appendLines(sb, MASTHEAD);
        appendLines(sb, List.of(HEADLINE, "By Tomas Reyes"));
        appendLines(sb, BODY);
        appendLines(sb, after);
        return sb.toString();
    }

    private static void appendLines(StringBuilder sb, List<String> lines) {
        lines.forEach(l -> sb.append(l).append('\n'));
    }
}
