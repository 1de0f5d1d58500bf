package org.newsclean.jmh;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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
 * The cost of each heuristic alone, on the scraped-residue input: a cleaner with that one heuristic
 * ({@code NewsCleaner.builder().add(name).build()}). {@code none} is the empty pipeline (splitting
 * into lines and writing the output: the fixed cost every cleaner pays), {@code news} the whole
 * preset, {@code article} the preset for text that is one article already (news without
 * page-blocks). A heuristic's own cost is roughly its time per byte minus that of {@code none}; a
 * phrase heuristic alone also pays the phrase scan that the preset's phrase heuristics share.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HeuristicBenchmark {
    /** Marks the pipeline with no heuristic. */
    static final String NONE = "none";
    /** Marks the whole {@code news} preset. */
    static final String PRESET = "news";
    /** Marks the {@code article} preset. */
    static final String ARTICLE = "article";

    /** A heuristic's name, or {@code none}, {@code news}, {@code article}. Override with {@code -p heuristic=...}. */
    @Param({"none", "markdown", "tracking", "navigation", "ads", "share", "newsletter", "related", "cookies", "comments",
        "furniture", "captions", "bylines", "duplicates", "page-blocks", "news", "article"})
    public String heuristic;

    private NewsCleaner cleaner;
    private Inputs.Doc[] docs;

    /** Builds the one-heuristic cleaner and checks it on every document. */
    @Setup
    public void setup() {
        Set<String> available = NewsCleaner.availableHeuristics().keySet();
        if (!List.of(NONE, PRESET, ARTICLE).contains(heuristic) && !available.contains(heuristic)) {
            throw new IllegalStateException("no heuristic named '" + heuristic + "'; available: " + available);
        }
        Set<String> unmeasured = new TreeSet<>(available);
        try {
            unmeasured.removeAll(List.of(HeuristicBenchmark.class.getField("heuristic").getAnnotation(Param.class).value()));
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
        if (!unmeasured.isEmpty()) {
            System.out.println("\n[check] heuristics not in the default @Param list (add them with -p heuristic=...): "
                    + unmeasured);
        }
        cleaner = switch (heuristic) {
            case NONE -> NewsCleaner.builder().build();
            case PRESET -> NewsCleaner.news();
            case ARTICLE -> NewsCleaner.builder(ARTICLE).build();
            default -> NewsCleaner.builder().add(heuristic).build();
        };
        List<Inputs.Doc> set = new ArrayList<>(Inputs.scraped());
        docs = set.toArray(new Inputs.Doc[0]);
        boolean strict = heuristic.equals(PRESET) || heuristic.equals(ARTICLE);
        Check.cleans("heuristic/" + heuristic, set, cleaner, false, 0.0, strict);
        Steady.warm("heuristic/" + heuristic, docs, d -> cleaner.clean(d.text()));
    }

    /**
     * @param c the counters
     * @return the result
     */
    @Benchmark
    public CleanResult alone(Counters c) {
        return cleaner.clean(c.next(docs).text());
    }
}
