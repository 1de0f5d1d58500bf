package org.newsclean.jmh;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Compares two builds in one JVM, taking turns: each build's {@code benchmarks.jar} is loaded in a
 * class loader of its own (its own newsclean and jsoup, compiled apart), and the two clean the same
 * input set in alternate slices of CPU time. On a shared 2-core machine two JMH runs differ by up
 * to 5% in the machine's speed alone; here both builds see the same moments, and the ratio of each
 * pair of slices is what is reported.
 *
 * <pre>{@code
 * java -cp jmh/target/benchmarks.jar org.newsclean.jmh.Interleaved old.jar jmh/target/benchmarks.jar scraped
 * java -cp jmh/target/benchmarks.jar org.newsclean.jmh.Interleaved jsoup:old.jar old.jar html 3 30
 * java -cp jmh/target/benchmarks.jar org.newsclean.jmh.Interleaved new.jar new.jar@article scraped
 * }</pre>
 *
 * Arguments: build A's jar, build B's jar ({@code jsoup:} before a jar times that jar's
 * {@code Jsoup.parse} instead of its cleaner; {@code @name} after it, that preset's cleaner instead
 * of {@code news}), an input set of {@link Inputs#named} ({@code html}
 * and {@code own-html} are cleaned as HTML), and optionally seconds per slice (2) and slices per
 * build (30). The first quarter of the slices warms up and is not counted. Rates are MB of input
 * per second of this thread's CPU time, as in the benchmarks.
 */
public final class Interleaved {
    private Interleaved() {
    }

    /** One build's cleaner (or jsoup's parse), called through its own class loader. */
    private static final class Build {
        final Object cleaner;
        final Method run;
        final boolean html;

        Build(String spec, boolean html) throws ReflectiveOperationException, MalformedURLException {
            boolean jsoup = spec.startsWith("jsoup:");
            int at = spec.lastIndexOf('@');
            String preset = at < 0 ? null : spec.substring(at + 1);
            String path = at < 0 ? spec : spec.substring(0, at);
            URL jar = Path.of(jsoup ? path.substring("jsoup:".length()) : path).toUri().toURL();
            ClassLoader loader = new URLClassLoader(new URL[] {jar}, ClassLoader.getPlatformClassLoader());
            this.html = html;
            if (jsoup) {
                if (!html) {
                    throw new IllegalArgumentException("jsoup's parse is timed on an HTML input set only");
                }
                cleaner = null;
                run = loader.loadClass("org.jsoup.Jsoup").getMethod("parse", String.class, String.class);
            } else {
                Class<?> nc = loader.loadClass("org.newsclean.NewsCleaner");
                if (preset == null) {
                    cleaner = nc.getMethod("news").invoke(null);
                } else {
                    Object builder = nc.getMethod("builder", String.class).invoke(null, preset);
                    cleaner = builder.getClass().getMethod("build").invoke(builder);
                }
                run = html ? nc.getMethod("cleanHtml", String.class, String.class) : nc.getMethod("clean", CharSequence.class);
            }
        }

        void clean(Inputs.Doc d) throws InvocationTargetException, IllegalAccessException {
            Object out = html ? run.invoke(cleaner, d.text(), d.url()) : run.invoke(cleaner, d.text());
            if (out == null) {
                throw new IllegalStateException("no result for " + d.name());
            }
        }
    }

    /**
     * @param args see above
     * @throws Exception when a jar cannot be loaded or a document cannot be cleaned
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: Interleaved A.jar B.jar input-set [seconds-per-slice] [slices]");
            System.exit(2);
        }
        String set = args[2];
        double seconds = args.length > 3 ? Double.parseDouble(args[3]) : 2;
        int slices = args.length > 4 ? Integer.parseInt(args[4]) : 30;
        if (seconds <= 0 || slices < 2) {
            throw new IllegalArgumentException("seconds per slice must be positive, and slices at least 2");
        }
        boolean html = set.endsWith("html");
        List<Inputs.Doc> docs = Inputs.named(set);
        long bytes = 0;
        for (Inputs.Doc d : docs) {
            bytes += d.bytes();
        }
        // the shared corpus is found from the working directory: say what was read, so that a run
        // elsewhere (synthetic stand-ins, a smaller set) is not taken for the usual one
        Path root = Corpus.get().root();
        System.out.printf("input set %s: %d documents, %.2f MB; shared corpus: %s%n", set, docs.size(), bytes / 1e6,
                root == null ? "not found (see -D" + Corpus.PROPERTY + "), stand-ins used where it would be read" : root);
        Build[] builds = {new Build(args[0], html), new Build(args[1], html)};
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        List<List<Double>> rates = List.of(new ArrayList<>(), new ArrayList<>());
        for (int s = 0; s < slices; s++) {
            for (int turn = 0; turn < 2; turn++) {
                // A first in even slices, B first in odd ones
                int k = s % 2 == 0 ? turn : 1 - turn;
                long cpu = 0;
                long passes = 0;
                long end = System.nanoTime() + (long) (seconds * 1e9);
                while (System.nanoTime() < end) {
                    long t0 = mx.getCurrentThreadCpuTime();
                    for (Inputs.Doc d : docs) {
                        builds[k].clean(d);
                    }
                    cpu += mx.getCurrentThreadCpuTime() - t0;
                    passes++;
                }
                if (s >= slices / 4) {
                    rates.get(k).add(passes * bytes / 1e6 / (cpu / 1e9));
                }
            }
        }
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < rates.get(0).size(); i++) {
            ratios.add(rates.get(1).get(i) / rates.get(0).get(i));
        }
        for (int k = 0; k < 2; k++) {
            List<Double> r = new ArrayList<>(rates.get(k));
            Collections.sort(r);
            System.out.printf("%s %s: median %.1f MB/s (%.1f to %.1f)%n", k == 0 ? "A" : "B", args[k],
                    r.get(r.size() / 2), r.get(0), r.get(r.size() - 1));
        }
        Collections.sort(ratios);
        System.out.printf("B / A: median x%.3f, quartiles x%.3f to x%.3f, over %d pairs of slices of %s%n",
                ratios.get(ratios.size() / 2), ratios.get(ratios.size() / 4), ratios.get(3 * ratios.size() / 4),
                ratios.size(), set);
    }
}
