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
 * Issue 7, linear time: worst-case text inputs against typical text of the same size (see
 * {@link Adversarial} for the shapes). Each shape's MB/s, divided by {@code typical}'s, should
 * stay near 1; a shape far below it, and falling further as {@code size} grows
 * ({@code -p size=256KB,1MB,4MB}), points at super-linear work.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AdversarialBenchmark {
    /** The input's shape. */
    @Param({"typical", "one-line", "tiny-lines", "repeated-line", "near-duplicates", "share-run", "share-run-mixed",
        "markup-chars", "unclosed-markup", "credit-run"})
    public String shape;

    /** The input's size. */
    @Param("1MB")
    public String size;

    private NewsCleaner cleaner;
    private Inputs.Doc[] doc;

    /** Makes the input and checks that cleaning it neither fails nor grows it. */
    @Setup
    public void setup() {
        cleaner = NewsCleaner.news();
        Inputs.Doc d = new Inputs.Doc(shape, Adversarial.make(shape, Inputs.parseSize(size)), "");
        doc = new Inputs.Doc[] {d};
        Check.cleans("adversarial/" + shape, java.util.List.of(doc), cleaner, false, 1.0, false);
        Steady.warm("adversarial/" + shape, doc, x -> cleaner.clean(x.text()));
    }

    /**
     * @param c the counters
     * @return the result
     */
    @Benchmark
    public CleanResult newsclean(Counters c) {
        return cleaner.clean(c.next(doc).text());
    }
}
