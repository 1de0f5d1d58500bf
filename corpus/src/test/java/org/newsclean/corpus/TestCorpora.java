package org.newsclean.corpus;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the tests find the shared corpus and the project's own corpus. */
final class TestCorpora {
    private TestCorpora() {
    }

    /** @return {@code ../shared/corpus} (system property {@code newsclean.corpus}, else relative to the repo root), or null */
    static Path shared() {
        String p = System.getProperty("newsclean.corpus");
        for (String c : new String[] {p, "../../shared/corpus", "../shared/corpus"}) {
            if (c != null && Files.isDirectory(Path.of(c, "scrapinghub"))) {
                return Path.of(c);
            }
        }
        return null;
    }

    /** @return the project's own corpus, {@code corpus/docs} (system property {@code newsclean.docs}), or null when it has no documents */
    static Path own() {
        String p = System.getProperty("newsclean.docs");
        for (String c : new String[] {p, "docs", "corpus/docs"}) {
            if (c != null && Files.isDirectory(Path.of(c)) && !Corpus.read(Path.of(c)).isEmpty()) {
                return Path.of(c);
            }
        }
        return null;
    }
}
