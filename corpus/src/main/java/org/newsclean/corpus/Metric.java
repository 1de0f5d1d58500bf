package org.newsclean.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scrapinghub article-extraction-benchmark metric: texts are tokenised with the Unicode
 * regex {@code \w+}; each becomes a multiset of 4-token shingles (a text of 1 to 3 tokens is one
 * shorter shingle); per document TP, FP and FN are multiset overlaps normalised to sum to 1.
 * Precision is averaged over documents with a non-empty prediction, recall over documents with a
 * non-empty gold, and F1 is the harmonic mean of the two averages.
 */
public final class Metric {
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    /** Shingle length of the benchmark. */
    public static final int SHINGLE = 4;

    private Metric() {
    }

    /** One document's normalised counts. */
    public record Counts(double tp, double fp, double fn, boolean emptyPrediction, boolean emptyGold, boolean exact) {
        /** @return tp / (tp + fp), or 0 when both are 0 */
        public double precision() {
            return tp + fp == 0 ? 0 : tp / (tp + fp);
        }

        /** @return tp / (tp + fn), or 0 when both are 0 */
        public double recall() {
            return tp + fn == 0 ? 0 : tp / (tp + fn);
        }
    }

    /** Scores over documents. */
    public record Score(double precision, double recall, double f1, double accuracy, int documents) {
    }

    /** @return the text's {@code \w+} tokens (Unicode), in order */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
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

    /** @return the normalised TP, FP and FN of one prediction against its gold */
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

    /** @return precision, recall, F1 and accuracy over the documents, as the benchmark computes them */
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
}
