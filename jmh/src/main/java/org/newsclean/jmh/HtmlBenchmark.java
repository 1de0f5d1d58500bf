package org.newsclean.jmh;

import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.newsclean.CleanResult;
import org.newsclean.NewsCleaner;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * HTML cleaning on the corpus pages, with two baselines on the very same pages in the same run:
 * Boilerpipe's {@code ArticleExtractor} and jsoup's parse alone (the floor under any jsoup-based
 * extractor). Pages on which Boilerpipe fails are left out of all three, so that the three walk
 * the same bytes. One operation handles one page; {@link Counters} gives MB/s and docs/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HtmlBenchmark {
    /** The pages: {@code corpus} (those of {@code ../shared/corpus}) or {@code own} (the project's {@code corpus/docs/own-html}). */
    @Param({"corpus", "own"})
    public String pages;

    private NewsCleaner cleaner;
    private Inputs.Doc[] docs;

    /**
     * Loads the pages, keeps those Boilerpipe can read, checks each contender's result, and warms
     * up the one this fork measures (see {@link Steady}), so that all three are measured compiled.
     *
     * @param params which benchmark method this fork runs
     */
    @Setup
    public void setup(BenchmarkParams params) {
        cleaner = NewsCleaner.news();
        List<Inputs.Doc> ok = new ArrayList<>();
        int failed = 0;
        for (Inputs.Doc d : pages.equals("own") ? Inputs.named("own-html") : Inputs.html()) {
            try {
                String t = ArticleExtractor.INSTANCE.getText(d.text());
                if (t != null) {
                    ok.add(d);
                    continue;
                }
            } catch (BoilerpipeProcessingException | RuntimeException e) {
                // counted below
            }
            failed++;
        }
        if (failed > 0) {
            System.out.printf("%n[check] html: Boilerpipe failed on %d pages; they are left out%n", failed);
        }
        docs = ok.toArray(new Inputs.Doc[0]);
        // a page without an article may come out empty (5 of the 241 corpus pages): allow a few, not many
        Check.cleans("html/" + pages, ok, cleaner, true, 0.05, true);
        StringBuilder all = new StringBuilder();
        for (Inputs.Doc d : ok) {
            all.append(boilerpipe(d));
            Check.notEmpty("jsoup parse of " + d.name(), Jsoup.parse(d.text(), d.url()).text());
        }
        Check.notEmpty("Boilerpipe", all.toString());
        String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
        String what = "html/" + pages + "/" + method;
        switch (method) {
            case "newsclean":
                Steady.warm(what, docs, d -> cleaner.cleanHtml(d.text(), d.url()));
                break;
            case "boilerpipe":
                Steady.warm(what, docs, HtmlBenchmark::boilerpipe);
                break;
            default:
                Steady.warm(what, docs, d -> Jsoup.parse(d.text(), d.url()));
                break;
        }
    }

    /**
     * @param c the counters
     * @return newsclean's result
     */
    @Benchmark
    public CleanResult newsclean(Counters c) {
        Inputs.Doc d = c.next(docs);
        return cleaner.cleanHtml(d.text(), d.url());
    }

    /**
     * @param c the counters
     * @return Boilerpipe's article text
     */
    @Benchmark
    public String boilerpipe(Counters c) {
        return boilerpipe(c.next(docs));
    }

    /**
     * @param c the counters
     * @return jsoup's document
     */
    @Benchmark
    public Document jsoupParse(Counters c) {
        Inputs.Doc d = c.next(docs);
        return Jsoup.parse(d.text(), d.url());
    }

    private static String boilerpipe(Inputs.Doc d) {
        try {
            return ArticleExtractor.INSTANCE.getText(d.text());
        } catch (BoilerpipeProcessingException e) {
            throw new IllegalStateException("Boilerpipe failed on " + d.name(), e);
        }
    }
}
