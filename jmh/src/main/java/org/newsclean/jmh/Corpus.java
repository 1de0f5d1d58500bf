package org.newsclean.jmh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the evaluation corpus ({@code <source>/<id>/page.html}, {@code gold.txt}, {@code meta.json},
 * {@code scraped.txt}) from where it lives, never from this repository: the pages are third-party
 * content. Located through the system property {@code newsclean.corpus}, else
 * {@code ../shared/corpus} or {@code ../../shared/corpus} from the working directory. Loaded once
 * per JVM and cached; thread-safe.
 */
final class Corpus {
    /** The system property that names the corpus directory. */
    static final String PROPERTY = "newsclean.corpus";

    /** The sources whose pages are HTML, in the order they are read. */
    static final List<String> HTML_SOURCES = List.of("scrapinghub", "readability-pages");

    /** A page of the corpus: its source, id, URL (or empty) and HTML. */
    record Page(String source, String id, String url, String html) {
    }

    private static final Pattern URL = Pattern.compile("\"url\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern TITLE = Pattern.compile("\"title\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    private static volatile Corpus loaded;

    private final Path root;
    private final List<Page> pages;
    private final List<String> golds;
    private final List<String> titles;
    private final List<String> scraped;

    private Corpus(Path root) throws IOException {
        this.root = root;
        List<Page> ps = new ArrayList<>();
        List<String> gs = new ArrayList<>();
        List<String> ts = new ArrayList<>();
        List<String> ss = new ArrayList<>();
        if (root != null) {
            for (String source : HTML_SOURCES) {
                for (Path dir : dirs(root.resolve(source))) {
                    String meta = read(dir.resolve("meta.json"));
                    Path page = dir.resolve("page.html");
                    if (Files.isRegularFile(page)) {
                        ps.add(new Page(source, dir.getFileName().toString(), field(URL, meta), read(page)));
                    }
                    Path gold = dir.resolve("gold.txt");
                    if (Files.isRegularFile(gold)) {
                        gs.add(read(gold));
                        ts.add(field(TITLE, meta));
                    }
                }
            }
            for (Path dir : dirs(root.resolve("seed"))) {
                Path s = dir.resolve("scraped.txt");
                if (Files.isRegularFile(s)) {
                    ss.add(read(s));
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
                    try {
                        c = new Corpus(locate());
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read the corpus: " + e.getMessage(), e);
                    }
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
    List<Page> pages() {
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

    private static List<Path> dirs(Path parent) throws IOException {
        if (!Files.isDirectory(parent)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(parent)) {
            return s.filter(Files::isDirectory).sorted().toList();
        }
    }

    private static String read(Path p) throws IOException {
        return Files.isRegularFile(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
    }

    private static String field(Pattern p, String json) {
        Matcher m = p.matcher(json);
        return m.find() ? m.group(1).replace("\\\"", "\"").replace("\\/", "/").replace("\\\\", "\\") : "";
    }
}
