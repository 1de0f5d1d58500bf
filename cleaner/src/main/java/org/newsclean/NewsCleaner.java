package org.newsclean;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns scraped news text, or a news page's HTML, into the article's clean text, and explains
 * every removal.
 *
 * <pre>{@code
 * NewsCleaner cleaner = NewsCleaner.builder("news")
 *         .remove("duplicates")
 *         .option("captions", "keep", "true")
 *         .build();
 * CleanResult result = cleaner.clean(scrapedText);
 * System.out.println(result.text());
 * result.removals().forEach(System.out::println);
 * }</pre>
 *
 * <p>A cleaner is a pipeline of {@link Heuristic}s. Each flags what is not article text; one
 * final pass removes the flags and tidies whitespace. Instances are immutable and thread-safe:
 * build one and share it.
 */
public final class NewsCleaner {
    /** The default maximum input size, in chars. */
    public static final int DEFAULT_MAX_INPUT_CHARS = 64 * 1024 * 1024;

    private static volatile NewsCleaner defaultCleaner;

    private final List<Builder.Step> steps;
    private final List<Heuristic> heuristics;
    private final PhraseIndex phraseIndex;
    private final int maxInputChars;
    private final HtmlOptions html;

    private NewsCleaner(Builder b) {
        this.steps = List.copyOf(b.steps);
        List<Heuristic> hs = new ArrayList<>();
        List<PhraseBook.Entry> phrases = new ArrayList<>();
        for (Builder.Step s : steps) {
            Heuristic h = s.instance != null ? s.instance : s.provider.create(s.fullOptions());
            if (!h.name().equals(s.name)) {
                throw new IllegalStateException("provider for '" + s.name + "' made a heuristic named '" + h.name() + "'");
            }
            hs.add(h);
            if (h instanceof UsesPhrases) {
                phrases.addAll(((UsesPhrases) h).phrases());
            }
        }
        this.heuristics = List.copyOf(hs);
        this.phraseIndex = new PhraseIndex(phrases);
        this.maxInputChars = b.maxInputChars;
        this.html = b.html;
    }

    /** @return the shared cleaner of the default {@code news} preset */
    public static NewsCleaner news() {
        NewsCleaner c = defaultCleaner;
        if (c == null) {
            c = builder("news").build();
            defaultCleaner = c;
        }
        return c;
    }

    /** @return a builder with an empty pipeline */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param preset a preset name, see {@link #presets()}
     * @return a builder whose pipeline starts as the preset's
     * @throws IllegalArgumentException for an unknown preset; the message lists the valid ones
     */
    public static Builder builder(String preset) {
        return new Builder().preset(preset);
    }

    /**
     * The presets: {@code news} for any text, whole pages' visible text too (its last heuristic,
     * {@code page-blocks}, finds the article among a page's menus, teasers and footers);
     * {@code article} for text that is one article already, such as an extractor's output: the same
     * residue cleaning without {@code page-blocks}, which can take the items of a list-like article
     * (a ranking, an interview, reader reviews) for a page's teasers; {@code minimal}: tracking
     * debris and navigation only.
     *
     * @return the preset names, each with the heuristics it runs in order
     */
    public static Map<String, List<String>> presets() {
        return Registry.presets();
    }

    /** @return the names of every heuristic that can be added by name, with its description */
    public static Map<String, String> availableHeuristics() {
        Map<String, String> m = new TreeMap<>();
        Registry.providers().forEach((n, p) -> m.put(n, p.description()));
        return m;
    }

    /**
     * Guesses the language of a text the way whole-page cleaning does: by script for Japanese,
     * Chinese and Korean, else by the stoplist (en, de, fr, es, it, pt, nl, ru, pl, tr, id, sv)
     * that most of its words hit, looking at the longer lines first.
     *
     * @param text the text
     * @return an ISO 639-1 code, or null when no guess is safe
     */
    public static String guessLanguage(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String lang = Stopwords.detect(text);
        return lang.equals(Stopwords.NONE) ? null : lang;
    }

    /** @return a builder that starts from this cleaner's pipeline and settings */
    public Builder toBuilder() {
        Builder b = new Builder();
        for (Builder.Step s : steps) {
            b.steps.add(s.copy());
        }
        b.maxInputChars = maxInputChars;
        b.html = html;
        return b;
    }

    /** @return the names of this cleaner's heuristics, in the order they run */
    public List<String> heuristics() {
        List<String> names = new ArrayList<>(steps.size());
        for (Builder.Step s : steps) {
            names.add(s.name);
        }
        return Collections.unmodifiableList(names);
    }

    /**
     * Cleans scraped text: an extractor's output with residue, or a whole page's visible text.
     *
     * @param text the text; lines are separated by {@code \n} (a {@code \r} before it is ignored)
     * @return the cleaned text and every removal, with offsets into {@code text}
     * @throws NullPointerException if text is null
     * @throws IllegalArgumentException if text is longer than the cleaner's maximum input size
     */
    public CleanResult clean(CharSequence text) {
        Objects.requireNonNull(text, "text");
        checkSize(text.length());
        String s = text.toString();
        TextDocument doc = Pipeline.run(s, heuristics, phraseIndex, false);
        List<Removal> removals = Pipeline.removals(doc);
        return new CleanResult(Pipeline.output(doc, removals), null, s, removals);
    }

    /**
     * Cleans a news page's HTML: finds the article, returns its body text (without the headline,
     * bylines, captions and credits), its title separately, and every removal, HTML and text.
     *
     * @param html the page's HTML
     * @param baseUri the page's URL, used to resolve relative links; may be null or empty
     * @return the article body, the title (or null) and every removal
     * @throws NullPointerException if html is null
     * @throws IllegalArgumentException if html is longer than the cleaner's maximum input size
     */
    public CleanResult cleanHtml(String html, String baseUri) {
        Objects.requireNonNull(html, "html");
        checkSize(html.length());
        HtmlExtractor.Page page;
        boolean fromHtml = true;
        try {
            page = HtmlExtractor.extract(html, baseUri == null ? "" : baseUri, this.html);
        } catch (RuntimeException | StackOverflowError e) {
            // the parser gave up on this page: clean its visible text as whole-page text instead
            String text = HtmlFallback.text(html);
            page = new HtmlExtractor.Page(null, text, List.of(new Removal(-1, -1, "html-fallback", Category.LAYOUT,
                    "the HTML parser failed (" + e + "); the page's visible text was cleaned as text", "", Removal.Origin.HTML)));
            fromHtml = false;
        }
        TextDocument doc = Pipeline.run(page.text(), heuristics, phraseIndex, fromHtml);
        List<Removal> textRemovals = Pipeline.removals(doc);
        List<Removal> all = new ArrayList<>(page.removals().size() + textRemovals.size());
        all.addAll(page.removals());
        all.addAll(textRemovals);
        return new CleanResult(Pipeline.output(doc, textRemovals), page.title(), page.text(), all);
    }

    /**
     * Cleans a news page given as the bytes it was fetched as. They are read in the charset named
     * here (an HTTP {@code Content-Type}'s), else in the one a byte order mark or the page itself
     * declares ({@code <meta charset>}, {@code <meta http-equiv="Content-Type">}), else as UTF-8
     * when they are UTF-8, else as windows-1252, reading charset names as browsers do
     * ({@code iso-8859-1} is windows-1252, {@code gb2312} is GBK); then the page is cleaned as by
     * {@link #cleanHtml(String, String)}, and {@link CleanResult#source()} and the removals'
     * offsets refer to its chars.
     *
     * @param html the page's bytes
     * @param charset the page's charset as the server named it, or null to find it from the bytes
     * @param baseUri the page's URL, used to resolve relative links; may be null or empty
     * @return the article body, the title (or null) and every removal
     * @throws NullPointerException if html is null
     * @throws IllegalArgumentException if charset names no charset Java knows, or the page is
     *     longer than the cleaner's maximum input size
     */
    public CleanResult cleanHtml(byte[] html, String charset, String baseUri) {
        Objects.requireNonNull(html, "html");
        checkSize(html.length / 4); // at most four bytes a char: so far over the limit, no need to decode it
        return cleanHtml(Decoding.html(html, charset).text(), baseUri);
    }

    private void checkSize(int length) {
        if (length > maxInputChars) {
            throw new IllegalArgumentException("input of " + length + " chars is over this cleaner's limit of "
                    + maxInputChars + " chars; raise it with NewsCleaner.Builder.maxInputChars(int)");
        }
    }

    /** @return the pipeline, for example {@code NewsCleaner[tracking > navigation > captions{keep=false} > ...]} */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("NewsCleaner[");
        for (int i = 0; i < steps.size(); i++) {
            if (i > 0) {
                sb.append(" > ");
            }
            sb.append(steps.get(i));
        }
        return sb.append(']').toString();
    }

    /**
     * Builds a {@link NewsCleaner}: start from a preset or from nothing, then add, remove, replace,
     * reorder and configure heuristics. Methods return {@code this}; a builder is not thread-safe.
     */
    public static final class Builder {
        final List<Step> steps = new ArrayList<>();
        int maxInputChars = DEFAULT_MAX_INPUT_CHARS;
        HtmlOptions html = HtmlOptions.DEFAULTS;

        Builder() {
        }

        /**
         * Appends a preset's heuristics.
         *
         * @param preset the preset's name, see {@link NewsCleaner#presets()}
         * @return this builder
         * @throws IllegalArgumentException for an unknown preset
         */
        public Builder preset(String preset) {
            Objects.requireNonNull(preset, "preset");
            List<String> names = Registry.presets().get(preset);
            if (names == null) {
                throw new IllegalArgumentException("unknown preset '" + preset + "'; valid presets: "
                        + String.join(", ", Registry.presets().keySet()));
            }
            for (String n : names) {
                add(n);
            }
            return this;
        }

        /**
         * Appends the heuristic of that name, with default options.
         *
         * @param name a built-in heuristic or one contributed through {@link HeuristicProvider}
         * @return this builder
         * @throws IllegalArgumentException if no heuristic has that name (the message lists the
         *     valid names) or the pipeline has it already
         */
        public Builder add(String name) {
            return add(name, Map.of());
        }

        /**
         * Appends the heuristic of that name with options.
         *
         * @param name the heuristic's name
         * @param options option values by option name
         * @return this builder
         * @throws IllegalArgumentException for an unknown name or option
         */
        public Builder add(String name, Map<String, String> options) {
            Step s = Step.of(name);
            for (Map.Entry<String, String> o : options.entrySet()) {
                s.set(o.getKey(), o.getValue());
            }
            return insert(steps.size(), s);
        }

        /**
         * Appends a heuristic instance, for example one of your own.
         *
         * @param heuristic the heuristic; its name must be unique in the pipeline
         * @return this builder
         */
        public Builder add(Heuristic heuristic) {
            return insert(steps.size(), Step.of(heuristic));
        }

        /**
         * Inserts a heuristic instance before another.
         *
         * @param anchor the name of a heuristic in the pipeline
         * @param heuristic the heuristic to insert
         * @return this builder
         */
        public Builder addBefore(String anchor, Heuristic heuristic) {
            return insert(indexOf(anchor), Step.of(heuristic));
        }

        /**
         * Inserts the named heuristic, with default options, before another.
         *
         * @param anchor the name of a heuristic in the pipeline
         * @param name the heuristic to insert
         * @return this builder
         */
        public Builder addBefore(String anchor, String name) {
            return insert(indexOf(anchor), Step.of(name));
        }

        /**
         * Removes a heuristic from the pipeline.
         *
         * @param name the heuristic's name
         * @return this builder
         * @throws IllegalArgumentException if the pipeline has no heuristic of that name
         */
        public Builder remove(String name) {
            steps.remove(indexOf(name));
            return this;
        }

        /**
         * Replaces a heuristic by another, in the same place.
         *
         * @param name the name of the heuristic to replace
         * @param heuristic its replacement (its name may differ)
         * @return this builder
         */
        public Builder replace(String name, Heuristic heuristic) {
            int i = indexOf(name);
            Step s = Step.of(heuristic);
            steps.remove(i);
            return insert(i, s);
        }

        /**
         * Moves a heuristic so that it runs just before another.
         *
         * @param name the heuristic to move
         * @param anchor the heuristic it should precede
         * @return this builder
         */
        public Builder moveBefore(String name, String anchor) {
            Step s = steps.remove(indexOf(name));
            steps.add(indexOf(anchor), s);
            return this;
        }

        /**
         * Moves a heuristic so that it runs just after another.
         *
         * @param name the heuristic to move
         * @param anchor the heuristic it should follow
         * @return this builder
         */
        public Builder moveAfter(String name, String anchor) {
            Step s = steps.remove(indexOf(name));
            steps.add(indexOf(anchor) + 1, s);
            return this;
        }

        /**
         * Sets an option of a heuristic in the pipeline.
         *
         * @param name the heuristic's name
         * @param option the option's name
         * @param value its value
         * @return this builder
         * @throws IllegalArgumentException if the heuristic is not in the pipeline, was added as an
         *     instance, or has no such option (the message lists the valid ones)
         */
        public Builder option(String name, String option, String value) {
            steps.get(indexOf(name)).set(option, value);
            return this;
        }

        /**
         * Sets an option written as one string, as on the command line.
         *
         * @param spec {@code HEURISTIC.KEY=VALUE}, for example {@code captions.keep=true}
         * @return this builder
         * @throws IllegalArgumentException if the string is not of that form, or as
         *     {@link #option(String, String, String)}
         */
        public Builder option(String spec) {
            Objects.requireNonNull(spec, "spec");
            int dot = spec.indexOf('.');
            int eq = spec.indexOf('=');
            if (dot < 1 || eq < dot + 2) {
                throw new IllegalArgumentException("an option is written HEURISTIC.KEY=VALUE, got '" + spec + "'");
            }
            return option(spec.substring(0, dot), spec.substring(dot + 1, eq), spec.substring(eq + 1));
        }

        /**
         * @param chars the largest input, in chars, that the cleaner accepts; larger input is
         *     rejected with an {@link IllegalArgumentException}
         * @return this builder
         */
        public Builder maxInputChars(int chars) {
            if (chars < 1) {
                throw new IllegalArgumentException("maxInputChars must be positive, got " + chars);
            }
            this.maxInputChars = chars;
            return this;
        }

        /**
         * @param keep whether HTML cleaning keeps image captions in the article text (default false)
         * @return this builder
         */
        public Builder keepHtmlCaptions(boolean keep) {
            this.html = html.withKeepCaptions(keep);
            return this;
        }

        /**
         * @param track whether HTML removals carry their offsets in the HTML source (default
         *     false, and the offsets are then -1: tracking source positions makes parsing about
         *     60% slower, and the page is then parsed whole, without first cutting what the
         *     extractor never reads, scripts, styles and most attributes, which makes jsoup's
         *     parse about a third cheaper, a fifth counting the cut's own scan)
         * @return this builder
         */
        public Builder trackHtmlPositions(boolean track) {
            this.html = html.withTrackPositions(track);
            return this;
        }

        /**
         * Builds the cleaner. Options are validated and heuristics are made here.
         *
         * @return an immutable, thread-safe cleaner
         */
        public NewsCleaner build() {
            return new NewsCleaner(this);
        }

        private Builder insert(int index, Step s) {
            for (Step other : steps) {
                if (other.name.equals(s.name)) {
                    throw new IllegalArgumentException("the pipeline already has a heuristic named '" + s.name + "'");
                }
            }
            steps.add(index, s);
            return this;
        }

        private int indexOf(String name) {
            Objects.requireNonNull(name, "name");
            for (int i = 0; i < steps.size(); i++) {
                if (steps.get(i).name.equals(name)) {
                    return i;
                }
            }
            List<String> names = new ArrayList<>();
            for (Step s : steps) {
                names.add(s.name);
            }
            throw new IllegalArgumentException("the pipeline has no heuristic named '" + name + "'; it has: "
                    + (names.isEmpty() ? "(none)" : String.join(", ", names)));
        }

        @Override
        public String toString() {
            return "NewsCleaner.Builder" + steps;
        }

        /** One heuristic of the pipeline: by provider and options, or as a user's instance. */
        static final class Step {
            final String name;
            final HeuristicProvider provider;
            final Heuristic instance;
            final Map<String, String> options = new LinkedHashMap<>();

            private Step(String name, HeuristicProvider provider, Heuristic instance) {
                this.name = name;
                this.provider = provider;
                this.instance = instance;
            }

            static Step of(String name) {
                Objects.requireNonNull(name, "name");
                HeuristicProvider p = Registry.providers().get(name);
                if (p == null) {
                    throw new IllegalArgumentException("unknown heuristic '" + name + "'; valid names: "
                            + String.join(", ", Registry.providers().keySet()));
                }
                return new Step(name, p, null);
            }

            static Step of(Heuristic h) {
                Objects.requireNonNull(h, "heuristic");
                String n = Objects.requireNonNull(h.name(), "heuristic.name()");
                if (n.isBlank()) {
                    throw new IllegalArgumentException("a heuristic's name must not be blank");
                }
                return new Step(n, null, h);
            }

            void set(String option, String value) {
                Objects.requireNonNull(option, "option");
                Objects.requireNonNull(value, "value");
                if (provider == null) {
                    throw new IllegalArgumentException("heuristic '" + name + "' was added as an instance; configure it before adding it");
                }
                Set<String> valid = provider.options().keySet();
                if (!valid.contains(option)) {
                    throw new IllegalArgumentException("heuristic '" + name + "' has no option '" + option + "'; valid options: "
                            + (valid.isEmpty() ? "(none)" : String.join(", ", valid)));
                }
                options.put(option, value);
            }

            Map<String, String> fullOptions() {
                Map<String, String> all = new LinkedHashMap<>(provider.options());
                all.putAll(options);
                return Collections.unmodifiableMap(all);
            }

            Step copy() {
                Step s = new Step(name, provider, instance);
                s.options.putAll(options);
                return s;
            }

            @Override
            public String toString() {
                return options.isEmpty() ? name : name + options;
            }
        }
    }
}
