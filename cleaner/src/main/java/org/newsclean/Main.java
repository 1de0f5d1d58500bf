package org.newsclean;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The command line: {@code java -jar newsclean.jar [options] [FILE...]}. Run with {@code --help}
 * for the options.
 */
public final class Main {
    static final String USAGE = String.join("\n",
            "usage: java -jar newsclean.jar [options] [FILE...]",
            "Cleans scraped news text (or HTML with --html) and prints the article text.",
            "Reads standard input when no FILE is given.",
            "",
            "  --html              the input is HTML: extract the article (title on the first line with --title)",
            "  --url URL           the page's URL, for --html",
            "  --charset NAME      the input's charset (default: a byte order mark, else for HTML the",
            "                      page's <meta charset>, else UTF-8 if the bytes are UTF-8, else",
            "                      windows-1252, with a note on standard error); the output is UTF-8",
            "  --title             with --html, print the title before the body",
            "  --jsonl             each input line is {\"id\": ..., \"text\": ...} or {\"id\": ..., \"html\": ..., \"url\": ...};",
            "                      each output line is {\"id\": ..., \"text\": ..., ...}, in input order",
            "  --explain           print every removal after the text (with --jsonl: add \"removals\")",
            "  --json              with --explain: print {\"text\": ..., \"removals\": [...]} as JSON",
            "  --preset NAME       start from this preset: news (the default; any text, whole pages too),",
            "                      article (text that is one article already, such as an extractor's",
            "                      output: no whole-page analysis) or minimal",
            "  --remove NAME       drop a heuristic (repeatable)",
            "  --option H.KEY=VAL  set an option of heuristic H, e.g. captions.keep=true (repeatable)",
            "  --threads N         clean up to N documents at once (default: the number of cores);",
            "                      the output keeps the input order either way",
            "  --list              list presets and heuristics, then exit",
            "  --help              print this help",
            "",
            "Exit status: 0 when every document was cleaned, 1 when some failed (the others are still",
            "processed), 2 for a usage error.");

    private Main() {
    }

    /**
     * Runs the command line.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        int status = run(args, System.in, System.out, System.err);
        System.out.flush();
        System.exit(status);
    }

    static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        boolean html = false;
        boolean jsonl = false;
        boolean explain = false;
        boolean json = false;
        boolean title = false;
        String url = "";
        Charset charset = null;
        String preset = "news";
        int threads = Runtime.getRuntime().availableProcessors();
        List<String> removes = new ArrayList<>();
        List<String> options = new ArrayList<>();
        List<String> files = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--html": html = true; break;
                    case "--jsonl": jsonl = true; break;
                    case "--explain": explain = true; break;
                    case "--json": json = true; break;
                    case "--title": title = true; break;
                    case "--url": url = value(args, ++i, a); break;
                    case "--charset": charset = charset(value(args, ++i, a)); break; // looked up once, for every document
                    case "--preset": preset = value(args, ++i, a); break;
                    case "--remove": removes.add(value(args, ++i, a)); break;
                    case "--option": options.add(value(args, ++i, a)); break;
                    case "--threads": threads = count(value(args, ++i, a), a); break;
                    case "--list":
                        list(out);
                        return 0;
                    case "--help":
                    case "-h":
                        out.println(USAGE);
                        return 0;
                    default:
                        if (a.startsWith("--") && a.length() > 2) {
                            throw new IllegalArgumentException("unknown option " + a);
                        }
                        files.add(a);
                }
            }
        } catch (IllegalArgumentException e) {
            err.println("newsclean: " + e.getMessage());
            err.println("Try --help.");
            return 2;
        }
        NewsCleaner cleaner;
        try {
            NewsCleaner.Builder b = NewsCleaner.builder(preset);
            for (String r : removes) {
                b.remove(r);
            }
            for (String o : options) {
                b.option(o);
            }
            cleaner = b.build();
        } catch (IllegalArgumentException e) {
            err.println("newsclean: " + e.getMessage());
            return 2;
        }
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        Cli cli = new Cli(cleaner, html, charset, explain, json, title, url, w, err, threads);
        int failures;
        try {
            if (jsonl) {
                Charset cs = charset == null ? StandardCharsets.UTF_8 : charset;
                failures = files.isEmpty() ? cli.jsonl(reader(in, cs), "<stdin>") : 0;
                for (String f : files) {
                    try (BufferedReader r = Files.newBufferedReader(Path.of(f), cs)) {
                        failures += cli.jsonl(r, f);
                    } catch (IOException e) {
                        err.println("newsclean: " + f + ": " + describe(e));
                        failures++;
                    }
                }
            } else if (files.isEmpty()) {
                failures = cli.document("<stdin>", in.readAllBytes()) ? 0 : 1;
            } else {
                failures = cli.files(files);
            }
            w.flush();
        } catch (IOException e) {
            err.println("newsclean: " + describe(e));
            return 1;
        }
        return failures == 0 ? 0 : 1;
    }

    private static int count(String v, String opt) {
        try {
            int n = Integer.parseInt(v);
            if (n >= 1 && n <= 1024) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(opt + " needs a number from 1 to 1024, not " + v);
    }

    /** @return the charset of that label ({@link Decoding#named}) */
    private static Charset charset(String label) {
        try {
            return Decoding.named(label);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--charset: " + e.getMessage(), e);
        }
    }

    private static String value(String[] args, int i, String opt) {
        if (i >= args.length) {
            throw new IllegalArgumentException(opt + " needs a value");
        }
        return args[i];
    }

    private static void list(PrintStream out) {
        out.println("presets:");
        NewsCleaner.presets().forEach((n, hs) -> out.println("  " + n + ": " + String.join(" > ", hs)));
        out.println("heuristics:");
        NewsCleaner.availableHeuristics().forEach((n, d) -> out.println("  " + n + ": " + d));
    }

    private static BufferedReader reader(InputStream in, Charset cs) {
        return new BufferedReader(new InputStreamReader(in, cs), 1 << 16);
    }

    private static byte[] read(Path p) throws IOException {
        if (Files.isDirectory(p)) {
            throw new IOException("is a directory");
        }
        return Files.readAllBytes(p);
    }

    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * What handling one document gave: the text to write (or null); when it failed, a message for
     * standard error (else null); and a note for standard error that is no failure, such as how its
     * bytes were read (else null).
     */
    private record Done(String out, String error, String note) {
        Done(String out, String error) {
            this(out, error, null);
        }
    }

    /** Takes the results of {@link InOrder}, in submission order. */
    private interface Sink {
        void accept(Done d) throws IOException;
    }

    /**
     * Runs tasks on a pool of threads and hands their results to a sink in the order the tasks
     * were submitted. At most a few tasks per thread are in flight, so a long stream does not pile
     * up in memory. With one thread, each task runs at once in the caller's thread.
     */
    private static final class InOrder implements AutoCloseable {
        private final ExecutorService pool;
        private final int window;
        private final ArrayDeque<Future<Done>> pending = new ArrayDeque<>();
        private final Sink sink;

        InOrder(int threads, Sink sink) {
            this.sink = sink;
            this.window = 4 * threads;
            if (threads <= 1) {
                pool = null;
            } else {
                AtomicInteger no = new AtomicInteger();
                pool = Executors.newFixedThreadPool(threads, r -> {
                    Thread t = new Thread(r, "newsclean-" + no.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
            }
        }

        void submit(Callable<Done> task) throws IOException {
            if (pool == null) {
                sink.accept(call(task));
                return;
            }
            if (pending.size() >= window) {
                sink.accept(take(pending.removeFirst()));
            }
            pending.addLast(pool.submit(task));
        }

        /** Hands over every result still pending. */
        void finish() throws IOException {
            while (!pending.isEmpty()) {
                sink.accept(take(pending.removeFirst()));
            }
        }

        private static Done call(Callable<Done> task) throws IOException {
            try {
                return task.call();
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException(e);
            }
        }

        private static Done take(Future<Done> f) throws IOException {
            try {
                return f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof Error err) {
                    throw err;
                }
                if (cause instanceof IOException io) {
                    throw io;
                }
                if (cause instanceof RuntimeException re) {
                    throw re;
                }
                throw new IOException(cause);
            }
        }

        @Override
        public void close() {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    /** One run's settings and output. */
    private static final class Cli {
        private final NewsCleaner cleaner;
        private final boolean html;
        /** The input's charset as named with --charset, or null to find it. */
        private final Charset charset;
        private final boolean explain;
        private final boolean json;
        private final boolean title;
        private final String url;
        private final Writer w;
        private final PrintStream err;
        private final int threads;
        /** Documents that failed so far. */
        private int failures;

        Cli(NewsCleaner cleaner, boolean html, Charset charset, boolean explain, boolean json, boolean title, String url,
                Writer w, PrintStream err, int threads) {
            this.cleaner = cleaner;
            this.html = html;
            this.charset = charset;
            this.explain = explain;
            this.json = json;
            this.title = title;
            this.url = url;
            this.w = w;
            this.err = err;
            this.threads = threads;
        }

        /** Writes what a document gave and reports its error; counts failures. */
        private void write(Done d) throws IOException {
            if (d.out() != null) {
                w.write(d.out());
            }
            if (d.note() != null) {
                err.println(d.note());
            }
            if (d.error() != null) {
                err.println(d.error());
                failures++;
            }
        }

        /** Cleans one whole document; @return true when it was cleaned */
        boolean document(String name, byte[] content) throws IOException {
            int before = failures;
            write(document(name, content, ""));
            return failures == before;
        }

        /** Cleans files, several at once, and writes their results in order; @return how many failed */
        int files(List<String> files) throws IOException {
            int before = failures;
            boolean headers = files.size() > 1 && !json;
            try (InOrder run = new InOrder(Math.min(threads, files.size()), this::write)) {
                for (String f : files) {
                    run.submit(() -> {
                        byte[] content;
                        try {
                            content = read(Path.of(f));
                        } catch (IOException e) {
                            return new Done(null, "newsclean: " + f + ": " + describe(e));
                        }
                        return document(f, content, headers ? "==> " + f + " <==\n" : "");
                    });
                }
                run.finish();
            }
            return failures - before;
        }

        /** Decodes a document's bytes and cleans it; @param header written before the document's text */
        private Done document(String name, byte[] content, String header) {
            CleanResult r;
            String note = null;
            try {
                Decoding.Decoded d = Decoding.decode(content, charset, html);
                if (d.source() == Decoding.Source.LEGACY) {
                    note = "newsclean: " + name + ": not UTF-8" + (html ? " and no charset declared" : "")
                            + ": read as windows-1252 (name its charset with --charset)";
                }
                r = html ? cleaner.cleanHtml(d.text(), url) : cleaner.clean(d.text());
            } catch (RuntimeException e) {
                return new Done(header.isEmpty() ? null : header, "newsclean: " + name + ": " + e.getMessage(), note);
            }
            StringBuilder sb = new StringBuilder(header);
            if (json) {
                sb.append('{');
                appendResult(r, false, sb);
                return new Done(sb.append("}\n").toString(), null, note);
            }
            if (title && r.title() != null) {
                sb.append(r.title()).append("\n\n");
            }
            sb.append(r.text()).append('\n');
            if (explain) {
                sb.append("\n--- removals (").append(r.removals().size()).append(") ---\n");
                sb.append(r.explain());
            }
            return new Done(sb.toString(), null, note);
        }

        /** Appends a result's JSON members: text, title (when found), the count of removals (when asked), the removals (with --explain). */
        private void appendResult(CleanResult r, boolean count, StringBuilder sb) {
            sb.append("\"text\":");
            Json.quote(r.text(), sb);
            if (r.title() != null) {
                sb.append(",\"title\":");
                Json.quote(r.title(), sb);
            }
            if (count) {
                sb.append(",\"removed\":").append(r.removals().size());
            }
            if (explain) {
                sb.append(",\"removals\":").append(r.explainJson());
            }
        }

        /** Cleans a stream of JSON lines, several at once, and writes one line per object, in order; @return how many failed */
        int jsonl(BufferedReader r, String name) throws IOException {
            int before = failures;
            try (InOrder run = new InOrder(threads, this::write)) {
                String line;
                long no = 0;
                while ((line = r.readLine()) != null) {
                    no++;
                    if (line.isBlank()) {
                        continue;
                    }
                    String where = name + ":" + no;
                    String input = line;
                    run.submit(() -> jsonLine(input, where));
                }
                run.finish();
            }
            return failures - before;
        }

        private Done jsonLine(String line, String where) {
            Map<String, JsonLine.Value> obj;
            try {
                obj = JsonLine.parseObject(line);
            } catch (IllegalArgumentException e) {
                return new Done(null, "newsclean: " + where + ": malformed JSON: " + e.getMessage());
            }
            JsonLine.Value id = obj.get("id");
            JsonLine.Value text = obj.get("text");
            JsonLine.Value page = obj.get("html");
            JsonLine.Value pageUrl = obj.get("url");
            StringBuilder sb = new StringBuilder("{\"id\":").append(id == null ? "null" : id.raw());
            CleanResult result;
            try {
                if (page != null && page.string() != null) {
                    result = cleaner.cleanHtml(page.string(), pageUrl != null && pageUrl.string() != null ? pageUrl.string() : "");
                } else if (text != null && text.string() != null) {
                    result = cleaner.clean(text.string());
                } else {
                    throw new IllegalArgumentException("the object needs a string \"text\" or \"html\" member");
                }
            } catch (RuntimeException e) {
                sb.append(",\"error\":");
                Json.quote(String.valueOf(e.getMessage()), sb);
                return new Done(sb.append("}\n").toString(), "newsclean: " + where + ": " + e.getMessage());
            }
            sb.append(',');
            appendResult(result, true, sb);
            return new Done(sb.append("}\n").toString(), null);
        }
    }
}
