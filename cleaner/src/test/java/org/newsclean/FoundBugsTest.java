package org.newsclean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Regression tests for bugs found by fuzzing and adversarial input, one per bug. */
class FoundBugsTest {

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
}
