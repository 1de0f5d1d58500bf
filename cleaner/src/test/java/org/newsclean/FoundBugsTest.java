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
     * A line made only of boilerplate phrases took time quadratic in its flags (a 7 MB line of
     * "Advertisement": 97 s), since each new flag was checked against every earlier one.
     */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aLineOfOnlyBoilerplateIsLinear() {
        assertThat(NewsCleaner.news().clean("Advertisement ".repeat(500_000)).text()).isEmpty();
        assertThat(NewsCleaner.news().clean("Share on Facebook ".repeat(500_000)).text()).isEmpty();
    }
}
