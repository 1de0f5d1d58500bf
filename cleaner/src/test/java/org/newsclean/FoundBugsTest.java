package org.newsclean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Regression tests for bugs found by fuzzing and adversarial input, one per bug. */
class FoundBugsTest {

    /**
     * Link markup taken off "[[News]]:" left "[News]:[News][1]", which a second run read as a
     * reference definition, and it then took the brackets of "[News]" elsewhere (found by the
     * Markdown property test). An address no longer starts with a bracket.
     */
    @Test
    void whatIsLeftOfLinkMarkupIsNoDefinition() {
        String text = "[News][1][News][News][1][News][1]\n   [News]: https://e.test/n (News)\n[[News]]:[News][1]]";
        CleanPropertiesTest.check(NewsCleaner.builder().add("markdown").build(), text);
        CleanPropertiesTest.check(NewsCleaner.news(), text);
        assertThat(NewsCleaner.builder().add("markdown").build().clean("[a]: [b]\n\n[a] and [b]").text())
                .isEqualTo("[a]: [b]\n\n[a] and [b]");
    }

    /** Credits glued in a row went one per pipeline round, so with keep=true a second run removed more. */
    @Test
    void creditsGluedInARowGoAtOnce() {
        NewsCleaner keep = NewsCleaner.builder("news").option("captions", "keep", "true").build();
        String credits = "(AP Photo/John Smith)".repeat(12);
        assertThat(keep.clean(credits).text()).isEmpty();
        String caption = "Firefighters battle the blaze on Tuesday.";
        CleanResult r = keep.clean(caption + " " + "Jane Doe/Reuters (AP Photo/John Smith)".repeat(6));
        assertThat(r.text()).isEqualTo(caption);
        CleanPropertiesTest.check(keep, caption + " " + "(AP Photo/John Smith)".repeat(9));
    }

    /**
     * A line with thousands of sentence-mode phrases ("Advertisement.") among other words took time
     * quadratic in its matches (640 KB: 46 s; a 10 MB line: hours). Such a line is now judged only
     * as a whole by the phrase heuristics.
     */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aLineFullOfSentencePhrasesIsLinear() {
        String line = "Advertisement. The. ".repeat(500_000);
        assertThat(NewsCleaner.news().clean(line).text()).isEqualTo(line.strip());
        // a few stay decided one by one
        assertThat(NewsCleaner.news().clean("Advertisement. The. ".repeat(3)).text()).doesNotContain("Advertisement");
    }

    /**
     * A line made only of boilerplate phrases took time quadratic in its flags (a 7 MB line of
     * "Advertisement": 97 s), since each new flag was checked against every earlier one.
     */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aLineOfOnlyBoilerplateIsLinear() {
        assertThat(NewsCleaner.news().clean("Advertisement ".repeat(500_000)).text()).isEmpty();
        assertThat(NewsCleaner.news().clean("Share on Facebook ".repeat(500_000)).text()).isEmpty();
    }

    /**
     * Boilerplate phrases of two heuristics taking turns on one line ("Image" is tracking's,
     * "copyright" navigation's) defeated the left-to-right shortcut: 675,000 chars took 78 s
     * under the fuzzer, 2.25 MB 35 s plain. Found by fuzzing.
     */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void phrasesOfTwoHeuristicsTakingTurnsOnALineAreLinear() {
        assertThat(NewsCleaner.news().clean("Image copyright".repeat(500_000)).text()).isEmpty();
        assertThat(NewsCleaner.news().clean("Image copyright ".repeat(3)).text()).isEmpty();
    }

    /**
     * A breadcrumb with much markup glued on was skipped for its raw size, then removed when its
     * cleaned output was cleaned again. Found by fuzzing.
     */
    @Test
    void aBreadcrumbIsJudgedByWhatIsLeftOfItsLine() {
        String text = "Home \u203a World \u203a Europe" + "<img src=\"x.gif\">".repeat(14);
        assertThat(NewsCleaner.news().clean(text).text()).isEmpty();
        CleanPropertiesTest.check(NewsCleaner.news(), text);
        String article = "The council approved the plan on Tuesday after a long debate.";
        assertThat(NewsCleaner.news().clean(article + "<img src=\"x.gif\">".repeat(14)).text()).isEqualTo(article);
    }

    /**
     * The bound on match-by-match decisions counted matches inside markup that tracking had
     * flagged already; cleaned again without that markup, the line was decided differently.
     * Found by fuzzing.
     */
    @Test
    void theMatchBoundCountsOnlyWhatASecondRunWouldSee() {
        String text = "Leia tamb\u00e9mSign up for our newsletterOfficials said the fire was under control."
                + "<img src=\"x.gif\">".repeat(1500) + "fb-pixel";
        CleanPropertiesTest.check(NewsCleaner.news(), text);
    }

    /**
     * A phrase split by text another heuristic flagged ("a [fb-pixel] Lire aussi": the French
     * "à lire aussi") was matched only on the raw text, so the first clean left "a Lire aussi" and
     * the second removed it. Phrases are now matched again on what is left of such a line. Found
     * by the property test.
     */
    @Test
    void aPhraseSplitByFlaggedTextIsSeenInTheFirstClean() {
        NewsCleaner news = NewsCleaner.news();
        assertThat(news.clean("a fb-pixel Lire aussi").text()).isEmpty();
        CleanPropertiesTest.check(news, "a fb-pixel Lire aussi");
        assertThat(news.clean("Related fb-pixel Stories").text()).isEmpty();
        CleanPropertiesTest.check(news, "Related fb-pixel Stories");
        // inside a sentence such a phrase stays, as it does unsplit
        String article = "Officials said the report, which many will read more closely now, was published on Tuesday.";
        assertThat(news.clean(article.replace("read more", "read fb-pixel more")).text()).isEqualTo(article);
        String french = "Le maire a dit qu'il faut lire aussi le rapport publi\u00e9 mardi par la commission.";
        assertThat(news.clean(french.replace("lire aussi", "lire fb-pixel aussi")).text()).isEqualTo(french);
    }

    /** Matching again what is left of lines stays linear on a huge line with many flagged gaps. */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void phrasesAcrossManyFlagsAreLinear() {
        String line = "The council said fb-pixel on Tuesday that the plan fb-pixel would go ahead. ".repeat(100_000);
        assertThat(NewsCleaner.news().clean(line).text()).doesNotContain("fb-pixel").contains("The council said on Tuesday");
        CleanPropertiesTest.check(NewsCleaner.news(), "a fb-pixel Lire aussi ".repeat(200_000));
    }

    /**
     * Heuristics that judged a line by its raw text decided again once flagged text was out of it,
     * so cleaning the output again removed more. Each text here did (found by a fuzzer run outside
     * the build, 100,000 random texts made like {@link CleanPropertiesTest}'s, 7 failures before):
     * a tail after "Read more:" ended in flagged text; markup text between "<ol" and a later '>'
     * became a tag once an inner tag went; a heading's closing hashes hid its links; a number and
     * a phrase were "a tiny line" only without the credit between; a byline started after a tag;
     * flagged text stood between a phrase and its colon.
     */
    @Test
    void linesAreJudgedByWhatTheFlagsLeaveOfThem() {
        NewsCleaner news = NewsCleaner.news();
        for (String text : List.of(
                "The mayor, who took office in 2021, declined to comment. Read more: Skip to main content Skip to main content"
                        + " The council approved the plan on Tuesday. fb-pixel",
                "<ol the mayor said on Tuesday, after the vote <img src=\"x.gif\"> that it was over>",
                "# [News](https://e.test/news) ![A bus](https://e.test/bus.jpg) #",
                "1. Jane Doe/Reuters Lees ook",
                "<img src=\"x.gif\"> by Jane Doe",
                "The council approved the plan. Leia tamb\u00e9m fb-pixel : Fares stay the same",
                "Prices rose. <b &nbsp; data Info> The council met.",
                "Prices rose. <p lead <noscript> > The council met.")) {
            CleanPropertiesTest.check(news, text);
        }
        // prose between '<' and '>' is no tag, with or without markup in it
        assertThat(news.clean("<ol the mayor said on Tuesday, after the vote <img src=\"x.gif\"> that it was over>").text())
                .isEqualTo("<ol the mayor said on Tuesday, after the vote that it was over>");
        assertThat(news.clean("<img src=\"x.gif\"> by Jane Doe").text()).isEmpty();
        // a tag among another's attributes goes with it, as the outer one would once the inner one is out
        assertThat(news.clean("Prices rose. <p class=x <noscript> > The council met.").text())
                .isEqualTo("Prices rose. The council met.");
        // a tag's attributes as pages write them: values quoted or not, a few without values
        assertThat(news.clean("<p class=\"lead\" data-id=7>The council met.</p> <iframe allowfullscreen hidden"
                + " src=\"https://e.test/v\"></iframe>").text()).isEqualTo("The council met.");
    }
}
