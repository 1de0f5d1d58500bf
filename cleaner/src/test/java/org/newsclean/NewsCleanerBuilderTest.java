package org.newsclean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class NewsCleanerBuilderTest {
    private static final String DOC = "Skip to main content\n\nCity opens new library\n\nAdvertisement\n\n"
            + "The library on Elm Street opened on Saturday with 40,000 books and a rooftop reading garden.\n\n"
            + "Share on Facebook Share on Twitter Email";

    /** A user's heuristic: flags lines written in capitals only. */
    static final class ShoutingLines implements Heuristic {
        @Override
        public String name() {
            return "shouting";
        }

        @Override
        public void apply(TextDocument doc, Flags flags) {
            for (Line line : doc.lines()) {
                String t = line.text();
                if (t.length() > 3 && t.equals(t.toUpperCase(java.util.Locale.ROOT)) && !t.equals(t.toLowerCase(java.util.Locale.ROOT))) {
                    flags.line(line, Category.OTHER, "a line in capitals only");
                }
            }
        }
    }

    @Test
    void newsPresetRunsTheBuiltInsInOrder() {
        assertThat(NewsCleaner.news().heuristics()).containsExactly("markdown", "tracking", "navigation", "ads", "share",
                "newsletter", "related", "cookies", "comments", "furniture", "captions", "bylines", "duplicates", "page-blocks");
        assertThat(NewsCleaner.news().toString())
                .isEqualTo("NewsCleaner[markdown > tracking > navigation > ads > share > newsletter > related > cookies > comments > furniture > captions > bylines > duplicates > page-blocks]");
    }

    @Test
    void removeDropsAHeuristic() {
        NewsCleaner c = NewsCleaner.builder("news").remove("ads").build();
        assertThat(c.heuristics()).doesNotContain("ads");
        assertThat(c.clean(DOC).text()).contains("Advertisement");
        assertThat(NewsCleaner.news().clean(DOC).text()).doesNotContain("Advertisement");
    }

    @Test
    void addAUserHeuristicAndFindItsRemovals() {
        NewsCleaner c = NewsCleaner.builder("news").add(new ShoutingLines()).build();
        CleanResult r = c.clean("FLOOD WATCH\n\nThe river rose two metres overnight and the bridge was closed.");
        assertThat(r.text()).isEqualTo("The river rose two metres overnight and the bridge was closed.");
        assertThat(r.removals()).singleElement().satisfies(x -> {
            assertThat(x.heuristic()).isEqualTo("shouting");
            assertThat(x.category()).isEqualTo(Category.OTHER);
            assertThat(x.text()).isEqualTo("FLOOD WATCH");
        });
    }

    @Test
    void replaceKeepsThePlace() {
        NewsCleaner c = NewsCleaner.builder("news").replace("share", new ShoutingLines()).build();
        assertThat(c.heuristics()).containsExactly("markdown", "tracking", "navigation", "ads", "shouting", "newsletter",
                "related", "cookies", "comments", "furniture", "captions", "bylines", "duplicates", "page-blocks");
    }

    @Test
    void reorder() {
        NewsCleaner c = NewsCleaner.builder("news").moveBefore("duplicates", "tracking").moveAfter("ads", "cookies").build();
        assertThat(c.heuristics()).containsExactly("markdown", "duplicates", "tracking", "navigation", "share", "newsletter",
                "related", "cookies", "ads", "comments", "furniture", "captions", "bylines", "page-blocks");
        NewsCleaner d = NewsCleaner.builder("minimal").addBefore("navigation", new ShoutingLines()).build();
        assertThat(d.heuristics()).containsExactly("markdown", "tracking", "shouting", "navigation");
    }

    @Test
    void optionsConfigureAndShowInToString() {
        NewsCleaner c = NewsCleaner.builder("news").option("captions", "keep", "true").build();
        assertThat(c.toString()).contains("captions{keep=true}");
        NewsCleaner d = NewsCleaner.builder().add("duplicates", Map.of("min-words", "2")).build();
        assertThat(d.clean("Two words\n\nTwo words").text()).isEqualTo("Two words");
        assertThat(NewsCleaner.builder().add("duplicates").build().clean("Two words\n\nTwo words").text())
                .isEqualTo("Two words\n\nTwo words");
    }

    @Test
    void optionsWrittenAsOneString() {
        assertThat(NewsCleaner.builder("news").option("captions.keep=true").build().toString()).contains("captions{keep=true}");
        assertThatThrownBy(() -> NewsCleaner.builder("news").option("captions.keep"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("HEURISTIC.KEY=VALUE");
        assertThatThrownBy(() -> NewsCleaner.builder("news").option("captions.colour=red"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no option 'colour'");
    }

    @Test
    void languageGuess() {
        assertThat(NewsCleaner.guessLanguage("Le conseil municipal a approuv\u00e9 le budget mardi soir, et la ville "
                + "commencera les travaux dans les prochaines semaines.")).isEqualTo("fr");
        assertThat(NewsCleaner.guessLanguage("12 34 56")).isNull();
    }

    @Test
    void badOptionsAreClearErrors() {
        assertThatThrownBy(() -> NewsCleaner.builder("news").option("captions", "colour", "red"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no option 'colour'").hasMessageContaining("keep");
        assertThatThrownBy(() -> NewsCleaner.builder("news").option("captions", "keep", "maybe").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'keep' must be true or false");
        assertThatThrownBy(() -> NewsCleaner.builder().add(new ShoutingLines()).option("shouting", "x", "y"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("added as an instance");
    }

    @Test
    void unknownNamesListTheValidOnes() {
        assertThatThrownBy(() -> NewsCleaner.builder().add("adverts"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown heuristic 'adverts'")
                .hasMessageContaining("ads").hasMessageContaining("captions").hasMessageContaining("tracking");
        assertThatThrownBy(() -> NewsCleaner.builder("newz"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("news").hasMessageContaining("minimal");
        assertThatThrownBy(() -> NewsCleaner.builder("minimal").remove("ads"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("markdown, tracking, navigation");
    }

    @Test
    void duplicateNamesAreRejected() {
        assertThatThrownBy(() -> NewsCleaner.builder("news").add("ads"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already has");
    }

    @Test
    void providersOnTheClassPathAreFoundByName() {
        // registered in src/test/resources/META-INF/services/org.newsclean.HeuristicProvider
        assertThat(NewsCleaner.availableHeuristics()).containsKey("example-bracketed");
        NewsCleaner c = NewsCleaner.builder("news").add("example-bracketed").build();
        CleanResult r = c.clean("[Editor's note: corrected]\n\nThe mayor resigned on Friday after a week of protests.");
        assertThat(r.text()).isEqualTo("The mayor resigned on Friday after a week of protests.");
        assertThat(r.removals()).extracting(Removal::heuristic).containsExactly("example-bracketed");
    }

    @Test
    void toBuilderStartsFromTheSamePipeline() {
        NewsCleaner a = NewsCleaner.builder("news").option("captions", "keep", "true").build();
        NewsCleaner b = a.toBuilder().remove("duplicates").build();
        assertThat(b.heuristics()).containsExactly("markdown", "tracking", "navigation", "ads", "share", "newsletter",
                "related", "cookies", "comments", "furniture", "captions", "bylines", "page-blocks");
        assertThat(b.toString()).contains("captions{keep=true}");
        assertThat(a.heuristics()).contains("duplicates");
    }

    @Test
    void anEmptyPipelineOnlyTidiesWhitespace() {
        NewsCleaner c = NewsCleaner.builder().build();
        assertThat(c.clean("  One.  \n\n\n\nTwo.\n").text()).isEqualTo("One.\n\nTwo.");
        assertThat(c.clean(DOC).removals()).isEmpty();
    }

    @Test
    void sizeLimitIsAClearError() {
        NewsCleaner c = NewsCleaner.builder("news").maxInputChars(10).build();
        assertThatThrownBy(() -> c.clean("This text is longer than ten chars."))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit of 10 chars");
        assertThatThrownBy(() -> NewsCleaner.news().clean(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("text");
    }
}
