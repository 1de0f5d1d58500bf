package org.newsclean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Meta-tests: every heuristic is registered and named consistently; the phrase lists are sound. */
class RegistryTest {
    private static final List<String> PHRASE_FILES = List.of("tracking.txt", "navigation.txt", "ads.txt", "share.txt",
            "newsletter.txt", "related.txt", "cookies.txt", "comments.txt", "furniture.txt");

    @Test
    void everyProviderMakesAHeuristicOfItsOwnName() {
        for (HeuristicProvider p : Registry.providers().values()) {
            Heuristic h = p.create(p.options());
            assertThat(h.name()).isEqualTo(p.name());
            assertThat(p.name()).matches("[a-z][a-z0-9-]*");
            assertThat(p.description()).isNotBlank();
        }
    }

    @Test
    void presetsNameRegisteredHeuristics() {
        assertThat(NewsCleaner.presets()).containsKeys("news", "article", "minimal");
        List<String> withoutPageBlocks = new java.util.ArrayList<>(NewsCleaner.presets().get("news"));
        withoutPageBlocks.remove("page-blocks");
        assertThat(NewsCleaner.presets().get("article")).isEqualTo(withoutPageBlocks).isNotEqualTo(NewsCleaner.presets().get("news"));
        NewsCleaner.presets().forEach((preset, names) -> assertThat(Registry.providers().keySet()).as(preset).containsAll(names));
        assertThat(NewsCleaner.presets().get("news")).containsAll(
                Registry.builtins().stream().map(HeuristicProvider::name).toList());
    }

    @Test
    void phraseListsCoverSevenLanguagesAndNoPhraseHidesAnother() throws IOException {
        Map<String, String> firstFile = new HashMap<>();
        for (String file : PHRASE_FILES) {
            Set<String> langs = new HashSet<>(Set.of("en"));
            try (InputStream in = PhraseBook.class.getResourceAsStream("phrases/" + file)) {
                assertThat(in).as(file).isNotNull();
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    line = line.strip();
                    if (line.startsWith("@lang ")) {
                        langs.add(line.substring(6).strip());
                    } else if (!line.isEmpty() && !line.startsWith("#")) {
                        String phrase = PhraseBook.fold(line.substring(line.indexOf(' ') + 1).strip());
                        String before = firstFile.putIfAbsent(phrase, file + ": " + line);
                        // the index keeps one entry per phrase, so a second one would silently never apply
                        assertThat(before).as("'%s' in %s is listed before as %s", phrase, file, before).isNull();
                    }
                }
            }
            assertThat(langs).as(file).contains("en", "de", "fr", "es", "it", "pt", "nl");
        }
        // and each list loads (modes are valid)
        for (String file : PHRASE_FILES) {
            assertThat(PhraseBook.load(file, Category.OTHER, "test")).as(file).isNotEmpty();
        }
    }
}
