package org.newsclean.jmh;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.function.LongSupplier;

/**
 * Runs a benchmark's operation in {@code @Setup} until the JIT compiler has finished with it, so
 * that JMH's warmup and measurement iterations see compiled code whatever {@code -wi} and
 * {@code -w} say. On 2 cores the compiler thread needs about ten seconds of a core to compile the
 * cleaning pipeline (its heuristics are many and large, and some get compiled twice), and the text
 * rows' throughput rises for 10 to 15 s in a fresh JVM: with JMH's short settings the iterations
 * would measure the ramp, and with several benchmark threads the compiler gets even less of the
 * cores. Steady means: in the last {@link #WINDOW_NANOS} the compiler spent under 2% of the time,
 * and the throughput stayed within 5% of the window before (after at least {@link #MIN_NANOS}).
 * The warm-up stops after {@link #MAX_NANOS} in any case and says so.
 */
final class Steady {
    static final long WINDOW_NANOS = 1_000_000_000L;
    static final long MIN_NANOS = 3_000_000_000L;
    static final long MAX_NANOS = 40_000_000_000L;
    private static final double RATE_TOLERANCE = 0.05;
    private static final double COMPILE_SHARE = 0.02;

    private Steady() {
    }

    /**
     * @param what the name printed with the outcome
     * @param op one operation of the benchmark; returns the input bytes it handled
     */
    static void warm(String what, LongSupplier op) {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        boolean timed = jit != null && jit.isCompilationTimeMonitoringSupported();
        long start = System.nanoTime();
        double previousRate = -1;
        double rate = 0;
        boolean steady = false;
        long now = start;
        while (now - start < MAX_NANOS) {
            long windowStart = now;
            long compiledBefore = timed ? jit.getTotalCompilationTime() : 0;
            long bytes = 0;
            do {
                bytes += op.getAsLong();
                now = System.nanoTime();
            } while (now - windowStart < WINDOW_NANOS);
            long compileMillis = timed ? jit.getTotalCompilationTime() - compiledBefore : 0;
            rate = bytes * 1e3 / (now - windowStart);
            boolean quiet = compileMillis * 1e6 < COMPILE_SHARE * (now - windowStart);
            boolean flat = previousRate > 0 && Math.abs(rate - previousRate) <= RATE_TOLERANCE * Math.max(rate, previousRate);
            previousRate = rate;
            if (quiet && flat && now - start >= MIN_NANOS) {
                steady = true;
                break;
            }
        }
        System.out.printf("%n[warm] %s: %s after %.1f s of the operation, %.1f MB/s in the last second%n", what,
                steady ? "steady (compiler quiet, throughput flat)" : "NOT steady", (now - start) / 1e9, rate);
    }

    /**
     * Runs {@link #warm} cleaning a set's documents round-robin with a cleaner.
     *
     * @param what the name printed with the outcome
     * @param docs the input set
     * @param clean cleans one document
     */
    static void warm(String what, Inputs.Doc[] docs, java.util.function.Consumer<Inputs.Doc> clean) {
        int[] next = {0};
        warm(what, () -> {
            Inputs.Doc d = docs[next[0]];
            next[0] = next[0] + 1 == docs.length ? 0 : next[0] + 1;
            clean.accept(d);
            return d.bytes();
        });
    }
}
