package org.newsclean.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The scrapinghub article-extraction-benchmark metric ({@code evaluate.py} of
 * scrapinghub/article-extraction-benchmark), reimplemented exactly:
 * <ul>
 *   <li>texts are tokenised with Python's Unicode {@code \w+}: a token is a maximal run of
 *       letters (categories L*), numbers (N*) and underscores, case kept;</li>
 *   <li>each text becomes a multiset of 4-token shingles; a text of 1 to 3 tokens is one shorter
 *       shingle, an empty text none;</li>
 *   <li>per document, TP, FP and FN are the multiset overlap counts, normalised to sum to 1;</li>
 *   <li>precision is averaged over documents with a non-empty prediction, recall over documents
 *       with a non-empty gold (an empty prediction lowers recall but is left out of precision);
 *       F1 is the harmonic mean of the two averages, not the mean of per-document F1s;</li>
 *   <li>accuracy is the share of documents whose token sequence equals the gold's;</li>
 *   <li>the spread ({@code ±}) is the standard deviation of each figure over 1000 bootstrap
 *       resamples of the documents ({@code evaluate.py} prints 1.96 times it, a 95% interval;
 *       {@link Spread#ci95()} gives that).</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class Metric {
    /** Shingle length of the benchmark. */
    public static final int SHINGLE = 4;
    /** Bootstrap resamples of the benchmark. */
    public static final int RESAMPLES = 1000;
    /** Seed of the bootstrap, so that reports are reproducible. */
    public static final long SEED = 20191119L;

    private Metric() {
    }

    /**
     * One document's normalised counts.
     *
     * @param tp true-positive shingles, normalised so that tp + fp + fn is 1 (or all are 0)
     * @param fp false-positive shingles, normalised
     * @param fn false-negative shingles, normalised
     * @param emptyPrediction whether the prediction has no token
     * @param emptyGold whether the gold has no token
     * @param exact whether the token sequences are equal
     */
    public record Counts(double tp, double fp, double fn, boolean emptyPrediction, boolean emptyGold, boolean exact) {
        /** @return tp / (tp + fp): 1 when fp and fn are 0, 0 when tp and fp are 0 */
        public double precision() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            return tp + fp == 0 ? 0 : tp / (tp + fp);
        }

        /** @return tp / (tp + fn): 1 when fp and fn are 0, 0 when tp and fn are 0 */
        public double recall() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            return tp + fn == 0 ? 0 : tp / (tp + fn);
        }

        /** @return the harmonic mean of this document's precision and recall */
        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /**
     * Scores over documents.
     *
     * @param precision mean precision over documents with a non-empty prediction
     * @param recall mean recall over documents with a non-empty gold
     * @param f1 harmonic mean of precision and recall
     * @param accuracy share of documents whose tokens equal the gold's
     * @param documents number of documents
     */
    public record Score(double precision, double recall, double f1, double accuracy, int documents) {
    }

    /**
     * Bootstrap standard deviations of the four figures of a {@link Score}.
     *
     * @param precision standard deviation of precision
     * @param recall standard deviation of recall
     * @param f1 standard deviation of F1
     * @param accuracy standard deviation of accuracy
     */
    public record Spread(double precision, double recall, double f1, double accuracy) {
        /** @return the half-widths of 95% intervals (1.96 standard deviations), as evaluate.py prints them */
        public Spread ci95() {
            return new Spread(1.96 * precision, 1.96 * recall, 1.96 * f1, 1.96 * accuracy);
        }
    }

    /**
     * @param text any text
     * @return the text's tokens in order: maximal runs of letters, numbers and underscores
     *     (Python's Unicode {@code \w+})
     */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!isWord(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n) {
                cp = text.codePointAt(i);
                if (!isWord(cp)) {
                    break;
                }
                i += Character.charCount(cp);
            }
            out.add(text.substring(start, i));
        }
        return out;
    }

    /** @return whether Python's {@code re} counts the code point as {@code \w} in a str pattern */
    static boolean isWord(int cp) {
        if (cp == '_') {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER:
            case Character.LOWERCASE_LETTER:
            case Character.TITLECASE_LETTER:
            case Character.MODIFIER_LETTER:
            case Character.OTHER_LETTER:
            case Character.DECIMAL_DIGIT_NUMBER:
            case Character.LETTER_NUMBER:
            case Character.OTHER_NUMBER:
                return true;
            default:
                return false;
        }
    }

    /** @return the multiset of shingles of the tokens */
    static Map<List<String>, Integer> shingles(List<String> tokens) {
        Map<List<String>, Integer> out = new HashMap<>();
        if (tokens.isEmpty()) {
            return out;
        }
        if (tokens.size() < SHINGLE) {
            out.put(List.copyOf(tokens), 1);
            return out;
        }
        for (int i = 0; i + SHINGLE <= tokens.size(); i++) {
            out.merge(List.copyOf(tokens.subList(i, i + SHINGLE)), 1, Integer::sum);
        }
        return out;
    }

    /**
     * @param prediction the extracted text
     * @param gold the gold text
     * @return the normalised TP, FP and FN of the prediction against its gold
     */
    public static Counts counts(String prediction, String gold) {
        List<String> pt = tokens(prediction);
        List<String> gt = tokens(gold);
        Map<List<String>, Integer> p = shingles(pt);
        Map<List<String>, Integer> g = shingles(gt);
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (Map.Entry<List<String>, Integer> e : p.entrySet()) {
            int gc = g.getOrDefault(e.getKey(), 0);
            tp += Math.min(e.getValue(), gc);
            fp += Math.max(0, e.getValue() - gc);
        }
        for (Map.Entry<List<String>, Integer> e : g.entrySet()) {
            fn += Math.max(0, e.getValue() - p.getOrDefault(e.getKey(), 0));
        }
        double sum = tp + fp + fn;
        if (sum > 0) {
            tp /= sum;
            fp /= sum;
            fn /= sum;
        }
        return new Counts(tp, fp, fn, pt.isEmpty(), gt.isEmpty(), pt.equals(gt));
    }

    /**
     * @param docs per-document counts
     * @return precision, recall, F1 and accuracy over the documents, as the benchmark computes them
     */
    public static Score score(List<Counts> docs) {
        double ps = 0;
        int pn = 0;
        double rs = 0;
        int rn = 0;
        int exact = 0;
        for (Counts c : docs) {
            if (!c.emptyPrediction()) {
                ps += c.precision();
                pn++;
            }
            if (!c.emptyGold()) {
                rs += c.recall();
                rn++;
            }
            if (c.exact()) {
                exact++;
            }
        }
        double p = pn == 0 ? 0 : ps / pn;
        double r = rn == 0 ? 0 : rs / rn;
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new Score(p, r, f, docs.isEmpty() ? 0 : (double) exact / docs.size(), docs.size());
    }

    /**
     * @param docs per-document counts
     * @return the bootstrap standard deviations over {@link #RESAMPLES} resamples, seeded with {@link #SEED}
     */
    public static Spread spread(List<Counts> docs) {
        return spread(docs, RESAMPLES, SEED);
    }

    /**
     * @param docs per-document counts
     * @param resamples how many resamples to draw (at least 2)
     * @param seed the random seed
     * @return the standard deviations (n - 1 in the denominator) of the figures over resamples of
     *     the documents drawn with replacement; zeros when there are no documents
     */
    public static Spread spread(List<Counts> docs, int resamples, long seed) {
        if (resamples < 2) {
            throw new IllegalArgumentException("resamples must be at least 2, got " + resamples);
        }
        int n = docs.size();
        if (n == 0) {
            return new Spread(0, 0, 0, 0);
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[][] v = new double[4][resamples];
        List<Counts> sample = new ArrayList<>(n);
        for (int b = 0; b < resamples; b++) {
            sample.clear();
            for (int k = 0; k < n; k++) {
                sample.add(docs.get(random.nextInt(n)));
            }
            Score s = score(sample);
            v[0][b] = s.precision();
            v[1][b] = s.recall();
            v[2][b] = s.f1();
            v[3][b] = s.accuracy();
        }
        return new Spread(stdev(v[0]), stdev(v[1]), stdev(v[2]), stdev(v[3]));
    }

    private static double stdev(double[] xs) {
        double mean = 0;
        for (double x : xs) {
            mean += x;
        }
        mean /= xs.length;
        double ss = 0;
        for (double x : xs) {
            ss += (x - mean) * (x - mean);
        }
        return Math.sqrt(ss / (xs.length - 1));
    }

    /**
     * A gold text and an output, indexed for the question "did this removal lose gold text?".
     * Immutable and thread-safe.
     */
    static final class Gold {
        private final List<String> tokens;
        private final List<String> outputTokens;
        private final Map<List<String>, Integer> shingles;
        private final Map<List<String>, Integer> outputShingles;

        /**
         * @param gold the gold text
         * @param output the text the extractor kept
         */
        Gold(String gold, String output) {
            this.tokens = tokens(gold);
            this.outputTokens = tokens(output);
            this.shingles = shingles(tokens);
            this.outputShingles = shingles(outputTokens);
        }

        /**
         * A removed text hits the gold when it takes out gold text that the output lacks: for 4 or
         * more tokens, when at least half of its 4-token shingles occur more often in the gold than
         * in the output; for 1 to 3 tokens, when its token sequence does. A text without tokens
         * never hits. (So removing the second copy of a duplicated paragraph that the gold has
         * once is not a hit, as long as the first copy stays.)
         *
         * @param removed the removed text
         * @return whether removing it lost gold text
         */
        boolean hit(String removed) {
            List<String> t = tokens(removed);
            if (t.isEmpty() || tokens.isEmpty()) {
                return false;
            }
            if (t.size() < SHINGLE) {
                return occurrences(tokens, t) > occurrences(outputTokens, t);
            }
            int total = t.size() - SHINGLE + 1;
            int lost = 0;
            for (int i = 0; i < total; i++) {
                List<String> sh = t.subList(i, i + SHINGLE);
                if (shingles.getOrDefault(sh, 0) > outputShingles.getOrDefault(sh, 0)) {
                    lost++;
                }
            }
            return 2 * lost >= total;
        }

        private static int occurrences(List<String> in, List<String> t) {
            int n = 0;
            outer:
            for (int i = 0; i + t.size() <= in.size(); i++) {
                for (int k = 0; k < t.size(); k++) {
                    if (!in.get(i + k).equals(t.get(k))) {
                        continue outer;
                    }
                }
                n++;
            }
            return n;
        }
    }
}
