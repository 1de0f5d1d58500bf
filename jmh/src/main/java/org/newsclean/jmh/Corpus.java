package org.newsclean.jmh;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.newsclean.corpus.Document;

/**
 * The evaluation corpus as the benchmarks use it, read with the corpus module's
 * {@link org.newsclean.corpus.Corpus} from where it lives, never from this repository: the pages
 * are third-party content. Located through the system property {@code newsclean.corpus}, else
 * {@code ../shared/corpus} or {@code ../../shared/corpus} from the working directory. Loaded once
 * per JVM and cached; thread-safe.
 */
final class Corpus {
    /** The system property that names the corpus directory. */
    static final String PROPERTY = "newsclean.corpus";

    /** The sources whose pages are HTML, in the order they are read. */
    static final List<String> HTML_SOURCES = List.of("scrapinghub", "readability-pages");

    /** The system property that names the project's own corpus directory ({@code corpus/docs}). */
    static final String DOCS_PROPERTY = "newsclean.docs";

    /** The sources of the project's own corpus. */
    static final List<String> OWN_SOURCES = List.of("own-text", "own-page", "own-html");

    /** The source whose documents are scraped text. */
    static final String TEXT_SOURCE = "seed";

    private static volatile Corpus loaded;

    private final Path root;
    private final List<Document> pages;
    private final List<String> golds;
    private final List<String> titles;
    private final List<String> scraped;

    private Corpus(Path root) {
        this.root = root;
        List<Document> ps = new ArrayList<>();
        List<String> gs = new ArrayList<>();
        List<String> ts = new ArrayList<>();
        List<String> ss = new ArrayList<>();
        if (root != null) {
            for (String source : HTML_SOURCES) {
                for (Document d : read(root, source)) {
                    if (d.isHtml()) {
                        ps.add(d);
                    }
                    if (d.gold() != null) {
                        gs.add(d.gold());
                        ts.add(orEmpty(d.title()));
                    }
                }
            }
            for (Document d : read(root, TEXT_SOURCE)) {
                if (!d.isHtml()) {
                    ss.add(d.input());
                }
            }
        }
        this.pages = Collections.unmodifiableList(ps);
        this.golds = Collections.unmodifiableList(gs);
        this.titles = Collections.unmodifiableList(ts);
        this.scraped = Collections.unmodifiableList(ss);
    }

    /** @return the corpus, loaded on first use; empty (and {@link #root()} null) when none is found */
    static Corpus get() {
        Corpus c = loaded;
        if (c == null) {
            synchronized (Corpus.class) {
                c = loaded;
                if (c == null) {
                    c = new Corpus(locate());
                    loaded = c;
                }
            }
        }
        return c;
    }

    /** @return the corpus directory, or null when neither the property nor a default location names one */
    static Path locate() {
        String p = System.getProperty(PROPERTY);
        if (p != null && !p.isBlank()) {
            Path dir = Paths.get(p);
            if (!Files.isDirectory(dir)) {
                throw new IllegalStateException("-D" + PROPERTY + "=" + p + " is not a directory");
            }
            return dir.toAbsolutePath().normalize();
        }
        for (String candidate : List.of("../shared/corpus", "../../shared/corpus")) {
            Path dir = Paths.get(candidate);
            if (Files.isDirectory(dir)) {
                return dir.toAbsolutePath().normalize();
            }
        }
        return null;
    }

    /** @return where the corpus was read from, or null */
    Path root() {
        return root;
    }

    /** @return the HTML pages, scrapinghub first, each source in id order */
    List<Document> pages() {
        return pages;
    }

    /** @return the human gold texts (article bodies), in page order */
    List<String> golds() {
        return golds;
    }

    /** @return the titles of the gold texts' pages (empty when unknown), parallel to {@link #golds()} */
    List<String> titles() {
        return titles;
    }

    /** @return the scraped-text inputs of the seed source */
    List<String> scraped() {
        return scraped;
    }

    /**
     * The project's own corpus ({@code corpus/docs}: hand-written documents, committed with the
     * project), found through {@code -Dnewsclean.docs}, else {@code corpus/docs} or
     * {@code ../corpus/docs} from the working directory.
     *
     * @param source one of {@link #OWN_SOURCES}
     * @return its documents in id order; none when the directory is not found
     */
    static List<Document> own(String source) {
        String p = System.getProperty(DOCS_PROPERTY);
        List<String> candidates = p != null && !p.isBlank() ? List.of(p) : List.of("corpus/docs", "../corpus/docs");
        for (String c : candidates) {
            Path dir = Paths.get(c);
            if (Files.isDirectory(dir)) {
                return read(dir.toAbsolutePath().normalize(), source);
            }
        }
        return List.of();
    }

    /** @return the source's documents in id order, none when the corpus has no such source */
    private static List<Document> read(Path root, String source) {
        Path dir = root.resolve(source);
        return Files.isDirectory(dir) ? org.newsclean.corpus.Corpus.read(dir) : List.of();
    }

    static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
