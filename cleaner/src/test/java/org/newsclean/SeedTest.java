package org.newsclean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The seed document of the shared corpus must clean to exactly its gold. */
class SeedTest {
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    @Test
    void seedCleansToItsGold() throws IOException {
        Path corpus = TestTexts.sharedCorpus();
        assumeTrue(corpus != null, "../shared/corpus is not here");
        Path dir = corpus.resolve("seed/bostonglobe-iraq-troops");
        String scraped = Files.readString(dir.resolve("scraped.txt"), StandardCharsets.UTF_8);
        String gold = Files.readString(dir.resolve("gold.txt"), StandardCharsets.UTF_8);

        CleanResult result = NewsCleaner.news().clean(scraped);

        assertThat(tokens(result.text())).isEqualTo(tokens(gold));
        assertThat(result.text()).isEqualTo(gold.strip());
        assertThat(result.removals()).extracting(Removal::heuristic)
                .containsExactly("tracking", "navigation", "captions", "captions", "captions");
        assertThat(result.removals()).extracting(Removal::category)
                .containsExactly(Category.TRACKING, Category.NAVIGATION, Category.CAPTION, Category.CAPTION, Category.CREDIT);
    }

    @Test
    void keepingCaptionsLeavesOneCleanCopy() throws IOException {
        Path corpus = TestTexts.sharedCorpus();
        assumeTrue(corpus != null, "../shared/corpus is not here");
        String scraped = Files.readString(corpus.resolve("seed/bostonglobe-iraq-troops/scraped.txt"), StandardCharsets.UTF_8);

        String text = NewsCleaner.builder("news").option("captions", "keep", "true").build().clean(scraped).text();

        // the caption is the line that the next line repeats with a credit glued on
        String[] lines = scraped.split("\n");
        String caption = null;
        for (int i = 0; i + 1 < lines.length && caption == null; i++) {
            if (!lines[i].isBlank() && lines[i + 1].startsWith(lines[i]) && lines[i + 1].length() > lines[i].length()) {
                caption = lines[i];
            }
        }
        assertThat(caption).isNotNull();
        assertThat(text.indexOf(caption)).isNotNegative().isEqualTo(text.lastIndexOf(caption));
        assertThat(text).doesNotContain("/Associated Press");
    }
}
