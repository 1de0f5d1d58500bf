package org.newsclean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The shared words pass, and the stopword counts read from it. */
class WordsTest {

    @Test
    void oddWordsAreThoseAPhraseMayStartOrEndInside() {
        String text = "The iPhone contentUS NASA McDonald \u02bctis plain";
        TextDocument doc = new TextDocument(text, null, false);
        Words w = doc.words();
        boolean[] odd = new boolean[w.size];
        for (int k = 0; k < w.size; k++) {
            odd[k] = w.isOdd(k);
        }
        assertThat(odd).containsExactly(false, true, true, false, true, true, false);
    }

    /** Chars and pieces the random lines below are made of: letters of several scripts, marks, capitals inside words. */
    private static final String[] PIECES = {"a", "the", "Photo", "iPhone", "NASA", "McDonald", "don", "'", "\u2019", "-", " ", "  ",
        "\t", ".", ",", "(", ")", "/", "2026", "\u00e9t\u00e9", "E\u0301", "\u02bctis", "\u017f", "\u0130", "\u212a", "\u03a3\u03bf",
        "\u6771\u4eac", "\ud83d\ude00", "\u00a0", "\u200b", "x", "Q", "\u00df", "_", "\u00a9", "|"};

    /**
     * The words pass against its definition, read char by char: a word is a maximal run of word chars,
     * its hash {@code 31 * h + lower(c)}; per line the word count of {@link Texts#countWords}, the
     * hash of {@link Words#hashOf}, and odd words (a capital after a small letter or a digit, or a char
     * that folds apart).
     */
    @Test
    void wordsAreTheRunsOfWordCharsOfEachLine() {
        Random random = new Random(11);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 4000; i++) {
            // mostly short lines, some with hundreds of words
            int n = random.nextInt(random.nextInt(20) == 0 ? 2000 : 40);
            for (int k = 0; k < n; k++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
            sb.append('\n');
        }
        TextDocument doc = new TextDocument(sb.toString(), null, false);
        Words w = doc.words();
        String text = doc.text();
        int k = 0;
        int odd = 0;
        for (Line line : doc.lines()) {
            int li = line.index();
            assertThat(w.firstOfLine[li]).isEqualTo(k);
            int i = line.start();
            while (i < line.end()) {
                if (!Texts.isWordChar(text.charAt(i))) {
                    i++;
                    continue;
                }
                int s = i;
                int h = 0;
                boolean folds = false;
                boolean capitalInside = false;
                while (i < line.end() && Texts.isWordChar(text.charAt(i))) {
                    char c = text.charAt(i);
                    h = 31 * h + Character.toLowerCase(c);
                    folds |= Texts.foldsApart(c);
                    capitalInside |= i > s && Character.isUpperCase(c) && !Character.isUpperCase(text.charAt(i - 1));
                    i++;
                }
                assertThat(new int[] {w.start[k], w.end[k], w.hash[k]}).as(line.text()).containsExactly(s, i, h);
                assertThat(w.isOdd(k)).as(text.substring(s, i)).isEqualTo(folds || capitalInside);
                odd += folds || capitalInside ? 1 : 0;
                k++;
            }
            assertThat(w.lineWordCount[li]).as(line.text()).isEqualTo(Texts.countWords(text, line.start(), line.end()));
            assertThat(w.lineHash[li]).as(line.text()).isEqualTo(Words.hashOf(text, line.start(), line.end()));
        }
        assertThat(w.size).isEqualTo(k).isGreaterThan(50_000);
        assertThat(odd).isGreaterThan(1000);
    }

    @Test
    void stopwordsAreCountedWholeWithTheirApostrophesAndConfirmedCharByChar() {
        String en = "I don't know, they don\u2019t say";
        String fr = "l'homme et la femme";
        // "\u043c\u044f" has the same 32-bit word hash as the Russian stopword "\u043d\u0430": only the chars tell them apart
        String ru = "\u043d\u0430 \u043c\u044f \u043c\u044f";
        TextDocument doc = new TextDocument(en + "\n" + fr + "\n" + ru, null, false);
        Words w = doc.words();
        assertThat(w.hash[w.firstOfLine[2]]).isEqualTo(w.hash[w.firstOfLine[2] + 1]);
        Stopwords.LineStops stops = Stopwords.lineStops(doc);
        int english = Stopwords.LANGUAGES.indexOf("en");
        int french = Stopwords.LANGUAGES.indexOf("fr");
        int russian = Stopwords.LANGUAGES.indexOf("ru");
        // "don't" is one word (and a stopword), twice
        assertThat(stops.words[0]).isEqualTo(6);
        assertThat(stops.hits(0, english)).isGreaterThanOrEqualTo(3);
        // "l'homme" is one word; its "l'" is a French stopword, as are "et" and "la"
        assertThat(stops.words[1]).isEqualTo(4);
        assertThat(stops.hits(1, french)).isEqualTo(3);
        assertThat(stops.words[2]).isEqualTo(3);
        assertThat(stops.hits(2, russian)).isEqualTo(1);
    }

    private static final String[] STOPWORDISH = {"the", "The", "THE", "tHe", "of", "and", "a", "A", "to", "in", "is", "it's",
        "don't", "don\u2019t", "l'homme", "L\u2019eau", "qu'il", "jusqu'\u00e0", "aujourd'hui'", "'", "''", "le", "h\u00e1", "ne",
        "j\u00e1", "n'", "ka", "kar", "f\u00fcr", "F\u00dcR", "\u00fcber", "und", "der", "die", "das", "de", "la", "et", "el", "y", "que",
        "\u043d\u0430", "\u043c\u044f", "\u0438", "\u0432", "\u041d\u0430", "because", "Because", "between", "without", "themselves",
        "yourselves", "nevertheless", "x", "c0", "an", "8\u0559", "ab", "K", "\u212Aa", "\u0130n", "\u0130", "\u017f", "2026", "3rd",
        "well-known", "e-mail", "i", "I", "o", "\u00e0", "\u00e0s", "o\u00f9", "s\u00e5", "och", "att", "ve", "bir", "ini", "yang", "dan",
        "w", "z", "si\u0119", "nie", ",", ".", "\u201c", "\u2014", "  ", "\u00a0", "|"};

    /**
     * The words of a line and, per language, its stopwords, as the stopword lists define them: a
     * word is looked up whole and, when elided, by its first part with the apostrophe; a word
     * longer than the longest stopword is not looked up at all.
     *
     * @return {words, hits of LANGUAGES[0], hits of LANGUAGES[1], ...}
     */
    private static int[] countedWordByWord(String line) {
        int[] out = new int[1 + Stopwords.LANGUAGES.size()];
        Stopwords.forEachWord(line, 0, line.length(), w -> {
            out[0]++;
            if (w.length() > Stopwords.longestStopword()) {
                return;
            }
            int bits = Stopwords.languagesOf(w);
            int apostrophe = w.indexOf('\'');
            if (apostrophe >= 0) {
                bits |= Stopwords.languagesOf(w.substring(0, apostrophe + 1));
            }
            for (int l = 0; l < Stopwords.LANGUAGES.size(); l++) {
                out[1 + l] += bits >>> l & 1;
            }
        });
        return out;
    }

    @Test
    void stopwordsAreCountedAsTheListsSayWordByWord() {
        Random random = new Random(3);
        for (int round = 0; round < 3000; round++) {
            StringBuilder sb = new StringBuilder();
            int lines = 1 + random.nextInt(6);
            for (int i = 0; i < lines; i++) {
                int n = random.nextInt(random.nextInt(5) == 0 ? 120 : 15);
                for (int k = 0; k < n; k++) {
                    sb.append(STOPWORDISH[random.nextInt(STOPWORDISH.length)]);
                    int sep = random.nextInt(10);
                    sb.append(sep == 0 ? "" : sep == 1 ? "'" : sep == 2 ? "\u2019" : sep == 3 ? "-" : " ");
                }
                sb.append('\n');
            }
            // sometimes the text ends right after a short word: no four chars left to read
            String text = random.nextBoolean() ? sb.toString().strip() : sb.toString();
            TextDocument doc = new TextDocument(text, null, false);
            int n = doc.lines().size();
            Stopwords.LineStops fast = new Stopwords.LineStops(n);
            for (int li = 0; li < n; li++) {
                Stopwords.countLine(doc, li, fast, li);
                Line line = doc.lines().get(li);
                int[] counts = countedWordByWord(line.text());
                assertThat(fast.words[li]).as(line.text()).isEqualTo(counts[0]);
                for (int l = 0; l < Stopwords.LANGUAGES.size(); l++) {
                    assertThat(fast.hits(li, l)).as(line.text()).isEqualTo(counts[1 + l]);
                }
            }
        }
    }
}
