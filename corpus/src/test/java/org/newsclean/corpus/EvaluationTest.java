package org.newsclean.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclean.NewsCleaner;

class EvaluationTest {
    @TempDir
    Path root;

    private List<Document> corpus() throws IOException {
        CorpusTest.doc(root, "mine", "a", "scraped.txt",
                "The mayor spoke on Monday about the new budget plan.\nShare on Facebook\n"
                        + "The council voted yes on the budget after a long debate.\n",
                "The mayor spoke on Monday about the new budget plan.\n\n"
                        + "The council voted yes on the budget after a long debate.\n",
                "{\"input\": \"scraped.txt\", \"labels\": [{\"text\": \"Share on Facebook\", \"category\": \"share\"},"
                        + " {\"text\": \"Not in the input at all\", \"category\": \"related\"}]}");
        CorpusTest.doc(root, "web", "b", "page.html",
                "<html><body><nav>Home News</nav><article><h1>Title</h1><p>Rain fell all day in the city center today.</p>"
                        + "</article><footer>Contact us</footer></body></html>",
                "Rain fell all day in the city center today.\n", "{\"input\": \"page.html\"}");
        return Corpus.read(root);
    }

    @Test
    void scoresExtractorsAndReportsHeuristicsLabelsAndWorst() throws IOException {
        List<Document> docs = corpus();
        Extractor failing = new Extractors.Named("failing") {
            @Override
            public Output extract(Document doc) {
                throw new IllegalStateException("boom");
            }
        };
        Evaluation ev = Evaluation.run(docs, List.of(
                Extractors.newsclean(NewsCleaner.news(), Extractors.Mode.TEXT), Extractors.uncleaned(),
                Extractors.boilerpipe(), failing));
        assertThat(ev.extractors()).containsExactly("newsclean text", "uncleaned text", "boilerpipe ArticleExtractor", "failing");
        assertThat(ev.sources()).containsExactly("mine", "web");
        assertThat(ev.score("newsclean text", "mine").f1()).isCloseTo(1, within(1e-9));
        // the share line breaks the gold's shingles that span it: recall 15/18, precision 15/21
        assertThat(ev.score("uncleaned text", "mine").recall()).isCloseTo(15 / 18.0, within(1e-9));
        assertThat(ev.score("uncleaned text", "mine").precision()).isCloseTo(15 / 21.0, within(1e-9));
        assertThat(ev.score("boilerpipe ArticleExtractor", null).documents()).isEqualTo(1);   // HTML only
        assertThat(ev.score("failing", null).recall()).isZero();
        assertThat(ev.primary()).isEqualTo("newsclean text");
        assertThat(ev.heuristics("newsclean text")).anySatisfy(h -> {
            assertThat(h.heuristic()).isEqualTo("share");
            assertThat(h.hits()).isZero();
        });
        assertThat(ev.labels("newsclean text")).extracting(Evaluation.LabelStats::category, Evaluation.LabelStats::removed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("related", 1),
                        org.assertj.core.groups.Tuple.tuple("share", 1), org.assertj.core.groups.Tuple.tuple("all", 2));
        assertThat(ev.labels("uncleaned text")).last().satisfies(l -> assertThat(l.recall()).isEqualTo(0.5));
        assertThat(ev.worst("newsclean text", 10)).hasSize(2);

        String md = ev.markdown();
        assertThat(md).contains("| newsclean text | mine | 1 | 1.000 ± 0.000 |", "| share |", "Label recall",
                "failing on mine/a: IllegalStateException: boom");
        Path out = root.resolve("out");
        ev.write(out);
        assertThat(Files.readString(out.resolve("report.md"))).isEqualTo(md);
        assertThat(Json.parse(Files.readString(out.resolve("report.json")))).isInstanceOf(java.util.Map.class);
        String html = Files.readString(out.resolve("report.html"));
        assertThat(html).contains("<mark style=\"background:", "title=\"share share:", ">Share on Facebook</mark>", "Legend");
    }

    @Test
    void residueModeCleansEachGoldDecoratedWithResidue() throws Exception {
        corpus();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        int status = Eval.run(new String[] {"--mode", "residue", "--preset", "article", "--quiet", "--out",
            root.resolve("residue").toString(), root.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8), sink);
        assertThat(status).isZero();
        // both documents have a gold, whatever their input; the residue goes, the gold comes back whole
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("| newsclean residue | mine | 1 | 1.000 ± 0.000 |",
                "| newsclean residue | web | 1 | 1.000 ± 0.000 |", "| uncleaned residue | mine | 1 |");
        Document mine = corpus().get(0);
        String decorated = Extractors.residueText(mine);
        assertThat(decorated).contains("The council voted yes on the budget after a long debate.").isNotEqualTo(mine.gold());
        assertThat(Extractors.uncleanedResidue().extract(mine).text()).isEqualTo(decorated);
    }

    @Test
    void commandLineRunsAndRejectsBadUsage() throws IOException {
        corpus();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path dir = root.resolve("report");
        int status = Eval.run(new String[] {"--mode", "text,html", "--remove", "duplicates", "--option", "captions.keep=true",
            "--sources", "mine", "--out", dir.toString(), root.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("| newsclean text | mine |", "| newsclean html | mine |")
                .doesNotContain("| web");
        assertThat(dir.resolve("report.html")).exists();

        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThat(Eval.run(new String[] {"--mode", "pdf", root.toString()}, sink, sink)).isEqualTo(2);
        assertThat(Eval.run(new String[] {"--remove", "nope", root.toString()}, sink, sink)).isEqualTo(2);
        assertThat(Eval.run(new String[] {}, sink, sink)).isEqualTo(2);
        assertThat(Eval.run(new String[] {"--quiet", root.resolve("missing").toString()}, sink, sink)).isEqualTo(1);
        assertThat(Eval.run(new String[] {"--help"}, sink, sink)).isZero();
    }
}
