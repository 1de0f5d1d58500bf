package org.newsclean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The cheap tests that let heuristics pass over a line without reading it (what the words pass
 * finds per line and per word, the bylines' and captions' first tests) never pass over a line that
 * the full test would take; and what a document keeps per line from its flags stays right as flags
 * are added. Each compares the shortcut with the full work on random lines built from pieces that
 * matter to it.
 */
class LineFiltersTest {

    private static final String[] PIECES = {"The", "council", "met", "on", "Monday.", "said", "iPhone", "contentUS",
        "don\u2019t", "\u02bctis", "well-known", "2026", "2019.", "3:42", "p.m.", "Jan.", "5,", "Updated", "Published:",
        "Stand:", "Mis", "\u00e0", "jour", "First", "published", "Publi\u00e9", "le", "Aktualisiert", "am", "By", "by", "BY", "Von", "Text:", "written", "|", "\u2022", "\u00b7", "\u2014", "-", "\u2013", "(", ")",
        "\"", "\u201c", ";", "Photo:", "PHOTO:", "Photoby", "Photos", "Credit...", "Image", "Pictured", "Foto:", "Bild:",
        "Video", "Source:", "courtesy", "rabbitCredit:", "eggsPhoto", "McCredit", "(AP", "Photo/Jane", "Doe)", "Doe/Reuters", "Getty", "Images", "Associated", "Press",
        "AFP", "/", "Share", "Tweet", "Email", "Advertisement", "Read", "more:", "more", "about", "us", "\u00a9", "(c)",
        "_gaq.push", "Home", "\u203a", "\u00bb", ">", "&nbsp;", "<img", "src=x>", "http://t.co/x", "min", "read",
        "Lesezeit", "\u017f", "\u0131", "\u212a", "\u0130", "\u00b5", "\u03a3", "\ud801\udc00", "\u00e9t\u00e9", "x"};

    private static String randomLine(Random random) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + random.nextInt(14);
        for (int k = 0; k < n; k++) {
            if (k > 0) {
                int gap = random.nextInt(12);
                sb.append(gap == 0 ? "" : gap == 1 ? "  " : " ");
            }
            sb.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }

    private static List<String> randomLines(long seed, int count) {
        Random random = new Random(seed);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            lines.add(randomLine(random));
        }
        return lines;
    }

    @Test
    void lineCharsAreTheClassesOfTheLinesCharsAndItsCreditWords() {
        List<String> lines = randomLines(1, 3000);
        TextDocument doc = new TextDocument(String.join("\n", lines), null, false);
        Words w = doc.words();
        int credit = 0;
        for (Line line : doc.lines()) {
            int bits = 0;
            String t = line.text();
            for (int i = 0; i < t.length(); i++) {
                bits |= Texts.lineBits(t.charAt(i));
            }
            boolean creditWord = false;
            for (int k = w.firstOfLine[line.index()]; k < w.firstOfLine[line.index() + 1]; k++) {
                String word = doc.text().substring(w.start[k], w.end[k]);
                for (int i = 0; i + 3 <= word.length(); i++) {
                    // the word's start, or a capital glued after a small letter ("rabbitCredit")
                    creditWord |= Texts.isUpper(word.charAt(i)) && (i == 0 || Character.isLowerCase(word.charAt(i - 1)))
                            && CaptionHeuristic.creditWordStarts().contains(word.substring(i, i + 3).toLowerCase(java.util.Locale.ROOT));
                }
            }
            assertThat(w.lineChars[line.index()] & 0xffff).as(t).isEqualTo(bits);
            // a hash filter stands in for the set: it may say yes for another word, never no for one of these
            if (creditWord) {
                assertThat(w.lineHas(line.index(), Words.CREDIT_WORD)).as(t).isTrue();
                credit++;
            }
        }
        assertThat(credit).isGreaterThan(100);
    }

    @Test
    void theScriptLetterBitMarksTheLettersThatLanguageDetectionCountsByScript() {
        int marked = 0;
        for (int c = 0; c < 65536; c++) {
            int[] counts = new int[Stopwords.SCRIPTS];
            Stopwords.countLetters(new char[] {(char) c}, 0, 1, counts);
            boolean script = counts[1] + counts[2] + counts[3] > 0;
            assertThat((Texts.lineBits((char) c) & Texts.SCRIPT_LETTER_BIT) != 0).as("U+%04X", c).isEqualTo(script);
            marked += script ? 1 : 0;
        }
        assertThat(marked).isGreaterThan(20000); // Han alone has more
        String[] lines = {"Tokyo \u6771\u4eac news", "\u3072\u3089\u304c\u306a", "\u30ab\u30bf\u30ab\u30ca", "\ud55c\uad6d\uc5b4",
            "curly \u2019quotes\u201d \u2014 only", "\u3002\u3001 punctuation only", "plain"};
        TextDocument doc = new TextDocument(String.join("\n", lines), null, false);
        for (Line line : doc.lines()) {
            assertThat(doc.words().lineHas(line.index(), Texts.SCRIPT_LETTER_BIT)).as(line.text())
                    .isEqualTo(Stopwords.hasScriptLetter(doc.chars(), line.start(), line.end()))
                    .isEqualTo(line.index() < 4);
        }
    }

    @Test
    void aLineWhoseLastWordEndsNoAgencyHasNoAgencyCredit() {
        CaptionHeuristic captions = new CaptionHeuristic(CaptionHeuristic.OPTIONS);
        String[] endings = {"", " Reuters", " Getty Images.", " (AFP)", " (AFP).", " EPA-EFE", " dpa-Zentralbild",
            " Shutterstock.com", " AP Photo", " ReutersX", " Reuters\u2019", " Reuters!", " Getty/AFP", " AP/Sipa)",
            " picture-alliance", " iStockphoto", " ISTOCKPHOTO", " \u017ftaff", " Xinhua)).", " Keystone-SDA", " .", ")"};
        Random random = new Random(7);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 20000; i++) {
            lines.add(randomLine(random) + endings[random.nextInt(endings.length)]);
        }
        TextDocument doc = new TextDocument(String.join("\n", lines), null, false);
        int skipped = 0;
        int found = 0;
        for (Line line : doc.lines()) {
            int agency = captions.agencyCredit(doc.text(), line.start(), line.end(), Math.max(line.start(), line.end() - 160));
            if (!captions.mayEndWithAgency(doc.text(), line, doc.words())) {
                skipped++;
                assertThat(agency).as(line.text()).isNegative();
            } else if (agency >= 0) {
                found++;
            }
        }
        assertThat(skipped).isGreaterThan(4000);
        assertThat(found).isGreaterThan(1000);
    }

    @Test
    void noCharOutsideWordsFoldsIntoAWordChar() {
        for (int c = 0; c < 65536; c++) {
            if (!Texts.isWordChar((char) c)) {
                assertThat(Texts.isWordChar(Texts.fold((char) c))).as("U+%04X", c).isFalse();
            }
        }
    }

    @Test
    void aPiecesHashIsTheHashOfItsWordsAsALine() {
        Random random = new Random(2);
        for (int round = 0; round < 2000; round++) {
            String t = randomLine(random);
            int a = random.nextInt(t.length());
            int b = a + random.nextInt(t.length() - a + 1);
            assertThat(Words.hashOf(t, a, b)).as(t).isEqualTo(Words.of(t, a, b).lineHash[0]);
        }
    }

    @Test
    void thePhraseScanFromMarkedWordsFindsWhatTheFullScanFinds() {
        NewsCleaner cleaner = NewsCleaner.news();
        List<PhraseBook.Entry> entries = new ArrayList<>();
        for (Heuristic h : cleanerHeuristics(cleaner)) {
            if (h instanceof UsesPhrases u) {
                entries.addAll(u.phrases());
            }
        }
        PhraseIndex index = new PhraseIndex(entries);
        List<String> lines = randomLines(3, 4000);
        TextDocument doc = new TextDocument(String.join("\n", lines), index, false);
        Words marked = doc.words();
        int[] starts = doc.lines().stream().mapToInt(Line::start).toArray();
        int[] ends = doc.lines().stream().mapToInt(Line::end).toArray();
        Words plain = new Words(doc.chars(), starts, ends);
        int found = 0;
        for (Line line : doc.lines()) {
            List<String> fast = new ArrayList<>();
            List<String> full = new ArrayList<>();
            // a walk the filters let through may report a match inside a word, which the scan drops
            char[] t = doc.chars();
            index.scan(t, line.start(), line.end(), marked, line.index(), (s, e, id) -> {
                if (PhraseScan.atBoundary(t, s, e, line.start(), line.end())) {
                    fast.add(s + "-" + e + ":" + id);
                }
            });
            index.scan(t, line.start(), line.end(), plain, line.index(), (s, e, id) -> {
                if (PhraseScan.atBoundary(t, s, e, line.start(), line.end())) {
                    full.add(s + "-" + e + ":" + id);
                }
            });
            fast.sort(null);
            full.sort(null);
            assertThat(fast).as(line.text()).isEqualTo(full);
            found += full.size();
        }
        assertThat(found).isGreaterThan(1000);
    }

    private static List<Heuristic> cleanerHeuristics(NewsCleaner cleaner) {
        List<Heuristic> out = new ArrayList<>();
        for (String name : cleaner.heuristics()) {
            HeuristicProvider p = Registry.providers().get(name);
            out.add(p.create(p.options()));
        }
        return out;
    }

    @Test
    void aLineTheBylinesFirstTestPassesOverIsNoByline() {
        int classified = 0;
        List<String> lines = new ArrayList<>(List.of("Mis \u00e0 jour 21/01/2026", "First published on Jan. 5, 2026",
                "By Jane Doe | Updated 3:42 p.m. Jan. 5, 2026", "Text: Miriam Oltmanns \u2014 5 min read",
                "Aktualisiert am 21.01.2026, 17:04 Uhr", "5 min read", "Von Miriam Oltmanns | Abendpost"));
        lines.addAll(randomLines(4, 20000));
        for (String line : lines) {
            boolean parts = false;
            for (int i = 0; i < line.length(); i++) {
                parts |= (Texts.lineBits(line.charAt(i)) & Texts.PART_BIT) != 0;
            }
            String kind = BylineHeuristic.classify(line);
            if (kind != null) {
                classified++;
                assertThat(BylineHeuristic.mayClassify(line, 0, line.length(), parts)).as(line).isTrue();
                assertThat(BylineHeuristic.mayClassify(line, 0, line.length(), true)).as(line).isTrue();
            }
        }
        assertThat(classified).isGreaterThan(50);
    }

    @Test
    void aLineWithoutSlashParenthesisOrCreditWordHasNoCreditButAnAgencyAtItsEnd() {
        CaptionHeuristic captions = new CaptionHeuristic(CaptionHeuristic.OPTIONS);
        InlineCredits inline = new InlineCredits(agencies());
        List<String> lines = randomLines(5, 20000);
        TextDocument doc = new TextDocument(String.join("\n", lines), null, false);
        Words w = doc.words();
        int credits = 0;
        int skipped = 0;
        for (Line line : doc.lines()) {
            String t = line.text();
            int full = captions.creditStart(t, 0, t.length(), true);
            int[] inside = inline.find(t, true);
            credits += full >= 0 || inside.length > 0 ? 1 : 0;
            if (!w.lineHas(line.index(), Words.CREDIT_WORD | Texts.TRICKY_BIT)) {
                skipped++;
                assertThat(captions.creditStart(t, 0, t.length(), false)).as(t).isEqualTo(full);
                assertThat(inline.find(t, false)).as(t).isEqualTo(inside);
            }
        }
        assertThat(credits).isGreaterThan(500);
        assertThat(skipped).isGreaterThan(4000);
    }

    @Test
    void aCreditWordWhereAFlagEndsIsLookedAt() {
        // "xxxPhoto" is no credit word of the line; once "xxx" is flagged, what is left reads "park.Photo: ..."
        Heuristic xxx = new Heuristic() {
            @Override
            public String name() {
                return "xxx";
            }

            @Override
            public void apply(TextDocument doc, Flags flags) {
                int i = doc.text().indexOf("xxx");
                if (i >= 0) {
                    flags.span(i, i + 3, Category.OTHER, "test");
                }
            }
        };
        String text = "Snow fell over the city park on Sunday morning.xxxPhoto: Jane Doe";
        CleanResult r = NewsCleaner.builder().add(xxx).add("captions").build().clean(text);
        assertThat(r.removals()).anySatisfy(x -> {
            assertThat(x.category()).isEqualTo(Category.CREDIT);
            assertThat(x.text()).isEqualTo("Photo: Jane Doe");
        });
    }

    private static java.util.Set<String> agencies() {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (PhraseBook.Entry e : PhraseBook.load("agencies.txt", Category.CREDIT, "captions")) {
            names.add(e.phrase());
        }
        return names;
    }

    @Test
    void whatALineKeepsFromItsFlagsFollowsNewFlags() {
        Random random = new Random(6);
        for (int round = 0; round < 300; round++) {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(6); i++) {
                lines.add(randomLine(random));
            }
            String text = String.join("\n", lines);
            TextDocument doc = new TextDocument(text, null, false);
            List<int[]> spans = new ArrayList<>();
            for (int f = 0; f < 8; f++) {
                int a = random.nextInt(text.length());
                int b = Math.min(text.length(), a + 1 + random.nextInt(12));
                spans.add(new int[] {a, b});
                new Flags(doc, "test").span(a, b, Category.OTHER, "test");
                TextDocument fresh = new TextDocument(text, null, false);
                for (int[] s : spans) {
                    new Flags(fresh, "test").span(s[0], s[1], Category.OTHER, "test");
                }
                for (Line line : doc.lines()) {
                    Line same = fresh.lines().get(line.index());
                    assertThat(doc.isRemoved(line)).isEqualTo(fresh.isRemoved(same));
                    assertThat(doc.unflaggedText(line)).isEqualTo(fresh.unflaggedText(same));
                    assertThat(doc.view(line).text()).isEqualTo(fresh.view(same).text());
                    assertThat(doc.view(line).map()).isEqualTo(fresh.view(same).map());
                    assertThat(doc.lineFlags(line.index())).isEqualTo(fresh.lineFlags(same.index()));
                }
            }
        }
    }

    @Test
    void theNewsPhrasesStartWithWordsOrWithCharsTheWordsPassClasses() {
        List<PhraseBook.Entry> entries = new ArrayList<>();
        for (Heuristic h : cleanerHeuristics(NewsCleaner.news())) {
            if (h instanceof UsesPhrases u) {
                entries.addAll(u.phrases());
            }
        }
        // a phrase that starts with another char makes every line's gaps walked: slower, never wrong
        for (PhraseBook.Entry e : entries) {
            char c = e.phrase().charAt(0);
            if (!Texts.isWordChar(c)) {
                assertThat(Texts.lineBits(c) & (Texts.PAREN_BIT | Texts.SYMBOL_BIT)).as(e.phrase()).isNotZero();
            }
        }
    }
}
