package org.newsclean.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.newsclean.Removal;

/**
 * Scores extractors on corpus documents and reports the results: per source and overall F1,
 * precision, recall and accuracy with bootstrap spreads ({@link Metric}); for the first extractor
 * that explains its removals, per-heuristic removal counts and how many of them hit gold text,
 * the ten worst documents and, where documents carry labels, per-label recall.
 *
 * <pre>{@code
 * List<Document> docs = Corpus.read(Path.of("../shared/corpus"), List.of("scrapinghub"));
 * Evaluation ev = Evaluation.run(docs, List.of(
 *         Extractors.newsclean(NewsCleaner.news(), Extractors.Mode.HTML), Extractors.boilerpipe()));
 * System.out.println(ev.score("newsclean html", null).f1());
 * ev.write(Path.of("target/eval"));   // report.md, report.json, report.html
 * }</pre>
 *
 * <p>Instances are immutable once run and thread-safe.
 */
public final class Evaluation {
    /** How many worst documents the report lists. */
    static final int WORST = 10;
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private final List<Document> docs;
    private final List<Extractor> extractors;
    /** results.get(extractor).get(doc) */
    private final List<List<Result>> results;

    /**
     * One extractor's result on one document.
     *
     * @param doc the document
     * @param output what the extractor made of it, or null when it does not apply
     * @param counts the metric's counts against the gold, or null without gold or output
     * @param error the failure's message when extraction threw (the output is then empty), else null
     * @param nanos the time extraction took
     */
    record Result(Document doc, Extractor.Output output, Metric.Counts counts, String error, long nanos) {
    }

    private Evaluation(List<Document> docs, List<Extractor> extractors, List<List<Result>> results) {
        this.docs = docs;
        this.extractors = extractors;
        this.results = results;
    }

    /**
     * Runs every extractor on every document, one document at a time, in a thread with a large
     * stack (deeply nested pages overflow the default one).
     *
     * @param docs the documents
     * @param extractors the extractors; names must be distinct
     * @return the evaluation
     */
    public static Evaluation run(List<Document> docs, List<Extractor> extractors) {
        return run(docs, extractors, (i, d) -> { });
    }

    /**
     * @param progress told (documents done, document) before each document
     */
    static Evaluation run(List<Document> docs, List<Extractor> extractors, BiConsumer<Integer, Document> progress) {
        List<Document> ds = List.copyOf(docs);
        List<Extractor> es = List.copyOf(extractors);
        Set<String> names = new LinkedHashSet<>();
        for (Extractor e : es) {
            if (!names.add(e.name())) {
                throw new IllegalArgumentException("two extractors are named '" + e.name() + "'");
            }
        }
        List<List<Result>> rs = new ArrayList<>();
        for (int k = 0; k < es.size(); k++) {
            rs.add(new ArrayList<>(Collections.nCopies(ds.size(), null)));
        }
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                for (int i = 0; i < ds.size(); i++) {
                    progress.accept(i, ds.get(i));
                    for (int k = 0; k < es.size(); k++) {
                        rs.get(k).set(i, runOne(es.get(k), ds.get(i)));
                    }
                }
                progress.accept(ds.size(), null);
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "newsclean-eval", 512L * 1024 * 1024);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        if (failure.get() != null) {
            Throwable f = failure.get();
            if (f instanceof RuntimeException re) {
                throw re;
            }
            if (f instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(f);
        }
        List<List<Result>> frozen = new ArrayList<>();
        for (List<Result> r : rs) {
            frozen.add(List.copyOf(r));
        }
        return new Evaluation(ds, es, List.copyOf(frozen));
    }

    private static Result runOne(Extractor e, Document d) {
        long t0 = System.nanoTime();
        Extractor.Output out;
        String error = null;
        try {
            out = e.extract(d);
        } catch (Exception | StackOverflowError ex) {
            out = Extractor.Output.of("");
            error = ex.getClass().getSimpleName() + ": " + ex.getMessage();
        }
        long nanos = System.nanoTime() - t0;
        Metric.Counts c = out != null && d.gold() != null ? Metric.counts(out.text(), d.gold()) : null;
        return new Result(d, out, c, error, nanos);
    }

    /** @return the documents, in order */
    public List<Document> documents() {
        return docs;
    }

    /** @return the extractors' names, in order */
    public List<String> extractors() {
        List<String> n = new ArrayList<>();
        for (Extractor e : extractors) {
            n.add(e.name());
        }
        return n;
    }

    /** @return the sources of the documents, in order of first appearance */
    public List<String> sources() {
        Set<String> s = new LinkedHashSet<>();
        for (Document d : docs) {
            s.add(d.source());
        }
        return List.copyOf(s);
    }

    List<Result> results(String extractor) {
        return results.get(index(extractor));
    }

    private int index(String extractor) {
        for (int k = 0; k < extractors.size(); k++) {
            if (extractors.get(k).name().equals(extractor)) {
                return k;
            }
        }
        throw new IllegalArgumentException("no extractor named '" + extractor + "'; there are: " + extractors());
    }

    List<Metric.Counts> counts(String extractor, String source) {
        List<Metric.Counts> out = new ArrayList<>();
        for (Result r : results(extractor)) {
            if (r.counts() != null && (source == null || r.doc().source().equals(source))) {
                out.add(r.counts());
            }
        }
        return out;
    }

    /**
     * @param extractor an extractor's name
     * @param source a source, or null for all documents
     * @return the extractor's score on the documents of that source that have gold and to which it applies
     */
    public Metric.Score score(String extractor, String source) {
        return Metric.score(counts(extractor, source));
    }

    /**
     * @param extractor an extractor's name
     * @param source a source, or null for all documents
     * @return the bootstrap standard deviations of {@link #score(String, String)}
     */
    public Metric.Spread spread(String extractor, String source) {
        return Metric.spread(counts(extractor, source));
    }

    /** @return the first extractor whose outputs carry removals, else the first extractor, else null */
    String primary() {
        for (int k = 0; k < extractors.size(); k++) {
            for (Result r : results.get(k)) {
                if (r.output() != null && !r.output().removals().isEmpty()) {
                    return extractors.get(k).name();
                }
            }
        }
        return extractors.isEmpty() ? null : extractors.get(0).name();
    }

    /**
     * One heuristic's removals.
     *
     * @param heuristic the heuristic's name
     * @param removals every removal it made
     * @param scored removals on documents with gold
     * @param hits scored removals that lost gold text (see {@link Metric.Gold#hit(String)})
     * @param lost examples of lost gold text: document key and removed text
     */
    record HeuristicStats(String heuristic, int removals, int scored, int hits, List<String[]> lost) {
        /** @return the share of scored removals that did not hit gold, or NaN without scored removals */
        double precision() {
            return scored == 0 ? Double.NaN : 1 - (double) hits / scored;
        }
    }

    /** @return per-heuristic statistics of the extractor's removals, by heuristic name */
    List<HeuristicStats> heuristics(String extractor) {
        Map<String, int[]> n = new TreeMap<>();
        Map<String, List<String[]>> lost = new TreeMap<>();
        for (Result r : results(extractor)) {
            if (r.output() == null) {
                continue;
            }
            Metric.Gold gold = r.doc().gold() == null ? null : new Metric.Gold(r.doc().gold(), r.output().text());
            for (Removal rem : r.output().removals()) {
                int[] c = n.computeIfAbsent(rem.heuristic(), k -> new int[3]);
                lost.computeIfAbsent(rem.heuristic(), k -> new ArrayList<>());
                c[0]++;
                if (gold != null) {
                    c[1]++;
                    if (gold.hit(rem.text())) {
                        c[2]++;
                        lost.get(rem.heuristic()).add(new String[] {r.doc().key(), rem.text()});
                    }
                }
            }
        }
        List<HeuristicStats> out = new ArrayList<>();
        for (Map.Entry<String, int[]> e : n.entrySet()) {
            int[] c = e.getValue();
            out.add(new HeuristicStats(e.getKey(), c[0], c[1], c[2], List.copyOf(lost.get(e.getKey()))));
        }
        return out;
    }

    /** @return the extractor's scored results, worst per-document F1 first (ties by key) */
    List<Result> worst(String extractor, int limit) {
        List<Result> scored = new ArrayList<>();
        for (Result r : results(extractor)) {
            if (r.counts() != null) {
                scored.add(r);
            }
        }
        scored.sort((a, b) -> {
            int c = Double.compare(a.counts().f1(), b.counts().f1());
            return c != 0 ? c : a.doc().key().compareTo(b.doc().key());
        });
        return scored.subList(0, Math.min(limit, scored.size()));
    }

    /**
     * Label recall of one category.
     *
     * @param category the labels' category
     * @param labels how many labels
     * @param removed how many are no longer in the output
     * @param kept examples of labels still in the output: document key and label text
     */
    record LabelStats(String category, int labels, int removed, List<String[]> kept) {
        double recall() {
            return labels == 0 ? Double.NaN : (double) removed / labels;
        }
    }

    /**
     * A label counts as removed when its text, with whitespace runs made one space, no longer
     * occurs in the output likewise normalised.
     *
     * @return per-category label recall of the extractor, by category, with an {@code all} row last;
     *     empty when no document has labels
     */
    List<LabelStats> labels(String extractor) {
        Map<String, int[]> n = new TreeMap<>();
        Map<String, List<String[]>> kept = new TreeMap<>();
        for (Result r : results(extractor)) {
            if (r.output() == null || r.doc().labels().isEmpty()) {
                continue;
            }
            String out = normalise(r.output().text());
            for (Document.Label l : r.doc().labels()) {
                String cat = l.category();
                int[] c = n.computeIfAbsent(cat, k -> new int[2]);
                kept.computeIfAbsent(cat, k -> new ArrayList<>());
                c[0]++;
                String t = normalise(l.text());
                if (t.isEmpty() || !out.contains(t)) {
                    c[1]++;
                } else {
                    kept.get(cat).add(new String[] {r.doc().key(), l.text()});
                }
            }
        }
        List<LabelStats> stats = new ArrayList<>();
        int all = 0;
        int removed = 0;
        List<String[]> allKept = new ArrayList<>();
        for (Map.Entry<String, int[]> e : n.entrySet()) {
            stats.add(new LabelStats(e.getKey(), e.getValue()[0], e.getValue()[1], List.copyOf(kept.get(e.getKey()))));
            all += e.getValue()[0];
            removed += e.getValue()[1];
            allKept.addAll(kept.get(e.getKey()));
        }
        if (!stats.isEmpty()) {
            stats.add(new LabelStats("all", all, removed, List.copyOf(allKept)));
        }
        return stats;
    }

    static String normalise(String s) {
        return SPACE.matcher(s).replaceAll(" ").strip();
    }

    /** @return the summary, heuristics, worst documents and labels as Markdown tables */
    public String markdown() {
        return Report.markdown(this);
    }

    /**
     * Writes {@code report.md}, {@code report.json} and {@code report.html} into the folder,
     * creating it if needed.
     *
     * @param out the output folder
     * @throws UncheckedIOException when a file cannot be written
     */
    public void write(Path out) {
        Objects.requireNonNull(out, "out");
        try {
            Files.createDirectories(out);
            Files.writeString(out.resolve("report.md"), markdown(), StandardCharsets.UTF_8);
            Files.writeString(out.resolve("report.json"), Report.json(this), StandardCharsets.UTF_8);
            Files.writeString(out.resolve("report.html"), Report.html(this), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + out, e);
        }
    }

    /** @return extraction time per extractor, in milliseconds, by extractor name */
    Map<String, Double> millis() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int k = 0; k < extractors.size(); k++) {
            long ns = 0;
            for (Result r : results.get(k)) {
                ns += r.nanos();
            }
            m.put(extractors.get(k).name(), ns / 1e6);
        }
        return m;
    }
}
