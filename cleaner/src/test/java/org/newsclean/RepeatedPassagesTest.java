package org.newsclean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Copies inside a document ({@code duplicates}): of passages ({@link RepeatedPassages}) and of whole
 * lines. A planted copy is found wherever it stands, and a document without one loses nothing.
 */
class RepeatedPassagesTest {
    private static final NewsCleaner DUPLICATES = NewsCleaner.builder().add("duplicates").build();

    /** A word from a vocabulary of 20,000 made-up ones, so that no run of 8 words repeats by chance. */
    private static String word(Random rnd) {
        int n = rnd.nextInt(20_000);
        StringBuilder sb = new StringBuilder();
        do {
            sb.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return sb.append("en").toString();
    }

    private static List<String> words(Random rnd, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(word(rnd));
        }
        return out;
    }

    private static List<Removal> passages(CleanResult r) {
        return r.removals().stream().filter(x -> x.reason().startsWith("repeats a passage")).toList();
    }

    @Test
    void aPlantedCopyIsFoundAtAnyDistanceAndNothingElse() {
        Random rnd = new Random(11);
        for (int t = 0; t < 60; t++) {
            int paragraphs = 3 + rnd.nextInt(t < 50 ? 40 : 2000); // up to about a megabyte
            List<List<String>> doc = new ArrayList<>();
            for (int p = 0; p < paragraphs; p++) {
                doc.add(words(rnd, 20 + rnd.nextInt(60)));
            }
            // a passage of 30 to 90 words of an early paragraph, copied into the middle of a later one
            int from = rnd.nextInt(Math.max(1, paragraphs / 3));
            List<String> passage = words(rnd, 30 + rnd.nextInt(60));
            doc.get(from).addAll(passage);
            int to = paragraphs - 1 - rnd.nextInt(Math.max(1, paragraphs / 3));
            List<String> target = doc.get(to);
            target.addAll(target.size() / 2, passage);
            StringBuilder text = new StringBuilder();
            for (List<String> p : doc) {
                text.append(String.join(" ", p)).append(".\n\n");
            }
            List<Removal> found = passages(DUPLICATES.clean(text.toString()));
            String middle = String.join(" ", passage.subList(8, passage.size() - 8));
            assertThat(found).as("document %d, %d paragraphs", t, paragraphs).hasSize(1);
            assertThat(found.get(0).text()).contains(middle);
            assertThat(found.get(0).start()).isGreaterThan(text.indexOf(String.join(" ", doc.get(to).subList(0, 5))));
        }
    }

    @Test
    void withoutARepeatNothingGoes() {
        Random rnd = new Random(12);
        for (int t = 0; t < 30; t++) {
            StringBuilder text = new StringBuilder();
            int paragraphs = 3 + rnd.nextInt(t < 25 ? 60 : 3000);
            for (int p = 0; p < paragraphs; p++) {
                text.append(String.join(" ", words(rnd, 20 + rnd.nextInt(60)))).append(".\n\n");
            }
            assertThat(passages(DUPLICATES.clean(text.toString()))).isEmpty();
        }
    }

    @Test
    void exactCopiesOfLinesAreFoundAtAnyDistance() {
        Random rnd = new Random(13);
        for (int t = 0; t < 40; t++) {
            int paragraphs = 10 + rnd.nextInt(t < 30 ? 200 : 5000);
            List<String> lines = new ArrayList<>();
            for (int p = 0; p < paragraphs; p++) {
                lines.add(String.join(" ", words(rnd, 5 + rnd.nextInt(12))) + ".");
            }
            // a few lines copied once further down, some far apart; each copy goes, its first stays
            // (a short line that stands three times or more is a list's label, see DuplicateHeuristic#labels)
            List<String> firsts = new ArrayList<>();
            for (int c = 0; c < 5; c++) {
                int first = rnd.nextInt(paragraphs / 2);
                String line = lines.get(first);
                if (firsts.contains(line)) {
                    c--;
                    continue;
                }
                firsts.add(line);
                lines.add(lines.indexOf(line) + 1 + rnd.nextInt(lines.size() - lines.indexOf(line) - 1), line);
            }
            String text = String.join("\n\n", lines) + "\n";
            CleanResult r = DUPLICATES.clean(text);
            List<Removal> copies = r.removals().stream().filter(x -> x.reason().startsWith("exact copy of line")).toList();
            assertThat(copies).as("document %d", t).hasSize(firsts.size());
            for (Removal x : copies) {
                assertThat(text.indexOf(x.text())).isLessThan(x.start());
            }
            for (String first : firsts) {
                assertThat(r.text()).contains(first);
            }
        }
    }

    /**
     * An article that opens with a quote and gives it again, in full, inside a later paragraph (or a
     * pull quote printed before the paragraph it comes from): both copies are article text. Taking
     * the later copy out of its paragraph would leave an empty pair of quote marks there.
     */
    @Test
    void aQuoteGivenAgainInsideAParagraphStaysTwice() {
        String quote = "the ferry has lost money for three years running, and the city cannot keep covering the gap from"
                + " its reserves while the boats sail half empty through the winter";
        String later = "Corvo spoke for twenty minutes before the vote. She told the meeting that \u201c" + quote
                + ",\u201d and that the board would publish the repair plan for both piers in March.";
        String filler = "Regular passengers were not impressed, and many of them said the boats were often late.";
        for (String open : List.of("\u201c", "\"", "\u00ab")) {
            String first = open + Character.toUpperCase(quote.charAt(0)) + quote.substring(1) + ",\u201d Corvo said.";
            String text = first + "\n\n" + filler + "\n\n" + later + "\n";
            CleanResult r = DUPLICATES.clean(text);
            assertThat(r.removals()).as(open).isEmpty();
            assertThat(r.text()).isEqualTo(text.strip());
        }
        // without the quote mark the line is no quote: the copy inside the paragraph is a repeat and goes
        String plain = Character.toUpperCase(quote.charAt(0)) + quote.substring(1) + ", Corvo said.";
        CleanResult r = DUPLICATES.clean(plain + "\n\n" + filler + "\n\n" + later + "\n");
        assertThat(passages(r)).singleElement().satisfies(x -> assertThat(x.text()).startsWith("the ferry has lost money"));
        // nor is a quote line that shares only part of its words with the paragraph
        String longer = "\u201c" + Character.toUpperCase(quote.charAt(0)) + quote.substring(1)
                + ",\u201d Corvo said on Tuesday, standing in the waiting room of the north pier, which has been closed since the summer.";
        assertThat(passages(DUPLICATES.clean(longer + "\n\n" + filler + "\n\n" + later + "\n"))).hasSize(1);
    }
}
