package org.newsclean.jmh;

import java.util.List;
import org.newsclean.CleanResult;
import org.newsclean.NewsCleaner;

/**
 * The sanity checks made in {@code @Setup}, before anything is timed: a benchmark that measures
 * a cleaner producing nonsense would measure nothing. Stateless and thread-safe.
 */
final class Check {
    private Check() {
    }

    /**
     * Cleans every document once and fails unless each output is shorter than its input and the
     * outputs are not empty (a few empty outputs are allowed, and reported, when {@code
     * maxEmptyShare} is above zero).
     *
     * @param what the input set's name, for messages
     * @param docs the documents
     * @param cleaner the cleaner
     * @param html whether the documents are HTML
     * @param maxEmptyShare the share of documents allowed an empty output, 0 to 1
     * @param strict whether each output must be shorter than its input; when false, each must be
     *     no longer and only the total must be shorter
     */
    static void cleans(String what, List<Inputs.Doc> docs, NewsCleaner cleaner, boolean html, double maxEmptyShare,
            boolean strict) {
        if (docs.isEmpty()) {
            throw new IllegalStateException(what + ": no input documents");
        }
        int empty = 0;
        long in = 0;
        long out = 0;
        for (Inputs.Doc d : docs) {
            CleanResult r = html ? cleaner.cleanHtml(d.text(), d.url()) : cleaner.clean(d.text());
            int len = r.text().length();
            if (strict ? len >= d.text().length() : len > d.text().length()) {
                throw new IllegalStateException(what + ": output of " + d.name() + " is longer than, or as long as, its input ("
                        + len + " >= " + d.text().length() + " chars) with " + cleaner);
            }
            if (r.text().isBlank()) {
                empty++;
            }
            in += d.text().length();
            out += len;
        }
        if (out >= in) {
            throw new IllegalStateException(what + ": the outputs are not shorter than the inputs with " + cleaner);
        }
        if (empty > maxEmptyShare * docs.size()) {
            throw new IllegalStateException(what + ": " + empty + " of " + docs.size() + " outputs are empty with " + cleaner);
        }
        System.out.printf("%n[check] %s: %d docs, %.2f MB in, %.2f MB out (%.0f%%), %d empty outputs%n", what,
                docs.size(), in / 1e6, out / 1e6, 100.0 * out / Math.max(in, 1), empty);
    }

    /**
     * Fails unless the text is not empty.
     *
     * @param what what made it, for the message
     * @param text the result
     */
    static void notEmpty(String what, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalStateException(what + " gave an empty result");
        }
    }
}
