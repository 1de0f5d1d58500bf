package org.newsclean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
}
