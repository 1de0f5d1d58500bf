package org.newsclean.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsclean.NewsCleaner;

/**
 * Quality floors on the project's own corpus, {@code corpus/docs/<source>/<id>/}. Every document
 * is cleaned once for the class, as intended for its input ({@code scraped.txt} as text,
 * {@code page.html} as HTML), and compared with its uncleaned text. Skipped while the corpus has
 * no documents.
 *
 * <p>The absolute floors below are provisional (the documents were not yet written when this test
 * was): once they land, run {@code java -jar corpus/target/newsclean-eval.jar corpus/docs}
 * and set each floor just under the measured figure.
 */
class OwnCorpusQualityTest {
    static final String CLEANED = "newsclean html";
    static final String RAW = "uncleaned text";

    /**
     * Floors just under what was measured on 2026-12-07 (F1 0.983 over all 101 documents, 0.978 before a newsletter
     * box's field and button stopped counting as barriers of their own and "Jane Doe, Reporter" was a byline; label
     * recall 0.960;
     * before related lists and comment threads went with their heading: 0.964 and 0.918).
     */
    static final double MIN_F1 = 0.970;
    static final double MIN_LABEL_RECALL = 0.95;
    /**
     * Per source, measured 2026-12-08: own-html 1.000, own-text 0.983 (59 documents, two of them Markdown), own-page
     * 0.974 (30 documents; 0.963 on the 21 before nine were added whose boxes inside the article, a live blog's share
     * buttons or a line under the byline taken for the headline cut it short).
     */
    static final java.util.Map<String, Double> MIN_F1_BY_SOURCE = java.util.Map.of("own-html", 0.99, "own-text", 0.97,
            "own-page", 0.93);

    private static Evaluation ev;

    @BeforeAll
    static void run() {
        Path own = TestCorpora.own();
        Assumptions.assumeTrue(own != null, "corpus/docs has no documents yet");
        List<Document> docs = Corpus.read(own);
        ev = Evaluation.run(docs, List.of(Extractors.newsclean(NewsCleaner.news(), Extractors.Mode.HTML),
                Extractors.uncleaned()));
    }

    @Test
    void cleaningBeatsTheUncleanedInput() {
        Metric.Score cleaned = ev.score(CLEANED, null);
        Metric.Score raw = ev.score(RAW, null);
        Assumptions.assumeTrue(cleaned.documents() > 0, "no document has gold");
        assertThat(cleaned.f1()).isGreaterThan(raw.f1());
        assertThat(cleaned.precision()).isGreaterThanOrEqualTo(raw.precision());
    }

    @Test
    void holdsItsF1Floor() {
        Metric.Score cleaned = ev.score(CLEANED, null);
        Assumptions.assumeTrue(cleaned.documents() > 0, "no document has gold");
        assertThat(cleaned.f1()).isGreaterThan(MIN_F1);
    }

    @Test
    void holdsItsFloorPerSource() {
        MIN_F1_BY_SOURCE.forEach((source, floor) -> {
            Metric.Score s = ev.score(CLEANED, source);
            assertThat(s.documents()).as(source).isGreaterThan(0);
            assertThat(s.f1()).as(source).isGreaterThan(floor);
        });
    }

    @Test
    void removesLabelledBoilerplate() {
        List<Evaluation.LabelStats> labels = ev.labels(CLEANED);
        Assumptions.assumeFalse(labels.isEmpty(), "no document has labels");
        Evaluation.LabelStats all = labels.get(labels.size() - 1);
        assertThat(all.category()).isEqualTo("all");
        assertThat(all.recall()).as("labels still in the output: %s", all.kept().size()).isGreaterThan(MIN_LABEL_RECALL);
    }

    @Test
    void neverFails() {
        assertThat(ev.results(CLEANED)).allSatisfy(r -> assertThat(r.error()).as(r.doc().key()).isNull());
    }
}
