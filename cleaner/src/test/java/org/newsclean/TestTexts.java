package org.newsclean;

import java.nio.file.Files;
import java.nio.file.Path;

/** Helpers shared by the tests. */
final class TestTexts {
    private TestTexts() {
    }

    /** @return the shared evaluation corpus, or null when this checkout has none beside it */
    static Path sharedCorpus() {
        String prop = System.getProperty("newsclean.corpus");
        if (prop != null && Files.isDirectory(Path.of(prop))) {
            return Path.of(prop);
        }
        for (String p : new String[] {"../shared/corpus", "../../shared/corpus"}) {
            if (Files.isDirectory(Path.of(p))) {
                return Path.of(p);
            }
        }
        return null;
    }

    static CleanResult clean(String text) {
        return NewsCleaner.news().clean(text);
    }

    /** @return the cleaned text of a pipeline holding the one named heuristic */
    static CleanResult only(String heuristic, String text) {
        return NewsCleaner.builder().add(heuristic).build().clean(text);
    }
}
