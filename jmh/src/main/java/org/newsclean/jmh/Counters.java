package org.newsclean.jmh;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Per-thread counters that JMH reports next to the benchmark's own score, as rates: {@code bytes}
 * (input bytes, UTF-8, cleaned per second; divide by 10^6 for MB/s), {@code docs} (documents
 * per second) and {@code cpuNanos} (this thread's CPU time, in ns per second of wall time). On a
 * shared machine, {@code bytes / cpuNanos} (MB per CPU-second) is steadier than wall-clock MB/s,
 * as time spent waiting for a core is left out; time spent in GC and JIT threads is left out too. A benchmark method takes its documents through {@link #next}, which walks the input
 * set round-robin and counts each one. Summed over threads by JMH. Not thread-safe: JMH gives each
 * thread its own instance.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class Counters {
    /** Input bytes handled in this iteration. */
    public long bytes;
    /** Documents handled in this iteration. */
    public long docs;
    /** This thread's CPU time during the iteration, in ns (0 where the JVM cannot tell). */
    public long cpuNanos;
    private int cursor;
    private long cpuStart;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Resets the counts before each iteration and notes the thread's CPU time. */
    @Setup(Level.Iteration)
    public void reset() {
        bytes = 0;
        docs = 0;
        cpuNanos = 0;
        cpuStart = cpuTime();
    }

    /** Notes the CPU time the thread spent in the iteration. */
    @TearDown(Level.Iteration)
    public void stop() {
        long now = cpuTime();
        cpuNanos = now > 0 && cpuStart > 0 ? now - cpuStart : 0;
    }

    private static long cpuTime() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
    }

    /**
     * @param set the input set
     * @return the set's next document (round-robin), counted as handled
     */
    Inputs.Doc next(Inputs.Doc[] set) {
        int i = cursor;
        cursor = i + 1 == set.length ? 0 : i + 1;
        Inputs.Doc d = set[i];
        bytes += d.bytes();
        docs++;
        return d;
    }
}
