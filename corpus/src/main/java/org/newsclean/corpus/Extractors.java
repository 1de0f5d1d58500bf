package org.newsclean.corpus;

import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.util.Locale;
import java.util.Objects;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.newsclean.CleanResult;
import org.newsclean.NewsCleaner;

/**
 * The extractors the evaluation knows: newsclean in each {@link Mode}, and the baselines
 * Boilerpipe's ArticleExtractor, the raw page text and Readability4J. Stateless and thread-safe.
 */
public final class Extractors {
    private Extractors() {
    }

    /** What newsclean is given to clean. */
    public enum Mode {
        /** The page's HTML, through {@link NewsCleaner#cleanHtml(String, String)}; scraped-text inputs are cleaned as text. */
        HTML,
        /** The document's text: scraped text as stored, or an HTML page's {@link PageText page text}. */
        TEXT,
        /** Only HTML pages, turned into their {@link PageText page text} and cleaned as text. */
        PAGE_TEXT,
        /** Only HTML pages: Readability4J's {@code textContent} of the page, cleaned as text. */
        READABILITY,
        /**
         * Only documents with gold: the gold article decorated with scraper residue by {@link
         * Residue} (seeded by the document's id), cleaned as text; what an extractor's output
         * with its leftovers looks like, when the article itself is known.
         */
        RESIDUE;

        /** @return the mode's command-line name, e.g. {@code page-text} */
        public String cliName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /**
         * @param name a command-line name such as {@code page-text}
         * @return the mode
         * @throws IllegalArgumentException for an unknown name; the message lists the valid ones
         */
        public static Mode of(String name) {
            for (Mode m : values()) {
                if (m.cliName().equals(name)) {
                    return m;
                }
            }
            StringBuilder valid = new StringBuilder();
            for (Mode m : values()) {
                valid.append(valid.length() == 0 ? "" : ", ").append(m.cliName());
            }
            throw new IllegalArgumentException("unknown mode '" + name + "'; valid modes: " + valid);
        }
    }

    /**
     * @param cleaner the cleaner to score, in any configuration
     * @param mode what it is given
     * @return an extractor named {@code newsclean <mode>} whose output carries the removals
     */
    public static Extractor newsclean(NewsCleaner cleaner, Mode mode) {
        return newsclean("newsclean " + mode.cliName(), cleaner, mode);
    }

    /**
     * @param name the name for reports
     * @param cleaner the cleaner to score
     * @param mode what it is given
     * @return an extractor whose output carries the cleaner's removals
     */
    public static Extractor newsclean(String name, NewsCleaner cleaner, Mode mode) {
        Objects.requireNonNull(cleaner, "cleaner");
        Objects.requireNonNull(mode, "mode");
        return new Named(name) {
            @Override
            public Output extract(Document doc) {
                CleanResult r;
                switch (mode) {
                    case HTML:
                        r = doc.isHtml() ? cleaner.cleanHtml(doc.input(), doc.url()) : cleaner.clean(doc.input());
                        break;
                    case TEXT:
                        r = cleaner.clean(doc.text());
                        break;
                    case PAGE_TEXT:
                        if (!doc.isHtml()) {
                            return null;
                        }
                        r = cleaner.clean(doc.text());
                        break;
                    case READABILITY:
                        if (!doc.isHtml()) {
                            return null;
                        }
                        r = cleaner.clean(doc.readabilityText());
                        break;
                    case RESIDUE:
                        if (doc.gold() == null) {
                            return null;
                        }
                        r = cleaner.clean(residueText(doc));
                        break;
                    default:
                        throw new AssertionError(mode);
                }
                return new Output(r.text(), r.source(), r.removals());
            }
        };
    }

    /** @return Boilerpipe's {@code ArticleExtractor} on the page's HTML; not applicable to text inputs */
    public static Extractor boilerpipe() {
        return new Named("boilerpipe ArticleExtractor") {
            @Override
            public Output extract(Document doc) throws BoilerpipeProcessingException {
                if (!doc.isHtml()) {
                    return null;
                }
                String t = ArticleExtractor.INSTANCE.getText(doc.input());
                return Output.of(t == null ? "" : t);
            }
        };
    }

    /** @return the uncleaned input text: the page text of an HTML page, or the scraped text (the whole-page baseline) */
    public static Extractor uncleaned() {
        return new Named("uncleaned text") {
            @Override
            public Output extract(Document doc) {
                return Output.of(doc.text());
            }
        };
    }

    /** @return the gold article decorated with residue ({@link Mode#RESIDUE}), uncleaned; only documents with gold */
    public static Extractor uncleanedResidue() {
        return new Named("uncleaned residue") {
            @Override
            public Output extract(Document doc) {
                return doc.gold() == null ? null : Output.of(residueText(doc));
            }
        };
    }

    /** @return the input of {@link Mode#RESIDUE} for a document with gold */
    static String residueText(Document doc) {
        return Residue.decorate(doc.gold(), doc.title() == null ? "" : doc.title(), doc.key());
    }

    /** @return Readability4J's {@code textContent} of the page, uncleaned; not applicable to text inputs */
    public static Extractor readabilityRaw() {
        return new Named("readability4j raw") {
            @Override
            public Output extract(Document doc) {
                return doc.isHtml() ? Output.of(doc.readabilityText()) : null;
            }
        };
    }

    /** Runs Readability4J; empty text when it finds no article or throws. */
    static String readability4j(String html, String url) {
        try {
            Article a = new Readability4J(url == null ? "" : url, html).parse();
            String t = a.getTextContent();
            return t == null ? "" : t;
        } catch (RuntimeException | StackOverflowError e) {
            return "";
        }
    }

    /** An extractor with a fixed name. */
    abstract static class Named implements Extractor {
        private final String name;

        Named(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
