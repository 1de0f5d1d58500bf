package org.newsclean.corpus;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;
import org.newsclean.NewsCleaner;

/**
 * The evaluation's command line: {@code java -jar newsclean-eval.jar [options] CORPUS...}.
 * Run with {@code --help} for the options.
 */
public final class Eval {
    static final String USAGE = String.join("\n",
            "usage: java -jar newsclean-eval.jar [options] CORPUS...",
            "Scores newsclean and baselines on corpora laid out like ../shared/corpus",
            "(<source>/<id>/{meta.json, page.html or scraped.txt, gold.txt}); CORPUS may be a corpus root,",
            "a source folder or a document folder. Prints a Markdown report and writes report.md,",
            "report.json and report.html.",
            "",
            "  --mode M[,M...]     what newsclean cleans (default: html); the first mode is the one whose",
            "                      removals are reported:",
            "                        html         the page's HTML (scraped-text inputs are cleaned as text)",
            "                        text         scraped text, or an HTML page's whole-page text",
            "                        page-text    HTML pages only, as whole-page text (see PageText)",
            "                        readability  HTML pages only: Readability4J's text of the page",
            "                        residue      documents with gold: the gold decorated with synthetic",
            "                                     scraper residue (skip links, ads, share bars, captions...)",
            "  --preset NAME       newsclean preset (default: news)",
            "  --remove NAME       drop a heuristic (repeatable)",
            "  --option H.KEY=VAL  set an option of heuristic H, e.g. captions.keep=true (repeatable)",
            "  --sources A,B       only these sources",
            "  --out DIR           output folder (default: target/eval)",
            "  --no-baselines      do not run the baselines (Boilerpipe, uncleaned text, raw Readability4J)",
            "  --quiet             no progress bar",
            "  --help              print this help",
            "",
            "Baselines in the same run: Boilerpipe ArticleExtractor always; the uncleaned text with",
            "text and page-text; raw Readability4J with readability; the decorated gold with residue.",
            "Exit status: 0 on success, 1 when the corpus cannot be read, 2 for a usage error.");

    private Eval() {
    }

    /**
     * Runs the command line.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        System.out.flush();
        System.exit(status);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        List<Extractors.Mode> modes = new ArrayList<>();
        String preset = "news";
        List<String> removes = new ArrayList<>();
        List<String> options = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        List<Path> roots = new ArrayList<>();
        Path outDir = Path.of("target", "eval");
        boolean baselines = true;
        boolean quiet = false;
        NewsCleaner cleaner;
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--mode":
                        for (String m : value(args, ++i, a).split(",")) {
                            Extractors.Mode mode = Extractors.Mode.of(m.strip());
                            if (!modes.contains(mode)) {
                                modes.add(mode);
                            }
                        }
                        break;
                    case "--preset": preset = value(args, ++i, a); break;
                    case "--remove": removes.add(value(args, ++i, a)); break;
                    case "--option": options.add(value(args, ++i, a)); break;
                    case "--sources":
                        for (String s : value(args, ++i, a).split(",")) {
                            if (!s.isBlank()) {
                                sources.add(s.strip());
                            }
                        }
                        break;
                    case "--out": outDir = Path.of(value(args, ++i, a)); break;
                    case "--no-baselines": baselines = false; break;
                    case "--quiet": quiet = true; break;
                    case "--help":
                    case "-h":
                        out.println(USAGE);
                        return 0;
                    default:
                        if (a.startsWith("--") && a.length() > 2) {
                            throw new IllegalArgumentException("unknown option " + a);
                        }
                        roots.add(Path.of(a));
                }
            }
            if (roots.isEmpty()) {
                throw new IllegalArgumentException("name a corpus folder, e.g. ../shared/corpus");
            }
            if (modes.isEmpty()) {
                modes.add(Extractors.Mode.HTML);
            }
            NewsCleaner.Builder b = NewsCleaner.builder(preset);
            for (String r : removes) {
                b.remove(r);
            }
            for (String o : options) {
                b.option(o);
            }
            cleaner = b.build();
        } catch (IllegalArgumentException e) {
            err.println("newsclean-eval: " + e.getMessage());
            err.println("Try --help.");
            return 2;
        }
        List<Document> docs = new ArrayList<>();
        try {
            for (Path root : roots) {
                // with one corpus, every source asked for must exist; with several, in one of them
                List<String> here = sources.isEmpty() || roots.size() == 1 ? sources : readable(root, sources);
                if (sources.isEmpty() || !here.isEmpty()) {
                    docs.addAll(Corpus.read(root, here));
                }
            }
        } catch (RuntimeException e) {
            err.println("newsclean-eval: " + e.getMessage());
            return 1;
        }
        if (docs.isEmpty()) {
            err.println("newsclean-eval: no documents found in " + roots + (sources.isEmpty() ? "" : " for sources " + sources));
            return 1;
        }
        List<Extractor> extractors = extractors(cleaner, modes, baselines);
        err.println("newsclean-eval: " + docs.size() + " documents, " + cleaner + ", extractors: " + names(extractors));
        Evaluation ev = Evaluation.run(docs, extractors, quiet ? (i, d) -> { } : new Progress(err, docs.size()));
        out.print(ev.markdown());
        ev.write(outDir);
        err.println("newsclean-eval: wrote " + outDir.resolve("report.md") + ", report.json and report.html");
        return 0;
    }

    /** With several corpus roots, a source asked for need only exist in one of them. */
    private static List<String> readable(Path root, List<String> sources) {
        List<String> here = new ArrayList<>();
        for (String s : sources) {
            if (java.nio.file.Files.isDirectory(root.resolve(s)) || root.toAbsolutePath().normalize().endsWith(s)) {
                here.add(s);
            }
        }
        return here;
    }

    static List<Extractor> extractors(NewsCleaner cleaner, List<Extractors.Mode> modes, boolean baselines) {
        List<Extractor> xs = new ArrayList<>();
        for (Extractors.Mode m : modes) {
            xs.add(Extractors.newsclean(cleaner, m));
        }
        if (baselines) {
            xs.add(Extractors.boilerpipe());
            if (modes.contains(Extractors.Mode.TEXT) || modes.contains(Extractors.Mode.PAGE_TEXT)) {
                xs.add(Extractors.uncleaned());
            }
            if (modes.contains(Extractors.Mode.READABILITY)) {
                xs.add(Extractors.readabilityRaw());
            }
            if (modes.contains(Extractors.Mode.RESIDUE)) {
                xs.add(Extractors.uncleanedResidue());
            }
        }
        return xs;
    }

    private static String names(List<Extractor> xs) {
        Set<String> n = new LinkedHashSet<>();
        for (Extractor x : xs) {
            n.add(x.name());
        }
        return String.join(", ", n);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    /** A progress bar on stderr: redrawn in place on a terminal, a line every 10% otherwise. */
    static final class Progress implements BiConsumer<Integer, Document> {
        private static final int WIDTH = 30;
        private final PrintStream err;
        private final int total;
        private final boolean terminal = System.console() != null;
        private final long start = System.nanoTime();
        private int lastTenth = -1;

        Progress(PrintStream err, int total) {
            this.err = err;
            this.total = total;
        }

        @Override
        public void accept(Integer done, Document doc) {
            int filled = total == 0 ? WIDTH : done * WIDTH / total;
            double secs = (System.nanoTime() - start) / 1e9;
            String bar = "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + total
                    + String.format(Locale.ROOT, " %.0fs", secs);
            if (terminal) {
                String what = doc == null ? "" : " " + Report.abbreviate(doc.key(), 40);
                err.print("\r" + bar + what + " ".repeat(Math.max(0, 42 - what.length())));
                if (doc == null) {
                    err.println();
                }
            } else {
                int tenth = total == 0 ? 10 : done * 10 / total;
                if (tenth != lastTenth) {
                    err.println(bar);
                    lastTenth = tenth;
                }
            }
            err.flush();
        }
    }
}
