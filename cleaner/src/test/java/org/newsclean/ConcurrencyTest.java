package org.newsclean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One {@link NewsCleaner} shared by many threads gives, for every document of the corpora, the
 * same result (text, title, source and removals) as a single-threaded run.
 */
@Tag("corpus")
class ConcurrencyTest {
    private static final int THREADS = 6;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void textModeOverEveryGoldAndScrapedText() throws Exception {
        List<Path> files = new ArrayList<>(CorpusFiles.named(TestTexts.sharedCorpus(), "gold.txt", "scraped.txt"));
        files.addAll(CorpusFiles.named(CorpusFiles.ownCorpus(), "gold.txt", "scraped.txt"));
        assumeTrue(!files.isEmpty(), "no corpus here");
        NewsCleaner shared = NewsCleaner.news();
        sameAsSingleThreaded(files, text -> shared.clean(text));
        NewsCleaner keep = NewsCleaner.builder("news").option("captions", "keep", "true").build();
        sameAsSingleThreaded(files, text -> keep.clean(text));
    }

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void htmlModeOverEveryPage() throws Exception {
        List<Path> files = new ArrayList<>(CorpusFiles.named(TestTexts.sharedCorpus(), "page.html"));
        files.addAll(CorpusFiles.named(CorpusFiles.ownCorpus(), "page.html"));
        assumeTrue(!files.isEmpty(), "no corpus here");
        NewsCleaner shared = NewsCleaner.news();
        sameAsSingleThreaded(files, html -> shared.cleanHtml(html, "https://example.com/news/article"));
    }

    private static void sameAsSingleThreaded(List<Path> files, Function<String, CleanResult> clean) throws Exception {
        Map<Path, String> inputs = new LinkedHashMap<>();
        for (Path p : files) {
            inputs.put(p, CorpusFiles.read(p));
        }
        Map<Path, CleanResult> expected = new LinkedHashMap<>();
        inputs.forEach((p, s) -> expected.put(p, clean.apply(s)));

        // each document twice, in a shuffled order, so threads interleave different documents
        List<Path> order = new ArrayList<>(inputs.keySet());
        order.addAll(inputs.keySet());
        Collections.shuffle(order, new Random(42));
        List<Callable<Map.Entry<Path, CleanResult>>> tasks = new ArrayList<>();
        for (Path p : order) {
            tasks.add(() -> Map.entry(p, clean.apply(inputs.get(p))));
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (Future<Map.Entry<Path, CleanResult>> f : pool.invokeAll(tasks)) {
                Map.Entry<Path, CleanResult> e = f.get();
                CleanResult want = expected.get(e.getKey());
                CleanResult got = e.getValue();
                String id = CorpusFiles.id(e.getKey());
                assertThat(got.text()).as("text of %s", id).isEqualTo(want.text());
                assertThat(got.title()).as("title of %s", id).isEqualTo(want.title());
                assertThat(got.source()).as("source of %s", id).isEqualTo(want.source());
                assertThat(got.removals()).as("removals of %s", id).isEqualTo(want.removals());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }
}
