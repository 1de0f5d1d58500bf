package org.newsclean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExplainTest {
    @Test
    void removalsPointIntoTheInput() {
        String in = "Advertisement\n\nThe vote was close. Advertisement The routes start in May.";
        CleanResult r = NewsCleaner.news().clean(in);
        assertThat(r.source()).isEqualTo(in);
        assertThat(r.removals()).hasSize(2);
        for (Removal x : r.removals()) {
            assertThat(in.substring(x.start(), x.end())).isEqualTo(x.text());
            assertThat(x.origin()).isEqualTo(Removal.Origin.TEXT);
            assertThat(x.reason()).isNotBlank();
        }
        assertThat(r.removals().get(1).reason()).isEqualTo("advertisement label standing as its own sentence");
    }

    @Test
    void textAndJsonRenderings() {
        CleanResult r = NewsCleaner.news().clean("Share\n\nBody.");
        assertThat(r.explain()).isEqualTo("text 0-5\tshare\tshare\tshare-bar label (a line of boilerplate phrases)\t\"Share\"\n");
        assertThat(r.explainJson()).isEqualTo("[{\"origin\":\"text\",\"start\":0,\"end\":5,\"heuristic\":\"share\","
                + "\"category\":\"share\",\"reason\":\"share-bar label (a line of boilerplate phrases)\",\"text\":\"Share\"}]");
        assertThat(r.removals().get(0).toString()).isEqualTo("text[0,5) share share: share-bar label (a line of boilerplate phrases) \"Share\"");
    }
}
