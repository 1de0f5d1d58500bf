package org.newsclean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Invariants over random and real-looking input: cleaning never throws, is idempotent, never
 * lengthens the text, and its removals lie inside the input without overlapping.
 */
class CleanPropertiesTest {
    /** Fragments that real scraped news is made of: boilerplate of every kind, article sentences, separators. */
    private static final List<String> FRAGMENTS = List.of(
            "fb-pixel", "Skip to main content", "Advertisement", "Story continues below advertisement", "Share",
            "Share on Facebook", "Tweet", "Email", "Print", "Read more:", "Related:", "Sign up for our newsletter",
            "We use cookies to improve your experience.", "Accept", "Home \u203a World \u203a Europe", "News | Sport | Weather",
            "Jane Doe/Reuters", "(AP Photo/John Smith)", "Photo: Jane Doe", "Getty Images", "&nbsp;", "<img src=\"x.gif\">",
            "<noscript>", "Anzeige", "Lire aussi", "Leia tamb\u00e9m", "Lees ook", "Menu", "Back to top",
            "The council approved the plan on Tuesday.", "Officials said the fire was under control.",
            "\u201cWe are ready,\u201d she said.", "Prices rose 4.5% in March.", "The mayor, who took office in 2021, declined to comment.",
            "Firefighters battle the blaze on Tuesday.", "Das Parlament stimmte am Mittwoch zu.", "\u0627\u0644\u0645\u062f\u064a\u0646\u0629",
            "\u4e1c\u4eac\u5e02\u653f\u5e9c\u5468\u4e8c\u5ba3\u5e03", "e\u0301", "\ud83d\ude00", "\ud800", "\udc00", "/", "|", ".", " ", "  ",
            "\n", "\n", "\n\n", "\n\n\n", "\r\n", "\t", "\u00a0",
            "[News](https://e.test/news)", "[Read more: Fares stay the same](https://e.test/fares)", "![A bus](https://e.test/bus.jpg)",
            "[", "]", "](", "(", ")", "**", "*", "_", "\\", "#", "\n# ", "\n* ", "\n1. ", "\n---\n", "|");

    private static final NewsCleaner NEWS = NewsCleaner.news();
    private static final NewsCleaner KEEP = NewsCleaner.builder("news").option("captions", "keep", "true").build();

    @Provide
    Arbitrary<String> newsy() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(FRAGMENTS),
                Arbitraries.strings().ofMaxLength(12), Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8));
        return piece.list().ofMaxSize(60).map(l -> String.join(" ", l).replace(" \n ", "\n"));
    }

    @Provide
    Arbitrary<String> realLines() {
        List<String> lines = realLineSample();
        if (lines.isEmpty()) {
            return newsy();
        }
        return Arbitraries.of(lines).list().ofMaxSize(40).map(l -> String.join("\n", l));
    }

    @Property(tries = 400)
    void invariantsOnNewsyText(@ForAll("newsy") String text) {
        check(NEWS, text);
        check(KEEP, text);
    }

    @Property(tries = 300)
    void invariantsOnArbitraryStrings(@ForAll String text) {
        check(NEWS, text);
    }

    @Property(tries = 150)
    void invariantsOnShuffledRealLines(@ForAll("realLines") String text) {
        check(NEWS, text);
    }

    static void check(NewsCleaner cleaner, String text) {
        CleanResult once = cleaner.clean(text);
        assertThat(once.text().length()).isLessThanOrEqualTo(text.length());
        int last = 0;
        for (Removal r : once.removals()) {
            assertThat(r.start()).isGreaterThanOrEqualTo(last);
            assertThat(r.end()).isGreaterThan(r.start()).isLessThanOrEqualTo(text.length());
            assertThat(r.text()).isEqualTo(text.substring(r.start(), r.end()));
            last = r.end();
        }
        CleanResult twice = cleaner.clean(once.text());
        assertThat(twice.text()).as("idempotent on %s", text).isEqualTo(once.text());
    }

    /** Lines of the real pages' gold texts and the seed, read at run time (never copied into the project). */
    private static List<String> realLineSample() {
        Path corpus = TestTexts.sharedCorpus();
        List<String> out = new ArrayList<>();
        if (corpus == null) {
            return out;
        }
        try (Stream<Path> files = Files.walk(corpus, 3)) {
            files.filter(p -> p.getFileName().toString().equals("gold.txt") || p.getFileName().toString().equals("scraped.txt"))
                    .sorted().limit(40).forEach(p -> {
                        try {
                            for (String l : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                                out.add(l);
                            }
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
