package org.newsclean;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
            "  --title             with --html, print the title before the body",
            "  --jsonl             each input line is {\"id\": ..., \"text\": ...} or {\"id\": ..., \"html\": ..., \"url\": ...};",
            "                      each output line is {\"id\": ..., \"text\": ..., ...}, in input order",
            "  --explain           print every removal after the text (with --jsonl: add \"removals\")",
            "  --json              with --explain: print {\"text\": ..., \"removals\": [...]} as JSON",
            "  --preset NAME       start from this preset (default: news)",
            "  --remove NAME       drop a heuristic (repeatable)",
            "  --option H.KEY=VAL  set an option of heuristic H, e.g. captions.keep=true (repeatable)",
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
        String preset = "news";
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
                    case "--preset": preset = value(args, ++i, a); break;
                    case "--remove": removes.add(value(args, ++i, a)); break;
                    case "--option": options.add(value(args, ++i, a)); break;
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
        Cli cli = new Cli(cleaner, html, explain, json, title, url, w, err);
        int failures;
        try {
            if (jsonl) {
                failures = files.isEmpty() ? cli.jsonl(reader(in), "<stdin>") : 0;
                for (String f : files) {
                    try (BufferedReader r = Files.newBufferedReader(Path.of(f), StandardCharsets.UTF_8)) {
                        failures += cli.jsonl(r, f);
                    } catch (IOException e) {
                        err.println("newsclean: " + f + ": " + describe(e));
                        failures++;
                    }
                }
            } else if (files.isEmpty()) {
                failures = cli.document("<stdin>", readAll(in)) ? 0 : 1;
            } else {
                failures = 0;
                for (String f : files) {
                    String content;
                    try {
                        content = read(Path.of(f));
                    } catch (IOException e) {
                        err.println("newsclean: " + f + ": " + describe(e));
                        failures++;
                        continue;
                    }
                    if (files.size() > 1 && !json) {
                        w.write("==> " + f + " <==\n");
                    }
                    if (!cli.document(f, content)) {
                        failures++;
                    }
                }
            }
            w.flush();
        } catch (IOException e) {
            err.println("newsclean: " + describe(e));
            return 1;
        }
        return failures == 0 ? 0 : 1;
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

    private static BufferedReader reader(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    private static String readAll(InputStream in) throws IOException {
        return decode(in.readAllBytes());
    }

    private static String read(Path p) throws IOException {
        if (Files.isDirectory(p)) {
            throw new IOException("is a directory");
        }
        return decode(Files.readAllBytes(p));
    }

    /** Strict UTF-8 first; on malformed input, decode leniently (replacement chars) rather than fail. */
    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** One run's settings and output. */
    private static final class Cli {
        private final NewsCleaner cleaner;
        private final boolean html;
        private final boolean explain;
        private final boolean json;
        private final boolean title;
        private final String url;
        private final Writer w;
        private final PrintStream err;

        Cli(NewsCleaner cleaner, boolean html, boolean explain, boolean json, boolean title, String url, Writer w, PrintStream err) {
            this.cleaner = cleaner;
            this.html = html;
            this.explain = explain;
            this.json = json;
            this.title = title;
            this.url = url;
            this.w = w;
            this.err = err;
        }

        boolean document(String name, String content) throws IOException {
            CleanResult r;
            try {
                r = html ? cleaner.cleanHtml(content, url) : cleaner.clean(content);
            } catch (RuntimeException e) {
                err.println("newsclean: " + name + ": " + e.getMessage());
                return false;
            }
            if (json) {
                StringBuilder sb = new StringBuilder("{\"text\":");
                Json.quote(r.text(), sb);
                if (r.title() != null) {
                    sb.append(",\"title\":");
                    Json.quote(r.title(), sb);
                }
                if (explain) {
                    sb.append(",\"removals\":").append(r.explainJson());
                }
                w.write(sb.append("}\n").toString());
                return true;
            }
            if (title && r.title() != null) {
                w.write(r.title());
                w.write("\n\n");
            }
            w.write(r.text());
            w.write('\n');
            if (explain) {
                w.write("\n--- removals (" + r.removals().size() + ") ---\n");
                w.write(r.explain());
            }
            return true;
        }

        int jsonl(BufferedReader r, String name) throws IOException {
            int failures = 0;
            String line;
            long no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank()) {
                    continue;
                }
                String where = name + ":" + no;
                Map<String, JsonLine.Value> obj;
                try {
                    obj = JsonLine.parseObject(line);
                } catch (IllegalArgumentException e) {
                    err.println("newsclean: " + where + ": malformed JSON: " + e.getMessage());
                    failures++;
                    continue;
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
                    err.println("newsclean: " + where + ": " + e.getMessage());
                    sb.append(",\"error\":");
                    Json.quote(String.valueOf(e.getMessage()), sb);
                    w.write(sb.append("}\n").toString());
                    failures++;
                    continue;
                }
                sb.append(",\"text\":");
                Json.quote(result.text(), sb);
                if (result.title() != null) {
                    sb.append(",\"title\":");
                    Json.quote(result.title(), sb);
                }
                sb.append(",\"removed\":").append(result.removals().size());
                if (explain) {
                    sb.append(",\"removals\":").append(result.explainJson());
                }
                w.write(sb.append("}\n").toString());
            }
            return failures;
        }
    }
}
