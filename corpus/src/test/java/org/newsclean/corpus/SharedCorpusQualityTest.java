package org.newsclean.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsclean.NewsCleaner;

/**
 * Quality floors on {@code ../shared/corpus}, set just under what was measured, so that a
 * regression fails the build. Raise a floor when the cleaner improves. Every page is run once for
 * the whole class. Skipped when the corpus is absent.
 */
class SharedCorpusQualityTest {
    static final String HTML = "newsclean html";
    static final String PAGE_TEXT = "newsclean page-text";
    static final String BOILERPIPE = "boilerpipe ArticleExtractor";

    private static Evaluation ev;

    @BeforeAll
    static void run() {
        Path shared = TestCorpora.shared();
        Assumptions.assumeTrue(shared != null, "../shared/corpus is absent");
        List<Document> docs = Corpus.read(shared, List.of("scrapinghub", "seed", "readability-pages"));
        NewsCleaner news = NewsCleaner.news();
        ev = Evaluation.run(docs, List.of(Extractors.newsclean(news, Extractors.Mode.HTML),
                Extractors.newsclean(news, Extractors.Mode.PAGE_TEXT), Extractors.boilerpipe()));
    }

    @Test
    void boilerpipeArticleExtractorScoresItsPublishedFigure() {
        Metric.Score s = ev.score(BOILERPIPE, "scrapinghub");
        assertThat(s.documents()).isEqualTo(181);
        assertThat(s.f1()).isCloseTo(0.877, within(0.005));
    }

    @Test
    void htmlModeHoldsItsFloorsOnScrapinghub() {
        // measured 2026-12-07: F1 0.985, P 0.982, R 0.987 (0.984 before hover cards and tooltips counted as hidden,
        // 0.981 before a heading of other stories cut its box, 0.978
        // before linked sentences and addresses, and paragraphs boxed on their own, were kept; issue 3's bar: 0.96)
        Metric.Score s = ev.score(HTML, "scrapinghub");
        assertThat(s.documents()).isEqualTo(181);
        assertThat(s.f1()).isGreaterThan(0.978);
        assertThat(s.precision()).isGreaterThan(0.970);
        assertThat(s.recall()).isGreaterThan(0.980);
    }

    @Test
    void pageTextModeHoldsItsFloorsOnScrapinghub() {
        // measured 2026-12-08: F1 0.946, P 0.931, R 0.961 (0.944 before an embedded tweet's last line stayed and a box of
        // other stories before the last paragraph stopped ending the article; floors raised from 0.930, 0.912, 0.945);
        // 2026-12-07: F1 0.938, P 0.922, R 0.955 (news preset with page-blocks; 0.931 before tables given one
        // cell per line counted as nothing instead of as menus, and a count of comments before the title opened them;
        // 0.927 before video carousels
        // under "More videos" and comment forms counted for nothing, 0.921 before teasers under an opener of other stories
        // and glued teaser headlines counted for little; before page-blocks F1 0.682, P 0.521, R 0.987)
        Metric.Score s = ev.score(PAGE_TEXT, "scrapinghub");
        assertThat(s.f1()).isGreaterThan(0.940);
        assertThat(s.precision()).isGreaterThan(0.924);
        assertThat(s.recall()).isGreaterThan(0.954);
    }

    @Test
    void seedDocumentIsCleanedExactly() {
        // measured: F1 1.000 (the seed's input is scraped text; html mode cleans it as text)
        Metric.Score s = ev.score(HTML, "seed");
        assertThat(s.documents()).isEqualTo(1);
        assertThat(s.f1()).isGreaterThan(0.99);
    }

    @Test
    void readabilityPagesNeverFailAndRarelyComeOutEmpty() {
        int docs = 0;
        int empty = 0;
        for (Evaluation.Result r : ev.results(HTML)) {
            if (!r.doc().source().equals("readability-pages")) {
                continue;
            }
            docs++;
            assertThat(r.error()).as(r.doc().key()).isNull();
            if (Metric.tokens(r.output().text()).isEmpty()) {
                empty++;
            }
        }
        assertThat(docs).isEqualTo(60);
        // measured 2026-11-25: no empty output (issue 3: each page has a non-empty body)
        assertThat(empty).isZero();
    }

    @Test
    void noExtractorFailsOnAnyPage() {
        for (String x : ev.extractors()) {
            assertThat(ev.results(x)).allSatisfy(r -> assertThat(r.error()).as(x + " on " + r.doc().key()).isNull());
        }
    }
}
