package org.newsclean.jmh;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Per-thread counters that JMH reports next to the benchmark's own score, as rates: {@code bytes}
 * (input bytes, UTF-8, cleaned per second; divide by 10^6 for MB/s) and {@code docs} (documents
 * per second). A benchmark method takes its documents through {@link #next}, which walks the input
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
    private int cursor;

    /** Resets the counts before each iteration. */
    @Setup(Level.Iteration)
    public void reset() {
        bytes = 0;
        docs = 0;
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
