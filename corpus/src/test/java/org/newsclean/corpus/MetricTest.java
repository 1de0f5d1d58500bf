package org.newsclean.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Hand-computed cases of the benchmark metric. */
class MetricTest {
    private static final Offset<Double> EPS = within(1e-9);

    @Test
    void tokensArePythonUnicodeWordRuns() {
        assertThat(Metric.tokens("Don't stop—now, 2019!")).containsExactly("Don", "t", "stop", "now", "2019");
        assertThat(Metric.tokens("snake_case naïve 日本語 ½")).containsExactly("snake_case", "naïve", "日本語", "½");
        // a combining accent is not \w in Python's re, so it splits the word
        assertThat(Metric.tokens("cafe\u0301 au lait")).containsExactly("cafe", "au", "lait");
        assertThat(Metric.tokens(" \n-- ")).isEmpty();
        assertThat(Metric.tokens("𝐀𝐁 x")).containsExactly("𝐀𝐁", "x");
    }

    @Test
    void identicalTextsAreExact() {
        Metric.Counts c = Metric.counts("The cat sat on the mat.", "The cat sat on\nthe mat");
        assertThat(c.tp()).isCloseTo(1, EPS);
        assertThat(c.fp()).isZero();
        assertThat(c.fn()).isZero();
        assertThat(c.exact()).isTrue();
        assertThat(c.precision()).isCloseTo(1, EPS);
        assertThat(c.recall()).isCloseTo(1, EPS);
    }

    @Test
    void partialOverlapIsNormalised() {
        // prediction a b c d e: abcd bcde; gold a b c d x: abcd bcdx -> tp 1, fp 1, fn 1 -> thirds
        Metric.Counts c = Metric.counts("a b c d e", "a b c d x");
        assertThat(c.tp()).isCloseTo(1 / 3.0, EPS);
        assertThat(c.fp()).isCloseTo(1 / 3.0, EPS);
        assertThat(c.fn()).isCloseTo(1 / 3.0, EPS);
        assertThat(c.precision()).isCloseTo(0.5, EPS);
        assertThat(c.recall()).isCloseTo(0.5, EPS);
        assertThat(c.exact()).isFalse();
    }

    @Test
    void emptyPredictionCountsForRecallButNotPrecision() {
        Metric.Counts empty = Metric.counts("", "one two three four five");
        assertThat(empty.emptyPrediction()).isTrue();
        assertThat(empty.fn()).isCloseTo(1, EPS);
        Metric.Counts perfect = Metric.counts("a b c d", "a b c d");
        Metric.Score s = Metric.score(List.of(empty, perfect));
        assertThat(s.precision()).isCloseTo(1, EPS);        // only the non-empty prediction
        assertThat(s.recall()).isCloseTo(0.5, EPS);         // (0 + 1) / 2
        assertThat(s.f1()).isCloseTo(2 / 3.0, EPS);         // 2 * 1 * 0.5 / 1.5
        assertThat(s.accuracy()).isCloseTo(0.5, EPS);
        assertThat(s.documents()).isEqualTo(2);
    }

    @Test
    void emptyGoldCountsForPrecisionButNotRecall() {
        Metric.Counts noGold = Metric.counts("boilerplate text here", "");
        assertThat(noGold.emptyGold()).isTrue();
        assertThat(noGold.fp()).isCloseTo(1, EPS);
        Metric.Counts perfect = Metric.counts("a b c d", "a b c d");
        Metric.Score s = Metric.score(List.of(noGold, perfect));
        assertThat(s.precision()).isCloseTo(0.5, EPS);      // (0 + 1) / 2
        assertThat(s.recall()).isCloseTo(1, EPS);           // only the non-empty gold
        assertThat(s.f1()).isCloseTo(2 / 3.0, EPS);
    }

    @Test
    void bothEmptyIsExactAndLeftOutOfPrecisionAndRecall() {
        Metric.Counts c = Metric.counts("  ", "...");
        assertThat(c.tp() + c.fp() + c.fn()).isZero();
        assertThat(c.exact()).isTrue();
        Metric.Score s = Metric.score(List.of(c, Metric.counts("a b c d e", "a b c d x")));
        assertThat(s.precision()).isCloseTo(0.5, EPS);
        assertThat(s.recall()).isCloseTo(0.5, EPS);
        assertThat(s.accuracy()).isCloseTo(0.5, EPS);
    }

    @Test
    void fewerThanFourTokensMakeOneShorterShingle() {
        assertThat(Metric.shingles(Metric.tokens("a b c"))).containsOnlyKeys(List.of("a", "b", "c"));
        // "a b c" vs "a b c d": shingles (a,b,c) and (a,b,c,d) differ -> tp 0, fp 1/2, fn 1/2
        Metric.Counts c = Metric.counts("a b c", "a b c d");
        assertThat(c.tp()).isZero();
        assertThat(c.fp()).isCloseTo(0.5, EPS);
        assertThat(c.fn()).isCloseTo(0.5, EPS);
        // two short texts that are equal match fully
        Metric.Counts same = Metric.counts("Hello, world", "hello world".replace('h', 'H'));
        assertThat(same.tp()).isCloseTo(1, EPS);
        // case is kept
        assertThat(Metric.counts("Hello world", "hello world").tp()).isZero();
    }

    @Test
    void repeatedShinglesAreAMultiset() {
        // prediction a b c d a b c d: abcd x2, bcda, cdab, dabc; gold a b c d: abcd
        // tp 1, fp 1 + 3 = 4, fn 0 -> 0.2, 0.8, 0
        Metric.Counts c = Metric.counts("a b c d a b c d", "a b c d");
        assertThat(c.tp()).isCloseTo(0.2, EPS);
        assertThat(c.fp()).isCloseTo(0.8, EPS);
        assertThat(c.fn()).isZero();
        assertThat(c.precision()).isCloseTo(0.2, EPS);
        assertThat(c.recall()).isCloseTo(1, EPS);
        // gold x x x x x x: xxxx x3; prediction x x x x: xxxx x1 -> tp 1, fn 2
        Metric.Counts d = Metric.counts("x x x x", "x x x x x x");
        assertThat(d.tp()).isCloseTo(1 / 3.0, EPS);
        assertThat(d.fn()).isCloseTo(2 / 3.0, EPS);
        assertThat(d.recall()).isCloseTo(1 / 3.0, EPS);
        assertThat(d.precision()).isCloseTo(1, EPS);
    }

    @Test
    void f1IsTheHarmonicMeanOfAveragesNotTheAverageOfF1s() {
        Metric.Counts a = new Metric.Counts(0.5, 0, 0.5, false, false, false);   // P 1, R 0.5
        Metric.Counts b = new Metric.Counts(0.5, 0.5, 0, false, false, false);   // P 0.5, R 1
        Metric.Score s = Metric.score(List.of(a, b));
        assertThat(s.precision()).isCloseTo(0.75, EPS);
        assertThat(s.recall()).isCloseTo(0.75, EPS);
        assertThat(s.f1()).isCloseTo(0.75, EPS);
        assertThat((a.f1() + b.f1()) / 2).isCloseTo(2 / 3.0, EPS);
    }

    @Test
    void spreadIsTheBootstrapStandardDeviation() {
        Metric.Counts perfect = Metric.counts("a b c d", "a b c d");
        assertThat(Metric.spread(List.of(perfect, perfect, perfect))).isEqualTo(new Metric.Spread(0, 0, 0, 0));
        assertThat(Metric.spread(List.of())).isEqualTo(new Metric.Spread(0, 0, 0, 0));
        // accuracy of n = 2 documents, one exact: a resample's accuracy is 0, 0.5 or 1 with
        // probabilities 1/4, 1/2, 1/4 -> standard deviation sqrt(1/8) ~ 0.354
        Metric.Counts half = Metric.counts("a b c d e", "a b c d x");
        Metric.Spread s = Metric.spread(List.of(perfect, half), 20000, 1);
        assertThat(s.accuracy()).isCloseTo(Math.sqrt(0.125), within(0.01));
        assertThat(Metric.spread(List.of(perfect, half))).isEqualTo(Metric.spread(List.of(perfect, half)));
        assertThat(s.ci95().accuracy()).isCloseTo(1.96 * s.accuracy(), EPS);
    }

    @Test
    void aRemovalHitsGoldWhenItTakesGoldTextTheOutputLacks() {
        String gold = "The mayor spoke on Monday. Share this. The council voted yes on the budget.";
        Metric.Gold g = new Metric.Gold(gold, "The mayor spoke on Monday.");
        assertThat(g.hit("The council voted yes on the budget.")).isTrue();
        assertThat(g.hit("Share on Facebook and Twitter now")).isFalse();
        assertThat(g.hit("Share this")).isTrue();                 // short: token sequence in the gold
        assertThat(g.hit("Tweet")).isFalse();
        assertThat(g.hit("--")).isFalse();
        // the second copy of a paragraph the output still has once is not a hit
        assertThat(g.hit("The mayor spoke on Monday.")).isFalse();
    }
}
