package org.newsclean.jmh;

import java.util.concurrent.TimeUnit;
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
 * A baseline for text cleaning, as jsoup's parse is one for HTML: a single pass over a document
 * that finds its words (runs of letters and digits, {@link Character#isLetterOrDigit}) and hashes
 * each one lower-cased, which any cleaner that judges text by its words does at least once, and
 * nothing else. It runs on the same documents as {@link TextBenchmark}, so the two rates compare
 * on any machine: the cleaning's rate as a fraction of this one says what a per-core target in MB/s
 * asks of it there.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class WordSplitBenchmark {
    /** The input set, as {@link TextBenchmark#input}. */
    @Param({"scraped", "page-text"})
    public String input;

    private Inputs.Doc[] docs;

    /** Loads the input set and checks that every document has words. */
    @Setup
    public void setup() {
        docs = Inputs.named(input).toArray(new Inputs.Doc[0]);
        for (Inputs.Doc d : docs) {
            if (split(d.text()) == 0) {
                throw new IllegalStateException("word split/" + input + ": no word in " + d.name());
            }
        }
        Steady.warm("word split/" + input, docs, d -> split(d.text()));
    }

    /**
     * @param c the counters
     * @return the words' hashes added up, and their count, so that the work is not dropped
     */
    @Benchmark
    public long wordSplit(Counters c) {
        return split(c.next(docs).text());
    }

    /** @return the number of words of t plus the sum of their hashes ({@code h = 31 * h + lower(c)}) in the high bits */
    static long split(String t) {
        long words = 0;
        long sum = 0;
        int n = t.length();
        int i = 0;
        while (i < n) {
            char c = t.charAt(i++);
            if (!Character.isLetterOrDigit(c)) {
                continue;
            }
            int h = Character.toLowerCase(c);
            while (i < n && Character.isLetterOrDigit(c = t.charAt(i))) {
                h = 31 * h + Character.toLowerCase(c);
                i++;
            }
            words++;
            sum += h;
        }
        return words + (sum << 32);
    }
}
