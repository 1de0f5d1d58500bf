package org.newsclean.jmh;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.newsclean.corpus.Document;
import org.newsclean.corpus.Residue;

/**
 * The benchmarks' input sets, built once per JVM from the {@link Corpus} (or from
 * {@link Synthetic} stand-ins when no corpus is found) and cached. Thread-safe.
 */
final class Inputs {
    /** One input document: a name, its text (or HTML), its URL (or empty) and its size in UTF-8 bytes. */
    record Doc(String name, String text, String url, int bytes) {
        Doc(String name, String text, String url) {
            this(name, text, url, utf8Length(text));
        }
    }

    private static final Map<String, List<Doc>> CACHE = new ConcurrentHashMap<>();

    private Inputs() {
    }

    /**
     * @param name an input set: {@code scraped} (seed-like scraped text), {@code page-text} (whole
     *     visible text of each page), {@code html} (the pages), or the project's own corpus:
     *     {@code own-text}, {@code own-page} (scraped text) and {@code own-html}
     * @return the set's documents
     * @throws IllegalArgumentException for another name
     */
    static List<Doc> named(String name) {
        return switch (name) {
            case "scraped" -> scraped();
            case "page-text" -> pageText();
            case "html" -> html();
            case "own-text", "own-page", "own-html" -> own(name);
            default -> throw new IllegalArgumentException("unknown input set '" + name
                    + "'; valid: scraped, page-text, html, own-text, own-page, own-html");
        };
    }

    /** @return the seed's scraped text, then every gold article decorated with scraper residue */
    static List<Doc> scraped() {
        return cached("scraped", () -> {
            Corpus c = Corpus.get();
            List<Doc> docs = new ArrayList<>();
            for (int i = 0; i < c.scraped().size(); i++) {
                docs.add(new Doc("seed-" + i, c.scraped().get(i), ""));
            }
            List<String> articles = new ArrayList<>(c.golds());
            List<String> titles = new ArrayList<>(c.titles());
            if (articles.isEmpty()) {
                for (int i = 0; i < 60; i++) {
                    articles.add(Synthetic.article(i, 6 + i % 20));
                    titles.add("Synthetic headline number " + i);
                }
            }
            for (int i = 0; i < articles.size(); i++) {
                String other = titles.get((i + 1) % titles.size());
                docs.add(new Doc("residue-" + i, Residue.decorate(articles.get(i), titles.get(i), other, i), ""));
            }
            return docs;
        });
    }

    /** @return each page's whole visible text, one block per line (see {@link PageText}) */
    static List<Doc> pageText() {
        return cached("page-text", () -> {
            List<Doc> docs = new ArrayList<>();
            for (Doc page : html()) {
                String t = PageText.of(page.text(), page.url());
                if (!t.isBlank()) {
                    docs.add(new Doc(page.name(), t, page.url()));
                }
            }
            return docs;
        });
    }

    /**
     * @param source one of {@link Corpus#OWN_SOURCES}
     * @return the project's own documents of that source (their scraped text, or their HTML and URL)
     * @throws IllegalStateException when {@code corpus/docs} is not found
     */
    static List<Doc> own(String source) {
        return cached(source, () -> {
            List<Doc> docs = new ArrayList<>();
            for (Document d : Corpus.own(source)) {
                docs.add(new Doc(d.key(), d.input(), Corpus.orEmpty(d.url())));
            }
            if (docs.isEmpty()) {
                throw new IllegalStateException("no " + source + " documents: run from the repository root, "
                        + "or give -D" + Corpus.DOCS_PROPERTY + "=<path to corpus/docs>");
            }
            return docs;
        });
    }

    /** @return the corpus pages (scrapinghub, then readability-pages) */
    static List<Doc> html() {
        return cached("html", () -> {
            List<Doc> docs = new ArrayList<>();
            for (Document p : Corpus.get().pages()) {
                docs.add(new Doc(p.key(), p.input(), Corpus.orEmpty(p.url())));
            }
            if (docs.isEmpty()) {
                for (int i = 0; i < 60; i++) {
                    docs.add(new Doc("synthetic-" + i, Synthetic.page("Synthetic headline " + i,
                            Synthetic.article(i, 6 + i % 20), i), "https://example.com/" + i));
                }
            }
            return docs;
        });
    }

    /**
     * Scraped text of at least {@code minBytes}: the scraped documents one after the other, again
     * and again; from the second pass on, the letters of every word of four ASCII letters or more
     * are shifted by the pass number ({@link #shiftLetters}), so that no pass repeats another's
     * lines or passages. (Rotating each line's words, as this did before, kept most 8-word runs: a
     * document of several passes then held long repeated passages that one pass alone does not, and
     * the duplicate heuristics removed more than half of a 10 MB document, a different job from
     * cleaning ten documents of 1 MB.)
     *
     * @param minBytes the least size, in UTF-8 bytes
     * @return the text
     */
    static String stream(long minBytes) {
        List<Doc> docs = scraped();
        StringBuilder sb = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 16, minBytes + minBytes / 8));
        long bytes = 0;
        for (int pass = 0; bytes < minBytes; pass++) {
            for (Doc d : docs) {
                String t = pass == 0 ? d.text() : shiftLetters(d.text(), pass);
                sb.append(t).append("\n\n");
                bytes += utf8Length(t) + 2;
                if (bytes >= minBytes) {
                    break;
                }
            }
        }
        return sb.toString();
    }

    /**
     * Cuts text into consecutive pieces of about {@code size} UTF-8 bytes each, each cut moved
     * forward to the next whitespace. A last piece shorter than half the size is dropped.
     *
     * @param text the text
     * @param size the piece size in bytes
     * @return the pieces
     */
    static List<Doc> chunks(String text, int size) {
        List<Doc> out = new ArrayList<>();
        int start = 0;
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            bytes += charBytes(text, i);
            if (bytes >= size && Character.isWhitespace(text.charAt(i))) {
                out.add(new Doc("chunk-" + out.size(), text.substring(start, i + 1), ""));
                start = i + 1;
                bytes = 0;
            }
        }
        if (bytes >= size / 2) {
            out.add(new Doc("chunk-" + out.size(), text.substring(start), ""));
        }
        return out;
    }

    /**
     * Parses a size such as {@code 1KB}, {@code 100KB}, {@code 1MB} (binary units) or a plain byte count.
     *
     * @param s the size
     * @return bytes
     */
    static int parseSize(String s) {
        String u = s.strip().toUpperCase(java.util.Locale.ROOT);
        if (u.endsWith("MB")) {
            return Integer.parseInt(u.substring(0, u.length() - 2).strip()) << 20;
        }
        if (u.endsWith("KB")) {
            return Integer.parseInt(u.substring(0, u.length() - 2).strip()) << 10;
        }
        return Integer.parseInt(u.endsWith("B") ? u.substring(0, u.length() - 1).strip() : u);
    }

    static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    private static int charBytes(String s, int i) {
        char c = s.charAt(i);
        if (c < 0x80) {
            return 1;
        }
        if (c < 0x800) {
            return 2;
        }
        return Character.isSurrogate(c) ? 2 : 3;
    }

    private static final String VOWELS = "aeiou";
    private static final String CONSONANTS = "bcdfghjklmnpqrstvwxyz";

    /**
     * Shifts the letters of every run of four ASCII letters or more: consonants by {@code pass}
     * among the consonants, vowels among the vowels, case kept ("Advertisement", pass 1: "Efwisvotinipv").
     * Shorter words (most function words: "the", "of", "and") and everything else stay; so do the
     * lengths of words and lines. Two passes below 105 never shift a word alike.
     *
     * @param text the text
     * @param pass the pass number, 1 or more
     * @return the shifted text
     */
    static String shiftLetters(String text, int pass) {
        int consonantShift = pass % CONSONANTS.length();
        int vowelShift = (pass / CONSONANTS.length() + pass) % VOWELS.length();
        char[] c = text.toCharArray();
        int i = 0;
        while (i < c.length) {
            int s = i;
            while (i < c.length && c[i] < 128 && Character.isLetter(c[i])) {
                i++;
            }
            if (i - s >= 4) {
                for (int k = s; k < i; k++) {
                    char low = Character.toLowerCase(c[k]);
                    int v = VOWELS.indexOf(low);
                    char shifted = v >= 0 ? VOWELS.charAt((v + vowelShift) % VOWELS.length())
                            : CONSONANTS.charAt((CONSONANTS.indexOf(low) + consonantShift) % CONSONANTS.length());
                    c[k] = Character.isUpperCase(c[k]) ? Character.toUpperCase(shifted) : shifted;
                }
            }
            if (i == s) {
                i++;
            }
        }
        return new String(c);
    }

    private static List<Doc> cached(String key, Supplier<List<Doc>> make) {
        List<Doc> docs = CACHE.get(key);
        if (docs == null) {
            synchronized (Inputs.class) {
                docs = CACHE.get(key);
                if (docs == null) {
                    docs = Collections.unmodifiableList(make.get());
                    CACHE.put(key, docs);
                }
            }
        }
        return docs;
    }
}
