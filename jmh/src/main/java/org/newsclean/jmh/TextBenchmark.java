package org.newsclean.jmh;

import java.util.concurrent.TimeUnit;
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

/**
 * Text cleaning with the {@code news} preset: scraped residue (the seed's scraped text and gold
 * articles decorated with residue, see {@link Residue}) and whole-page text (see
 * {@link PageText}). One operation cleans one document; {@link Counters} gives MB/s and docs/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TextBenchmark {
    /**
     * The input set: {@code scraped}, {@code page-text}, or the project's own hand-written
     * documents ({@code own-text}: scraped text with residue; {@code own-page}: whole-page text).
     */
    @Param({"scraped", "page-text", "own-text", "own-page"})
    public String input;

    private NewsCleaner cleaner;
    private Inputs.Doc[] docs;

    /**
     * Loads the input set and checks that the cleaner gives a sane result on every document: every
     * scraped document loses its residue; a page's text may come out whole (nothing recognised),
     * but the set as a whole must shrink.
     */
    @Setup
    public void setup() {
        cleaner = NewsCleaner.news();
        docs = Inputs.named(input).toArray(new Inputs.Doc[0]);
        Check.cleans("text/" + input, java.util.List.of(docs), cleaner, false, 0.0, input.equals("scraped") || input.equals("own-text"));
        Steady.warm("text/" + input, docs, d -> cleaner.clean(d.text()));
    }

    /**
     * @param c the counters
     * @return the result, so that the work is not dropped
     */
    @Benchmark
    public CleanResult newsclean(Counters c) {
        return cleaner.clean(c.next(docs).text());
    }
}
