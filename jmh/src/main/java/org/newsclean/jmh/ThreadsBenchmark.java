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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One {@link NewsCleaner} shared by several threads, on the scraped-residue input: with one thread
 * and with as many threads as the JVM sees processors. The counters are summed over threads, so
 * the MB/s is the total throughput; ideal scaling multiplies it by the thread count.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ThreadsBenchmark {
    private NewsCleaner shared;
    private Inputs.Doc[] docs;

    /** Builds the shared cleaner and checks it. */
    @Setup
    public void setup() {
        shared = NewsCleaner.builder("news").build();
        docs = Inputs.scraped().toArray(new Inputs.Doc[0]);
        Check.cleans("threads", java.util.List.of(docs), shared, false, 0.0, true);
        // compiled before the threads start: with every core busy cleaning, the compiler would get little of them
        Steady.warm("threads", docs, d -> shared.clean(d.text()));
    }

    /**
     * @param c this thread's counters
     * @return the result
     */
    @Benchmark
    @Threads(1)
    public CleanResult oneThread(Counters c) {
        return shared.clean(c.next(docs).text());
    }

    /**
     * @param c this thread's counters
     * @return the result
     */
    @Benchmark
    @Threads(Threads.MAX)
    public CleanResult allThreads(Counters c) {
        return shared.clean(c.next(docs).text());
    }
}
