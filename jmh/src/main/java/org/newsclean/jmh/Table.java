package org.newsclean.jmh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns JMH's JSON result file ({@code -rf json}) into one Markdown table: per path, newsclean's
 * MB/s and documents/s, Boilerpipe's MB/s and the ratio of the two, jsoup's parse alone, the
 * allocation per input byte (when run with {@code -prof gc}), and a note that compares the row
 * with its reference (1 KB for sizes, {@code typical} for adversarial inputs, the empty pipeline
 * for heuristics, one thread for threads, the word split alone for text). MB means 10^6 bytes of
 * UTF-8 input.
 *
 * <p>Usage: {@code java -cp jmh/target/benchmarks.jar org.newsclean.jmh.Table jmh/target/jmh-result.json}.
 * Stateless; not meant to be used as a library.
 */
public final class Table {
    private static final String PKG = "org.newsclean.jmh.";

    /**
     * One JMH result, reduced to what the table shows: ops/s (documents/s), the counters' rates
     * (bytes, documents, CPU ns per second) and their per-iteration values, and B allocated per op.
     */
    private record Result(String benchmark, Map<String, String> params, int threads, double ops, double opsError,
            double bytes, double docs, double cpu, double[] bytesRaw, double[] cpuRaw, double allocPerOp) {
        double bytesPerDoc() {
            return bytes / docs;
        }

        /** Wall-clock MB/s: documents per second times the mean document size. */
        double wallMbs() {
            return ops * bytesPerDoc() / 1e6;
        }

        /** MB per second of the benchmark threads' CPU time, or wall-clock MB/s when unknown. */
        double mbs() {
            return cpu > 0 ? bytes / cpu * 1e3 : wallMbs();
        }

        /** @return the standard deviation of {@link #mbs()} over iterations, or NaN */
        double mbsSd() {
            if (cpu <= 0) {
                return opsError * bytesPerDoc() / 1e6;
            }
            int n = Math.min(bytesRaw.length, cpuRaw.length);
            if (n < 2) {
                return Double.NaN;
            }
            double[] v = new double[n];
            double mean = 0;
            for (int k = 0; k < n; k++) {
                v[k] = bytesRaw[k] / cpuRaw[k] * 1e3;
                mean += v[k] / n;
            }
            double ss = 0;
            for (double x : v) {
                ss += (x - mean) * (x - mean);
            }
            return Math.sqrt(ss / (n - 1));
        }

        double allocPerByte() {
            return Double.isNaN(allocPerOp) || bytes <= 0 ? Double.NaN : allocPerOp / bytesPerDoc();
        }

        String param(String name) {
            return params.getOrDefault(name, "");
        }
    }

    private Table() {
    }

    /**
     * @param args the JSON result file
     * @throws IOException if it cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: Table <jmh-result.json>");
            System.exit(2);
        }
        String json = Files.readString(Paths.get(args[0]), StandardCharsets.UTF_8);
        System.out.print(render(org.newsclean.corpus.Json.parse(json)));
    }

    /**
     * @param parsed the parsed JSON array of JMH results
     * @return the Markdown table, then one line on how it was measured
     */
    static String render(Object parsed) {
        List<Result> results = new ArrayList<>();
        String setup = "";
        for (Object o : (List<?>) parsed) {
            Map<?, ?> m = (Map<?, ?>) o;
            Map<String, String> params = new LinkedHashMap<>();
            if (m.get("params") instanceof Map<?, ?> p) {
                p.forEach((k, v) -> params.put(String.valueOf(k), String.valueOf(v)));
            }
            Map<?, ?> primary = (Map<?, ?>) m.get("primaryMetric");
            Map<?, ?> secondary = m.get("secondaryMetrics") instanceof Map<?, ?> s ? s : Map.of();
            results.add(new Result(String.valueOf(m.get("benchmark")).replace(PKG, ""), params,
                    (int) num(m.get("threads")), num(primary.get("score")), num(primary.get("scoreError")),
                    score(secondary, "bytes", "score"), score(secondary, "docs", "score"),
                    score(secondary, "cpuNanos", "score"), raw(secondary, "bytes"), raw(secondary, "cpuNanos"),
                    score(secondary, "gc.alloc.rate.norm", "score")));
            setup = String.format(Locale.ROOT, "JMH %s, %s %s, %s fork(s), warmup %s x %s, measurement %s x %s, "
                    + "MB = 10^6 UTF-8 bytes of input; "
                    + "MB/s = MB per second of the benchmark threads' CPU time (wall MB/s: per second of elapsed time); "
                    + "± = standard deviation over iterations", m.get("jmhVersion"), m.get("vmName"), m.get("jdkVersion"),
                    fmtInt(m.get("forks")), fmtInt(m.get("warmupIterations")), m.get("warmupTime"),
                    fmtInt(m.get("measurementIterations")), m.get("measurementTime"));
        }
        StringBuilder sb = new StringBuilder();
        sb.append("| path | newsclean MB/s | wall MB/s | docs/s | Boilerpipe MB/s | newsclean / Boilerpipe "
                + "| jsoup parse MB/s | alloc B/byte | note |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
        List<Result> done = new ArrayList<>();

        for (Result r : find(results, "TextBenchmark.newsclean")) {
            String name = switch (r.param("input")) {
                case "scraped" -> "text: scraped residue (seed-like)";
                case "page-text" -> "text: whole-page text";
                case "own-text" -> "text: own corpus, scraped text (corpus/docs)";
                case "own-page" -> "text: own corpus, whole-page text (corpus/docs)";
                default -> "text: " + r.param("input");
            };
            Result split = withParam(find(results, "WordSplitBenchmark.wordSplit"), "input", r.param("input"));
            String note = split == null ? "" : String.format(Locale.ROOT, "x%.2f of the word split alone", r.mbs() / split.mbs());
            row(sb, name, r, null, null, note);
            done.add(r);
        }
        for (Result r : find(results, "WordSplitBenchmark.wordSplit")) {
            row(sb, "text: word split alone (baseline), " + r.param("input"), r, null, null, "words found and hashed, nothing else");
            done.add(r);
        }
        for (String pages : List.of("corpus", "own")) {
            Result nc = withParam(find(results, "HtmlBenchmark.newsclean"), "pages", pages);
            Result bp = withParam(find(results, "HtmlBenchmark.boilerpipe"), "pages", pages);
            Result js = withParam(find(results, "HtmlBenchmark.jsoupParse"), "pages", pages);
            if (nc != null || bp != null || js != null) {
                String note = "";
                if (nc != null && js != null) {
                    note = String.format(Locale.ROOT, "time: parse + %.0f%%", 100 * (js.mbs() / nc.mbs() - 1));
                }
                row(sb, pages.equals("corpus") ? "html: corpus pages" : "html: own pages (corpus/docs)", nc, bp, js, note);
                done.add(nc);
                done.add(bp);
                done.add(js);
            }
        }
        Result one = first(results, "ThreadsBenchmark.oneThread");
        List<Result> threads = find(results, "ThreadsBenchmark.");
        threads.sort((a, b) -> Integer.compare(a.threads(), b.threads()));
        for (Result r : threads) {
            String note = one != null && r != one ? String.format(Locale.ROOT, "wall x%.2f of 1 thread, per CPU x%.2f",
                    r.wallMbs() / one.wallMbs(), r.mbs() / one.mbs()) : "";
            row(sb, "text: scraped, one shared cleaner, " + r.threads() + " thread" + (r.threads() == 1 ? "" : "s"),
                    r, null, null, note);
            done.add(r);
        }
        Result none = null;
        for (Result r : find(results, "HeuristicBenchmark.alone")) {
            if (r.param("heuristic").equals(HeuristicBenchmark.NONE)) {
                none = r;
            }
        }
        for (Result r : find(results, "HeuristicBenchmark.alone")) {
            String h = r.param("heuristic");
            String name = h.equals(HeuristicBenchmark.NONE) ? "heuristic: none (empty pipeline)"
                    : h.equals(HeuristicBenchmark.PRESET) ? "heuristic: all (news preset)"
                    : h.equals(HeuristicBenchmark.ARTICLE) ? "preset: article (news without page-blocks)" : "heuristic alone: " + h;
            String note = String.format(Locale.ROOT, "%.0f ns/KB", nsPerKb(r));
            if (none != null && r != none) {
                note += String.format(Locale.ROOT, ", %.0f over none", nsPerKb(r) - nsPerKb(none));
            }
            row(sb, name, r, null, null, note);
            done.add(r);
        }
        List<Result> sizes = find(results, "ScalingBenchmark.newsclean");
        sizes.sort((a, b) -> Integer.compare(Inputs.parseSize(a.param("size")), Inputs.parseSize(b.param("size"))));
        Result smallest = sizes.isEmpty() ? null : sizes.get(0);
        for (Result r : sizes) {
            String note = String.format(Locale.ROOT, "cost/byte x%.2f of %s", smallest.mbs() / r.mbs(), smallest.param("size"));
            row(sb, "size: " + r.param("size") + " documents", r, null, null, note);
            done.add(r);
        }
        Map<String, Result> typical = new LinkedHashMap<>();
        for (Result r : find(results, "AdversarialBenchmark.newsclean")) {
            if (r.param("shape").equals("typical")) {
                typical.put(r.param("size"), r);
            }
        }
        for (Result r : find(results, "AdversarialBenchmark.newsclean")) {
            Result t = typical.get(r.param("size"));
            String note = t == null || t == r ? "" : String.format(Locale.ROOT, "x%.2f of typical's MB/s", r.mbs() / t.mbs());
            row(sb, "adversarial " + r.param("size") + ": " + r.param("shape"), r, null, null, note);
            done.add(r);
        }
        for (Result r : results) {
            if (!done.contains(r)) {
                row(sb, r.benchmark() + (r.params().isEmpty() ? "" : " " + r.params()), r, null, null, "");
            }
        }
        sb.append('\n').append(setup).append('\n');
        return sb.toString();
    }

    private static void row(StringBuilder sb, String name, Result nc, Result bp, Result js, String note) {
        sb.append("| ").append(name).append(" | ").append(nc == null ? "-" : mbs(nc)).append(" | ")
                .append(nc == null ? "-" : fmt(nc.wallMbs(), nc.wallMbs() < 10 ? 2 : 1)).append(" | ")
                .append(nc == null ? "-" : fmt(nc.ops(), nc.ops() < 10 ? 2 : 0)).append(" | ").append(bp == null ? "-" : mbs(bp))
                .append(" | ").append(nc == null || bp == null ? "-" : "x" + fmt(nc.mbs() / bp.mbs(), 2))
                .append(" | ").append(js == null ? "-" : mbs(js)).append(" | ")
                .append(nc == null ? "-" : fmt(nc.allocPerByte(), 1)).append(" | ").append(note).append(" |\n");
    }

    private static String mbs(Result r) {
        String s = fmt(r.mbs(), r.mbs() < 10 ? 2 : 1);
        double e = r.mbsSd();
        return Double.isFinite(e) ? s + " ± " + fmt(e, r.mbs() < 10 ? 2 : 1) : s;
    }

    private static double nsPerKb(Result r) {
        return 1024 * 1e3 / r.mbs();
    }

    private static String fmt(double d, int decimals) {
        return Double.isFinite(d) ? String.format(Locale.ROOT, "%." + decimals + "f", d) : "-";
    }

    private static String fmtInt(Object o) {
        return o == null ? "?" : String.valueOf((long) num(o));
    }

    private static List<Result> find(List<Result> all, String prefix) {
        List<Result> out = new ArrayList<>();
        for (Result r : all) {
            if (r.benchmark().startsWith(prefix)) {
                out.add(r);
            }
        }
        return out;
    }

    /** @return the first result whose parameter {@code name} is {@code value} (or that has no such parameter), or null */
    private static Result withParam(List<Result> all, String name, String value) {
        for (Result r : all) {
            String p = r.param(name);
            if (p.isEmpty() ? value.equals("corpus") : p.equals(value)) {
                return r;
            }
        }
        return null;
    }

    private static Result first(List<Result> all, String name) {
        List<Result> f = find(all, name);
        return f.isEmpty() ? null : f.get(0);
    }

    private static double score(Map<?, ?> secondary, String metric, String field) {
        return secondary.get(metric) instanceof Map<?, ?> m ? num(m.get(field)) : Double.NaN;
    }

    private static double[] raw(Map<?, ?> secondary, String metric) {
        List<Double> out = new ArrayList<>();
        if (secondary.get(metric) instanceof Map<?, ?> m && m.get("rawData") instanceof List<?> forks) {
            for (Object fork : forks) {
                if (fork instanceof List<?> iterations) {
                    for (Object v : iterations) {
                        out.add(num(v));
                    }
                }
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double num(Object o) {
        if (o instanceof Number n) {
            return n.doubleValue();
        }
        if (o instanceof String s) {
            try {
                return Double.parseDouble(s);
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }
}
