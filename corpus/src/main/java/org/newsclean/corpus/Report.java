package org.newsclean.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsclean.Removal;

/** Renders an {@link Evaluation} as Markdown, JSON and HTML. Stateless. */
final class Report {
    /** Highlight colours, given to heuristics in name order. */
    private static final String[] COLOURS = {"#ffd54f", "#81d4fa", "#a5d6a7", "#f48fb1", "#ce93d8", "#ffab91",
        "#80cbc4", "#e6ee9c", "#b0bec5", "#ffcc80", "#9fa8da", "#bcaaa4", "#ef9a9a", "#c5e1a5"};
    private static final int EXAMPLES = 3;

    private Report() {
    }

    /** One row of the score table. */
    record Row(String system, String source, Metric.Score score, Metric.Spread spread) {
    }

    static List<Row> rows(Evaluation ev) {
        List<Row> rows = new ArrayList<>();
        List<String> goldSources = new ArrayList<>();
        for (String s : ev.sources()) {
            for (Document d : ev.documents()) {
                if (d.source().equals(s) && d.gold() != null) {
                    goldSources.add(s);
                    break;
                }
            }
        }
        for (String x : ev.extractors()) {
            for (String s : goldSources) {
                if (!ev.counts(x, s).isEmpty()) {
                    rows.add(new Row(x, s, ev.score(x, s), ev.spread(x, s)));
                }
            }
            int sources = 0;
            for (String s : goldSources) {
                if (!ev.counts(x, s).isEmpty()) {
                    sources++;
                }
            }
            if (sources > 1) {
                rows.add(new Row(x, "all", ev.score(x, null), ev.spread(x, null)));
            }
        }
        return rows;
    }

    static String markdown(Evaluation ev) {
        StringBuilder sb = new StringBuilder();
        sb.append("| system | source | docs | F1 | precision | recall | accuracy |\n");
        sb.append("|---|---|--:|---|---|---|---|\n");
        for (Row r : rows(ev)) {
            sb.append("| ").append(r.system()).append(" | ").append(r.source()).append(" | ").append(r.score().documents())
                    .append(" | ").append(pm(r.score().f1(), r.spread().f1()))
                    .append(" | ").append(pm(r.score().precision(), r.spread().precision()))
                    .append(" | ").append(pm(r.score().recall(), r.spread().recall()))
                    .append(" | ").append(pm(r.score().accuracy(), r.spread().accuracy())).append(" |\n");
        }
        sb.append("\n± is the standard deviation over ").append(Metric.RESAMPLES)
                .append(" bootstrap resamples of the documents (evaluate.py prints 1.96 × it).\n");
        String primary = ev.primary();
        if (primary == null) {
            return sb.toString();
        }
        byLanguage(ev, primary, sb);
        gold(ev, primary, sb);
        List<Evaluation.HeuristicStats> hs = ev.heuristics(primary);
        if (!hs.isEmpty()) {
            sb.append("\n### Removals by heuristic (").append(primary).append(")\n\n");
            sb.append("| heuristic | removals | on gold docs | hit gold | precision | lost gold text (examples) |\n");
            sb.append("|---|--:|--:|--:|--:|---|\n");
            for (Evaluation.HeuristicStats h : hs) {
                sb.append("| ").append(h.heuristic()).append(" | ").append(h.removals()).append(" | ").append(h.scored())
                        .append(" | ").append(h.hits()).append(" | ").append(f3(h.precision())).append(" | ")
                        .append(examples(h.lost())).append(" |\n");
            }
            sb.append("\nA removal hits gold when at least half of its 4-token shingles (for 1-3 tokens: its token "
                    + "sequence) occur more often in the document's gold than in the output, i.e. it lost gold text. "
                    + "Precision = 1 - hits / removals on gold documents.\n");
        }
        List<Evaluation.Result> worst = ev.worst(primary, Evaluation.WORST);
        if (!worst.isEmpty()) {
            sb.append("\n### Ten worst documents (").append(primary).append(")\n\n");
            sb.append("| document | F1 | precision | recall | output tokens | gold tokens |\n");
            sb.append("|---|--:|--:|--:|--:|--:|\n");
            for (Evaluation.Result r : worst) {
                sb.append("| ").append(shortKey(r.doc())).append(" | ").append(f3(r.counts().f1())).append(" | ")
                        .append(f3(r.counts().precision())).append(" | ").append(f3(r.counts().recall())).append(" | ")
                        .append(Metric.tokens(r.output().text()).size()).append(" | ")
                        .append(Metric.tokens(r.doc().gold()).size()).append(" |\n");
            }
        }
        List<Evaluation.LabelStats> ls = ev.labels(primary);
        if (!ls.isEmpty()) {
            sb.append("\n### Label recall (").append(primary).append(")\n\n");
            sb.append("| category | labels | removed | recall | still in the output (examples) |\n");
            sb.append("|---|--:|--:|--:|---|\n");
            for (Evaluation.LabelStats l : ls) {
                sb.append("| ").append(l.category()).append(" | ").append(l.labels()).append(" | ").append(l.removed())
                        .append(" | ").append(f3(l.recall())).append(" | ").append(examples(l.kept())).append(" |\n");
            }
        }
        List<String> failures = new ArrayList<>();
        for (String x : ev.extractors()) {
            for (Evaluation.Result r : ev.results(x)) {
                if (r.error() != null) {
                    failures.add(x + " on " + r.doc().key() + ": " + abbreviate(r.error(), 120));
                }
            }
        }
        if (!failures.isEmpty()) {
            sb.append("\n### Failures (scored as empty output)\n\n");
            for (String f : failures) {
                sb.append("- ").append(cell(f)).append('\n');
            }
        }
        sb.append("\nTime: ");
        boolean first = true;
        for (Map.Entry<String, Double> e : ev.millis().entrySet()) {
            sb.append(first ? "" : ", ").append(e.getKey()).append(' ')
                    .append(String.format(Locale.ROOT, "%.1f s", e.getValue() / 1000));
            first = false;
        }
        sb.append(".\n");
        return sb.toString();
    }

    /** Notes sources without gold: documents run, failures, empty outputs. */
    /**
     * Scores of the primary extractor per source and language (meta.json's {@code lang}, else the
     * page's {@code <html lang>}; "?" when neither), when a source has documents in two languages or more.
     */
    static void byLanguage(Evaluation ev, String primary, StringBuilder sb) {
        Map<String, Map<String, List<Metric.Counts>>> bySource = new LinkedHashMap<>();
        for (Evaluation.Result r : ev.results(primary)) {
            if (r.counts() == null) {
                continue;
            }
            String lang = r.doc().lang() == null ? "?" : r.doc().lang();
            bySource.computeIfAbsent(r.doc().source(), k -> new TreeMap<>()).computeIfAbsent(lang, k -> new ArrayList<>())
                    .add(r.counts());
        }
        StringBuilder rows = new StringBuilder();
        for (Map.Entry<String, Map<String, List<Metric.Counts>>> e : bySource.entrySet()) {
            if (e.getValue().size() < 2) {
                continue;
            }
            for (Map.Entry<String, List<Metric.Counts>> l : e.getValue().entrySet()) {
                Metric.Score sc = Metric.score(l.getValue());
                rows.append("| ").append(e.getKey()).append(" | ").append(l.getKey()).append(" | ").append(sc.documents())
                        .append(" | ").append(f3(sc.f1())).append(" | ").append(f3(sc.precision())).append(" | ")
                        .append(f3(sc.recall())).append(" |\n");
            }
        }
        if (rows.length() > 0) {
            sb.append("\n### By language (").append(primary).append(")\n\n");
            sb.append("| source | lang | docs | F1 | precision | recall |\n|---|---|--:|---|---|---|\n").append(rows);
        }
    }

    private static void gold(Evaluation ev, String primary, StringBuilder sb) {
        Map<String, int[]> n = new LinkedHashMap<>();
        for (Evaluation.Result r : ev.results(primary)) {
            if (r.doc().gold() == null && r.output() != null) {
                int[] c = n.computeIfAbsent(r.doc().source(), k -> new int[3]);
                c[0]++;
                if (r.error() != null) {
                    c[1]++;
                } else if (Metric.tokens(r.output().text()).isEmpty()) {
                    c[2]++;
                }
            }
        }
        for (Map.Entry<String, int[]> e : n.entrySet()) {
            sb.append("\n").append(e.getKey()).append(" (no gold, ").append(primary).append("): ").append(e.getValue()[0])
                    .append(" documents, ").append(e.getValue()[1]).append(" failures, ").append(e.getValue()[2])
                    .append(" empty outputs.\n");
        }
    }

    private static String examples(List<String[]> xs) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(EXAMPLES, xs.size()); i++) {
            sb.append(i == 0 ? "" : "; ").append('"').append(cell(abbreviate(xs.get(i)[1], 60))).append('"');
        }
        if (xs.size() > EXAMPLES) {
            sb.append("; +").append(xs.size() - EXAMPLES).append(" more");
        }
        return sb.toString();
    }

    static String shortKey(Document d) {
        String id = d.id().length() > 16 && d.id().matches("[0-9a-f]+") ? d.id().substring(0, 12) : d.id();
        String host = hostOf(d.url());
        return d.source() + "/" + id + (host == null ? "" : " (" + host + ")");
    }

    private static String hostOf(String url) {
        if (url == null) {
            return null;
        }
        try {
            String h = java.net.URI.create(url.strip()).getHost();
            return h == null ? null : h.startsWith("www.") ? h.substring(4) : h;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String cell(String s) {
        return Evaluation.normalise(s).replace("|", "\\|");
    }

    static String abbreviate(String s, int max) {
        String t = Evaluation.normalise(s);
        return t.length() <= max ? t : t.substring(0, max - 1) + "…";
    }

    static String f3(double d) {
        return Double.isNaN(d) ? "-" : String.format(Locale.ROOT, "%.3f", d);
    }

    static String pm(double v, double sd) {
        return f3(v) + " ± " + f3(sd);
    }

    // ---------------------------------------------------------------- JSON

    static String json(Evaluation ev) {
        StringBuilder sb = new StringBuilder("{\n  \"metric\": ")
                .append(Json.quote("scrapinghub article-extraction-benchmark: 4-token shingles, per-doc normalised "
                        + "TP/FP/FN, P over non-empty predictions, R over non-empty golds; spread = bootstrap standard "
                        + "deviation (" + Metric.RESAMPLES + " resamples); ci95 = 1.96 x spread, as evaluate.py prints it"));
        sb.append(",\n  \"extractors\": [");
        List<String> xs = ev.extractors();
        for (int i = 0; i < xs.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(Json.quote(xs.get(i)));
        }
        sb.append("],\n  \"scores\": [");
        List<Row> rows = rows(ev);
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            sb.append(i == 0 ? "\n" : ",\n").append("    {\"system\": ").append(Json.quote(r.system()))
                    .append(", \"source\": ").append(Json.quote(r.source()))
                    .append(", \"documents\": ").append(r.score().documents())
                    .append(", \"f1\": ").append(Json.num(r.score().f1()))
                    .append(", \"precision\": ").append(Json.num(r.score().precision()))
                    .append(", \"recall\": ").append(Json.num(r.score().recall()))
                    .append(", \"accuracy\": ").append(Json.num(r.score().accuracy()))
                    .append(", \"spread\": {\"f1\": ").append(Json.num(r.spread().f1()))
                    .append(", \"precision\": ").append(Json.num(r.spread().precision()))
                    .append(", \"recall\": ").append(Json.num(r.spread().recall()))
                    .append(", \"accuracy\": ").append(Json.num(r.spread().accuracy())).append("}")
                    .append(", \"ci95\": {\"f1\": ").append(Json.num(r.spread().ci95().f1()))
                    .append(", \"precision\": ").append(Json.num(r.spread().ci95().precision()))
                    .append(", \"recall\": ").append(Json.num(r.spread().ci95().recall())).append("}}");
        }
        sb.append("\n  ]");
        String primary = ev.primary();
        if (primary != null) {
            sb.append(",\n  \"primary\": ").append(Json.quote(primary));
            sb.append(",\n  \"heuristics\": [");
            List<Evaluation.HeuristicStats> hs = ev.heuristics(primary);
            for (int i = 0; i < hs.size(); i++) {
                Evaluation.HeuristicStats h = hs.get(i);
                sb.append(i == 0 ? "\n" : ",\n").append("    {\"heuristic\": ").append(Json.quote(h.heuristic()))
                        .append(", \"removals\": ").append(h.removals())
                        .append(", \"onGoldDocuments\": ").append(h.scored())
                        .append(", \"hitGold\": ").append(h.hits())
                        .append(", \"precision\": ").append(Json.num(h.precision()))
                        .append(", \"lostGoldText\": ").append(pairs(h.lost(), "document", "text")).append('}');
            }
            sb.append("\n  ],\n  \"worst\": [");
            List<Evaluation.Result> worst = ev.worst(primary, Evaluation.WORST);
            for (int i = 0; i < worst.size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(Json.quote(worst.get(i).doc().key()));
            }
            sb.append("],\n  \"labels\": [");
            List<Evaluation.LabelStats> ls = ev.labels(primary);
            for (int i = 0; i < ls.size(); i++) {
                Evaluation.LabelStats l = ls.get(i);
                sb.append(i == 0 ? "\n" : ",\n").append("    {\"category\": ").append(Json.quote(l.category()))
                        .append(", \"labels\": ").append(l.labels()).append(", \"removed\": ").append(l.removed())
                        .append(", \"recall\": ").append(Json.num(l.recall()))
                        .append(", \"kept\": ").append(pairs(l.kept(), "document", "text")).append('}');
            }
            sb.append(ls.isEmpty() ? "]" : "\n  ]");
        }
        sb.append(",\n  \"documents\": [");
        List<Document> docs = ev.documents();
        for (int i = 0; i < docs.size(); i++) {
            Document d = docs.get(i);
            sb.append(i == 0 ? "\n" : ",\n").append("    {\"key\": ").append(Json.quote(d.key()))
                    .append(", \"url\": ").append(Json.quote(d.url()))
                    .append(", \"gold\": ").append(d.gold() != null).append(", \"results\": {");
            for (int k = 0; k < xs.size(); k++) {
                Evaluation.Result r = ev.results(xs.get(k)).get(i);
                sb.append(k == 0 ? "" : ", ").append(Json.quote(xs.get(k))).append(": ");
                if (r.output() == null) {
                    sb.append("null");
                    continue;
                }
                sb.append("{\"tokens\": ").append(Metric.tokens(r.output().text()).size())
                        .append(", \"removals\": ").append(r.output().removals().size())
                        .append(", \"millis\": ").append(Json.num(r.nanos() / 1e6));
                if (r.counts() != null) {
                    sb.append(", \"f1\": ").append(Json.num(r.counts().f1()))
                            .append(", \"precision\": ").append(Json.num(r.counts().precision()))
                            .append(", \"recall\": ").append(Json.num(r.counts().recall()))
                            .append(", \"exact\": ").append(r.counts().exact());
                }
                if (r.error() != null) {
                    sb.append(", \"error\": ").append(Json.quote(r.error()));
                }
                sb.append('}');
            }
            sb.append("}}");
        }
        sb.append("\n  ]\n}\n");
        return sb.toString();
    }

    private static String pairs(List<String[]> xs, String a, String b) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < xs.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append("{\"").append(a).append("\": ").append(Json.quote(xs.get(i)[0]))
                    .append(", \"").append(b).append("\": ").append(Json.quote(xs.get(i)[1])).append('}');
        }
        return sb.append(']').toString();
    }

    // ---------------------------------------------------------------- HTML

    static String html(Evaluation ev) {
        String primary = ev.primary();
        StringBuilder sb = new StringBuilder(1 << 20);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>newsclean evaluation</title>\n<style>\n"
                + "body{font:14px/1.45 system-ui,sans-serif;margin:16px;color:#222}\n"
                + "table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #ccc;padding:2px 8px;text-align:left}\n"
                + "td.n{text-align:right}\n"
                + ".doc{border:1px solid #bbb;margin:10px 0;padding:4px 8px}\n"
                + ".doc summary{cursor:pointer;font-weight:600}\n"
                + ".cols{display:grid;grid-template-columns:1fr 1fr;gap:12px}\n"
                + ".cols h4{margin:4px 0}\n"
                + ".txt{white-space:pre-wrap;font:13px/1.4 ui-monospace,monospace;background:#fafafa;border:1px solid #ddd;"
                + "padding:6px;max-height:900px;overflow:auto}\n"
                + "mark{border-radius:2px;padding:0 1px}\n"
                + ".chip{display:inline-block;padding:1px 6px;margin:2px;border-radius:3px;font-size:12px}\n"
                + ".hrem{font-size:12px;margin:4px 0}\n"
                + "</style></head><body>\n<h1>newsclean evaluation</h1>\n");
        sb.append("<h2>Scores</h2>\n<table><tr><th>system</th><th>source</th><th>docs</th><th>F1</th><th>precision</th>"
                + "<th>recall</th><th>accuracy</th></tr>\n");
        for (Row r : rows(ev)) {
            sb.append("<tr><td>").append(esc(r.system())).append("</td><td>").append(esc(r.source()))
                    .append("</td><td class=n>").append(r.score().documents())
                    .append("</td><td>").append(pm(r.score().f1(), r.spread().f1()))
                    .append("</td><td>").append(pm(r.score().precision(), r.spread().precision()))
                    .append("</td><td>").append(pm(r.score().recall(), r.spread().recall()))
                    .append("</td><td>").append(pm(r.score().accuracy(), r.spread().accuracy())).append("</td></tr>\n");
        }
        sb.append("</table>\n<p>± is the bootstrap standard deviation (").append(Metric.RESAMPLES)
                .append(" resamples).</p>\n");
        if (primary == null) {
            return sb.append("</body></html>\n").toString();
        }
        Map<String, String> colour = colours(ev, primary);
        sb.append("<h2>Removals by heuristic (").append(esc(primary)).append(")</h2>\n<p>Legend: ");
        for (Map.Entry<String, String> e : colour.entrySet()) {
            sb.append("<span class=chip style=\"background:").append(e.getValue()).append("\">").append(esc(e.getKey()))
                    .append("</span>");
        }
        sb.append("</p>\n<table><tr><th>heuristic</th><th>removals</th><th>on gold docs</th><th>hit gold</th>"
                + "<th>precision</th><th>lost gold text (examples)</th></tr>\n");
        for (Evaluation.HeuristicStats h : ev.heuristics(primary)) {
            sb.append("<tr><td><span class=chip style=\"background:").append(colour.get(h.heuristic())).append("\">")
                    .append(esc(h.heuristic())).append("</span></td><td class=n>").append(h.removals())
                    .append("</td><td class=n>").append(h.scored()).append("</td><td class=n>").append(h.hits())
                    .append("</td><td class=n>").append(f3(h.precision())).append("</td><td>")
                    .append(esc(examples(h.lost()))).append("</td></tr>\n");
        }
        sb.append("</table>\n");
        List<Evaluation.LabelStats> ls = ev.labels(primary);
        if (!ls.isEmpty()) {
            sb.append("<h2>Label recall</h2>\n<table><tr><th>category</th><th>labels</th><th>removed</th><th>recall</th>"
                    + "<th>still in the output (examples)</th></tr>\n");
            for (Evaluation.LabelStats l : ls) {
                sb.append("<tr><td>").append(esc(l.category())).append("</td><td class=n>").append(l.labels())
                        .append("</td><td class=n>").append(l.removed()).append("</td><td class=n>").append(f3(l.recall()))
                        .append("</td><td>").append(esc(examples(l.kept()))).append("</td></tr>\n");
            }
            sb.append("</table>\n");
        }
        sb.append("<h2>Documents (").append(esc(primary))
                .append(")</h2>\n<p>Worst F1 first; documents without gold last. Left: the text that was cleaned, "
                        + "each removed span highlighted in its heuristic's colour (hover for the reason); removals "
                        + "made on the HTML are listed above it. Right: the gold.</p>\n");
        List<Evaluation.Result> order = new ArrayList<>(ev.results(primary));
        order.removeIf(r -> r.output() == null);
        order.sort(Comparator.comparing((Evaluation.Result r) -> r.counts() == null)
                .thenComparingDouble(r -> r.counts() == null ? 0 : r.counts().f1())
                .thenComparing(r -> r.doc().key()));
        int shown = 0;
        for (Evaluation.Result r : order) {
            document(sb, r, colour, shown++ < Evaluation.WORST);
        }
        return sb.append("</body></html>\n").toString();
    }

    private static Map<String, String> colours(Evaluation ev, String primary) {
        TreeSet<String> hs = new TreeSet<>();
        for (Evaluation.Result r : ev.results(primary)) {
            if (r.output() != null) {
                for (Removal rem : r.output().removals()) {
                    hs.add(rem.heuristic());
                }
            }
        }
        Map<String, String> m = new LinkedHashMap<>();
        int i = 0;
        for (String h : hs) {
            m.put(h, COLOURS[i++ % COLOURS.length]);
        }
        return m;
    }

    private static void document(StringBuilder sb, Evaluation.Result r, Map<String, String> colour, boolean open) {
        Document d = r.doc();
        sb.append("<details class=doc").append(open ? " open" : "").append("><summary>").append(esc(d.key()));
        if (r.counts() != null) {
            sb.append(" — F1 ").append(f3(r.counts().f1())).append(", P ").append(f3(r.counts().precision()))
                    .append(", R ").append(f3(r.counts().recall()));
        }
        sb.append(" — ").append(r.output().removals().size()).append(" removals");
        Map<String, Integer> perHeuristic = new java.util.TreeMap<>();
        for (Removal rem : r.output().removals()) {
            perHeuristic.merge(rem.heuristic(), 1, Integer::sum);
        }
        for (Map.Entry<String, Integer> e : perHeuristic.entrySet()) {
            sb.append(" <span class=chip style=\"background:").append(colour.get(e.getKey())).append("\">")
                    .append(esc(e.getKey())).append(' ').append(e.getValue()).append("</span>");
        }
        if (r.error() != null) {
            sb.append(" — failed: ").append(esc(r.error()));
        }
        sb.append("</summary>\n");
        if (d.url() != null) {
            sb.append("<div><a href=\"").append(esc(d.url())).append("\">").append(esc(d.url())).append("</a></div>\n");
        }
        sb.append("<div class=cols><div><h4>Input as cleaned, removals highlighted</h4>\n");
        List<Removal> html = new ArrayList<>();
        List<Removal> text = new ArrayList<>();
        for (Removal rem : r.output().removals()) {
            (rem.origin() == Removal.Origin.HTML ? html : text).add(rem);
        }
        if (!html.isEmpty()) {
            sb.append("<details class=hrem><summary>").append(html.size()).append(" removals on the HTML</summary>");
            for (Removal rem : html) {
                sb.append("<div><span class=chip style=\"background:").append(colour.get(rem.heuristic())).append("\">")
                        .append(esc(rem.heuristic())).append("</span> ").append(esc(rem.reason())).append(": ")
                        .append(esc(abbreviate(rem.text(), 200))).append("</div>");
            }
            sb.append("</details>\n");
        }
        sb.append("<div class=txt>");
        String src = r.output().source();
        if (src == null) {
            sb.append(esc(r.output().text()));
        } else {
            text.sort(Comparator.comparingInt(Removal::start));
            int at = 0;
            for (Removal rem : text) {
                int s = Math.max(rem.start(), at);
                int e = Math.min(rem.end(), src.length());
                if (rem.start() < 0 || e <= s) {
                    continue;
                }
                sb.append(esc(src.substring(at, s)));
                sb.append("<mark style=\"background:").append(colour.get(rem.heuristic())).append("\" title=\"")
                        .append(esc(rem.heuristic() + " " + rem.category().name().toLowerCase(Locale.ROOT) + ": "
                                + rem.reason())).append("\">").append(esc(src.substring(s, e))).append("</mark>");
                at = e;
            }
            sb.append(esc(src.substring(Math.min(at, src.length()))));
        }
        sb.append("</div></div>\n<div><h4>").append(d.gold() != null ? "Gold" : "Output (no gold)").append("</h4><div class=txt>")
                .append(esc(d.gold() != null ? d.gold() : r.output().text())).append("</div></div></div></details>\n");
    }

    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<': sb.append("&lt;"); break;
                case '>': sb.append("&gt;"); break;
                case '&': sb.append("&amp;"); break;
                case '"': sb.append("&quot;"); break;
                default: sb.append(c);
            }
        }
        return sb.toString();
    }
}
