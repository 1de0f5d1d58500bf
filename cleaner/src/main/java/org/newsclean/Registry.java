package org.newsclean;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Function;

/** Where heuristics are found by name: the built-ins, then every {@link HeuristicProvider} on the class path. */
final class Registry {
    private static volatile Map<String, HeuristicProvider> providers;

    private static final Map<String, List<String>> PRESETS;

    static {
        Map<String, List<String>> p = new LinkedHashMap<>();
        List<String> article = List.of("markdown", "tracking", "navigation", "ads", "share", "newsletter", "related", "cookies",
                "comments", "furniture", "captions", "bylines", "duplicates");
        List<String> news = new ArrayList<>(article);
        news.add("page-blocks");
        // any text, whole pages too
        p.put("news", List.copyOf(news));
        // text that is one article already (an extractor's output): residue only, no search for the article
        p.put("article", article);
        p.put("minimal", List.of("markdown", "tracking", "navigation"));
        PRESETS = Collections.unmodifiableMap(p);
    }

    private Registry() {
    }

    static Map<String, List<String>> presets() {
        return PRESETS;
    }

    static Map<String, HeuristicProvider> providers() {
        Map<String, HeuristicProvider> m = providers;
        if (m == null) {
            synchronized (Registry.class) {
                m = providers;
                if (m == null) {
                    m = load();
                    providers = m;
                }
            }
        }
        return m;
    }

    private static Map<String, HeuristicProvider> load() {
        Map<String, HeuristicProvider> m = new LinkedHashMap<>();
        for (HeuristicProvider p : builtins()) {
            m.put(p.name(), p);
        }
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        try {
            for (HeuristicProvider p : ServiceLoader.load(HeuristicProvider.class, cl != null ? cl : Registry.class.getClassLoader())) {
                HeuristicProvider old = m.putIfAbsent(p.name(), p);
                if (old != null && old.getClass() != p.getClass()) {
                    throw new IllegalStateException("two heuristic providers are named '" + p.name() + "': "
                            + old.getClass().getName() + " and " + p.getClass().getName());
                }
            }
        } catch (ServiceConfigurationError e) {
            throw new IllegalStateException("cannot load a heuristic provider: " + e.getMessage(), e);
        }
        return Collections.unmodifiableMap(m);
    }

    static List<HeuristicProvider> builtins() {
        return List.of(
                simple("markdown", "Markdown syntax of HTML-to-Markdown scrapers: link brackets and addresses (the text stays), images, heading markers, bullets",
                        o -> new MarkdownHeuristic()),
                simple("tracking", "leftovers of tracking pixels and tags: fb-pixel, raw markup, entity debris, tracker URLs",
                        o -> new TrackingHeuristic()),
                simple("navigation", "skip links, menus, breadcrumbs, \"Back to top\", section lists",
                        o -> new NavigationHeuristic()),
                simple("ads", "advertisement labels such as \"Advertisement\" and \"Story continues below advertisement\"",
                        o -> new PhraseHeuristic("ads", Category.ADVERTISEMENT, "ads.txt", "advertisement label")),
                simple("share", "share bars: \"Share on Facebook\", \"Tweet\", \"Email\", \"Print\"",
                        o -> new PhraseHeuristic("share", Category.SHARE, "share.txt", "share-bar label")),
                simple("newsletter", "newsletter, subscription and app prompts",
                        o -> new PhraseHeuristic("newsletter", Category.NEWSLETTER, "newsletter.txt", "newsletter or subscription prompt",
                                PhraseHeuristic.Follows.PITCH)),
                simple("related", "\"Read more\" and \"Related\" lines and lists",
                        o -> new PhraseHeuristic("related", Category.RELATED, "related.txt", "related-content prompt",
                                PhraseHeuristic.Follows.HEADLINES)),
                simple("cookies", "cookie and consent notices",
                        o -> new PhraseHeuristic("cookies", Category.COOKIE, "cookies.txt", "cookie or consent notice")),
                simple("comments", "reader comments and comment prompts",
                        o -> new PhraseHeuristic("comments", Category.COMMENTS, "comments.txt", "comment section remnant",
                                PhraseHeuristic.Follows.COMMENTS)),
                simple("furniture", "page furniture in text: copyright lines, audio and video player labels, live-blog controls",
                        o -> new PhraseHeuristic("furniture", Category.LAYOUT, "furniture.txt", "page furniture")),
                simple("bylines", "bylines, datelines and reading times on lines of their own",
                        o -> new BylineHeuristic()),
                new SimpleProvider("captions", "image captions (repeated, or carrying a credit) and photo credits",
                        CaptionHeuristic.OPTIONS, CaptionHeuristic::new),
                new SimpleProvider("duplicates", "exact and near-duplicate lines within one document",
                        DuplicateHeuristic.OPTIONS, DuplicateHeuristic::new),
                new SimpleProvider("page-blocks", "whole-page text: keeps the article's run of lines and its headline, drops menus, teasers and footers",
                        PageBlocksHeuristic.OPTIONS, PageBlocksHeuristic::new));
    }

    private static HeuristicProvider simple(String name, String description, Function<Map<String, String>, Heuristic> make) {
        return new SimpleProvider(name, description, Map.of(), make);
    }

    /** A provider made of a name, a description, options with defaults, and a factory. */
    static final class SimpleProvider implements HeuristicProvider {
        private final String name;
        private final String description;
        private final Map<String, String> options;
        private final Function<Map<String, String>, Heuristic> make;

        SimpleProvider(String name, String description, Map<String, String> options, Function<Map<String, String>, Heuristic> make) {
            this.name = name;
            this.description = description;
            this.options = options;
            this.make = make;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String description() {
            return description;
        }

        @Override
        public Map<String, String> options() {
            return options;
        }

        @Override
        public Heuristic create(Map<String, String> opts) {
            return make.apply(opts);
        }
    }

    /** Option parsing with messages that name the option. */
    static boolean bool(Map<String, String> o, String name) {
        String v = o.get(name);
        if ("true".equalsIgnoreCase(v)) {
            return true;
        }
        if ("false".equalsIgnoreCase(v)) {
            return false;
        }
        throw new IllegalArgumentException("option '" + name + "' must be true or false, got '" + v + "'");
    }

    static int integer(Map<String, String> o, String name, int min, int max) {
        String v = o.get(name);
        try {
            int i = Integer.parseInt(v.strip());
            if (i < min || i > max) {
                throw new IllegalArgumentException("option '" + name + "' must be between " + min + " and " + max + ", got " + i);
            }
            return i;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option '" + name + "' must be an integer, got '" + v + "'", e);
        }
    }

    static double decimal(Map<String, String> o, String name, double min, double max) {
        String v = o.get(name);
        try {
            double d = Double.parseDouble(v.strip());
            if (!(d >= min && d <= max)) {
                throw new IllegalArgumentException("option '" + name + "' must be between " + min + " and " + max + ", got " + d);
            }
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option '" + name + "' must be a number, got '" + v + "'", e);
        }
    }
}
