package org.newsclean.jmh;

import java.util.List;
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
 * Cost per byte against document size: the same 10 MB of scraped text ({@link Inputs#stream}),
 * cut into documents of 1 KB up to one document of 10 MB. Every size walks the same text, so MB/s
 * should stay flat (target: within 1.5x) if cleaning is linear.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class ScalingBenchmark {
    /** The total text every size is cut from. */
    static final int TOTAL = 10 << 20;

    /** The document size. */
    @Param({"1KB", "10KB", "100KB", "1MB", "10MB"})
    public String size;

    private NewsCleaner cleaner;
    private Inputs.Doc[] docs;

    /** Cuts the text into documents of the size and checks the cleaner on them. */
    @Setup
    public void setup() {
        cleaner = NewsCleaner.news();
        int bytes = Inputs.parseSize(size);
        List<Inputs.Doc> set = Inputs.chunks(Inputs.stream(Math.max(TOTAL, bytes)), bytes);
        docs = set.toArray(new Inputs.Doc[0]);
        Check.cleans("size/" + size, set, cleaner, false, 0.05, false);
        Steady.warm("size/" + size, docs, d -> cleaner.clean(d.text()));
    }

    /**
     * @param c the counters
     * @return the result
     */
    @Benchmark
    public CleanResult newsclean(Counters c) {
        return cleaner.clean(c.next(docs).text());
    }
}
