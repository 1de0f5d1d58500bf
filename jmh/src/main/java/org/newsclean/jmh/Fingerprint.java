package org.newsclean.jmh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.newsclean.CleanResult;
import org.newsclean.NewsCleaner;
import org.newsclean.Removal;

/**
 * Fingerprints of what the {@code news} cleaner makes of every benchmark input: one hash per input
 * set (the output text, the title and every removal of each document, with {@code captions.keep}
 * off and on), the adversarial inputs of 256 KB and a 2 MB stream. A change meant only to make
 * cleaning faster must leave every line the same:
 *
 * <pre>{@code
 * java -cp jmh/target/benchmarks.jar org.newsclean.jmh.Fingerprint > before.txt   # on the old build
 * java -cp jmh/target/benchmarks.jar org.newsclean.jmh.Fingerprint > after.txt    # on the new one
 * diff before.txt after.txt
 * }</pre>
 *
 * With a file name as argument it also writes one line per document there, to find the documents
 * that differ. Inputs are found as the benchmarks find them ({@link Inputs}).
 */
public final class Fingerprint {
    private Fingerprint() {
    }

    /**
     * @param args optionally, a file to write the per-document hashes to
     * @throws IOException when that file cannot be written
     */
    public static void main(String[] args) throws IOException {
        NewsCleaner news = NewsCleaner.news();
        NewsCleaner keep = NewsCleaner.builder("news").option("captions", "keep", "true").build();
        StringBuilder perDoc = new StringBuilder();
        for (String set : List.of("scraped", "page-text", "own-text", "own-page", "own-html", "html")) {
            boolean html = set.endsWith("html");
            long h = 0;
            for (Inputs.Doc d : Inputs.named(set)) {
                for (NewsCleaner c : List.of(news, keep)) {
                    long dh = hash(html ? c.cleanHtml(d.text(), d.url()) : c.clean(d.text()));
                    h = h * 31 + dh;
                    perDoc.append(set).append(' ').append(d.name()).append(c == news ? "" : "/keep").append(' ')
                            .append(Long.toHexString(dh)).append('\n');
                }
            }
            System.out.printf("%-28s %016x%n", set, h);
        }
        for (String shape : Adversarial.SHAPES) {
            long dh = hash(news.clean(Adversarial.make(shape, 256 * 1024)));
            System.out.printf("%-28s %016x%n", "adversarial/" + shape, dh);
            perDoc.append("adversarial ").append(shape).append(' ').append(Long.toHexString(dh)).append('\n');
        }
        long dh = hash(news.clean(Inputs.stream(2 << 20)));
        System.out.printf("%-28s %016x%n", "stream/2MB", dh);
        perDoc.append("stream 2MB ").append(Long.toHexString(dh)).append('\n');
        if (args.length > 0) {
            Files.writeString(Path.of(args[0]), perDoc);
        }
    }

    private static long hash(CleanResult r) {
        long h = r.text().hashCode();
        h = h * 31 + Objects.hashCode(r.title());
        for (Removal x : r.removals()) {
            h = h * 31 + x.toString().hashCode();
        }
        return h;
    }
}
