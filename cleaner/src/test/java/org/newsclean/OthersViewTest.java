package org.newsclean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The others' view read line by line gives what a document made of the view's text gives: the
 * same lines, texts, words, blank lines, phrase matches, stopword counts and language.
 */
class OthersViewTest {
    private static final String SELF = "page-blocks";

    private static final String[] PIECES = {"The", "council", "met", "on", "Monday.", "and", "the", "of", "der", "die",
        "und", "le", "la", "et", "don't", "l'homme", "l\u2019eau", "well-known", "2026", "\u00e9t\u00e9",
        "\u041c\u043e\u0441\u043a\u0432\u0430", "\u043d\u0430", "\u6771\u4eac\u90fd\u306f", "\u306e", "\uc11c\uc6b8\uc740", "|",
        "\u00a9", "\u2014", "\u00a0", "\u2007", "\u001c", "\u2028", "\u0001", "\u200b", "Advertisement", "Share on Facebook", "Read more",
        "Related stories", "Sign up for our newsletter", "(AP)", "x", "...", "Reply", "Comments"};

    private static PhraseIndex newsPhrases() {
        List<PhraseBook.Entry> phrases = new ArrayList<>();
        for (String name : Registry.presets().get("news")) {
            HeuristicProvider p = Registry.providers().get(name);
            if (p.create(new LinkedHashMap<>(p.options())) instanceof UsesPhrases u) {
                phrases.addAll(u.phrases());
            }
        }
        return new PhraseIndex(phrases);
    }

    private static String randomLine(Random random) {
        StringBuilder sb = new StringBuilder();
        if (random.nextInt(10) == 0) {
            sb.append(random.nextBoolean() ? "  " : "\u00a0");
        }
        int n = 1 + random.nextInt(random.nextInt(8) == 0 ? 60 : 12);
        for (int k = 0; k < n; k++) {
            if (k > 0) {
                sb.append(random.nextInt(6) == 0 ? "  " : " ");
            }
            sb.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }

    /** A random text of lines and blank lines, with flags of other heuristics and of page-blocks in it. */
    private static TextDocument randomDocument(Random random, PhraseIndex index) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + random.nextInt(random.nextInt(20) == 0 ? 1500 : 40);
        for (int i = 0; i < n; i++) {
            int blanks = random.nextInt(5) == 0 ? 1 + random.nextInt(2) : 0;
            sb.append("\n".repeat(blanks));
            sb.append(randomLine(random)).append('\n');
        }
        TextDocument doc = new TextDocument(sb.toString(), index, false);
        int flags = random.nextInt(1 + n);
        for (int f = 0; f < flags; f++) {
            Line l = doc.lines().get(random.nextInt(doc.lines().size()));
            String who = random.nextInt(5) == 0 ? SELF : "other" + random.nextInt(3);
            int r = random.nextInt(4);
            if (r == 0) {
                doc.addFlag(new TextDocument.Flag(l.start(), l.end(), -1, who, Category.NAVIGATION, "line"));
            } else if (r == 1) {
                // across lines
                int end = Math.min(doc.length(), l.end() + random.nextInt(200));
                int start = l.start() + random.nextInt(l.length());
                doc.addFlag(new TextDocument.Flag(start, Math.max(start + 1, end), -1, who, Category.RELATED, "span"));
            } else {
                int start = l.start() + random.nextInt(l.length());
                int end = Math.min(l.end(), start + 1 + random.nextInt(12));
                doc.addFlag(new TextDocument.Flag(start, end, -1, who, Category.SHARE, "piece"));
            }
        }
        return doc;
    }

    /** The view as page-blocks used to write it out: the lines kept (returned) and the text (appended to sb). */
    private static List<Line> writtenView(TextDocument doc, StringBuilder sb) {
        List<Line> lines = doc.lines();
        List<int[]> iv = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            iv.add(new int[0]);
        }
        for (TextDocument.Flag f : doc.flags()) {
            if (f.heuristic().equals(SELF)) {
                continue;
            }
            for (Line l : lines) {
                if (l.start() < f.end() && l.end() > f.start()) {
                    int[] a = iv.get(l.index());
                    a = Arrays.copyOf(a, a.length + 2);
                    a[a.length - 2] = Math.max(f.start(), l.start());
                    a[a.length - 1] = Math.min(f.end(), l.end());
                    iv.set(l.index(), a);
                }
            }
        }
        List<Line> kept = new ArrayList<>();
        boolean blank = false;
        for (Line l : lines) {
            blank |= l.blankLinesBefore() > 0;
            int[] a = iv.get(l.index());
            String t;
            if (a.length == 0) {
                t = l.text();
            } else {
                long[] packed = new long[a.length / 2];
                for (int k = 0; k < packed.length; k++) {
                    packed[k] = ((long) a[2 * k] << 32) | (a[2 * k + 1] & 0xffffffffL);
                }
                Arrays.sort(packed);
                int[] sorted = new int[a.length];
                for (int k = 0; k < packed.length; k++) {
                    sorted[2 * k] = (int) (packed[k] >>> 32);
                    sorted[2 * k + 1] = (int) packed[k];
                }
                CharBuf piece = new CharBuf(l.length());
                Texts.appendUncovered(doc.text(), l.start(), l.end(), sorted, piece);
                t = piece.toString().strip();
                if (!Texts.hasWordChar(t, 0, t.length())) {
                    continue;
                }
            }
            if (sb.length() > 0) {
                sb.append(blank ? "\n\n" : "\n");
            }
            blank = false;
            sb.append(t.replace('\n', ' '));
            kept.add(l);
        }
        return kept;
    }

    private static int[] relative(int[] matches, int start) {
        if (matches == null) {
            return null;
        }
        int[] out = matches.clone();
        for (int k = 0; k < out.length; k += 3) {
            out[k] -= start;
            out[k + 1] -= start;
        }
        return out;
    }

    @Test
    void readLineByLineTheViewIsTheViewWrittenOut() {
        PhraseIndex index = newsPhrases();
        Random random = new Random(7);
        int touched = 0;
        for (int round = 0; round < 400; round++) {
            TextDocument doc = randomDocument(random, index);
            StringBuilder text = new StringBuilder();
            List<Line> kept = writtenView(doc, text);
            TextDocument written = new TextDocument(text.toString(), index, false);
            Stopwords.LineStops writtenStops = Stopwords.lineStops(written);

            OthersView view = OthersView.of(doc, SELF);
            int lines = doc.lines().size();
            Stopwords.LineStops stops = view.stops(new Stopwords.LineStops(lines), new boolean[lines]);
            assertThat(view.size()).isEqualTo(kept.size()).isEqualTo(written.lines().size());
            for (int k = 0; k < view.size(); k++) {
                Line v = view.line(k);
                Line w = written.lines().get(k);
                assertThat(view.docLine(k)).isEqualTo(kept.get(k).index());
                assertThat(v.text()).isEqualTo(w.text());
                assertThat(v.wordCount()).isEqualTo(w.wordCount());
                assertThat(v.wordChars()).isEqualTo(w.wordChars());
                assertThat(v.normalisedHash()).isEqualTo(w.normalisedHash());
                assertThat(view.blankBefore(k)).isEqualTo(w.blankLinesBefore() > 0);
                assertThat(relative(view.matches(k), v.start())).isEqualTo(relative(written.phrases().matches(k), w.start()));
                assertThat(stops.words[k]).isEqualTo(writtenStops.words[k]);
                for (int l = 0; l < Stopwords.LANGUAGES.size(); l++) {
                    assertThat(stops.hits(k, l)).isEqualTo(writtenStops.hits(k, l));
                }
                touched += view.isTouched(k) ? 1 : 0;
            }
            assertThat(view.language(stops, new byte[lines])).isEqualTo(Stopwords.detect(written, writtenStops));
            assertThat(view.sameAs(OthersView.of(doc, SELF))).isTrue();
        }
        assertThat(touched).isGreaterThan(1000);
    }

    @Test
    void aViewIsNotTheSameOnceAFlagChangesALine() {
        TextDocument doc = new TextDocument("Share on Facebook\nThe council met on Monday.\nRead more", null, false);
        OthersView before = OthersView.of(doc, SELF);
        doc.addFlag(new TextDocument.Flag(2, 5, -1, SELF, Category.SHARE, "own flags do not count"));
        assertThat(OthersView.of(doc, SELF).sameAs(before)).isTrue();
        doc.addFlag(new TextDocument.Flag(18, 22, -1, "other", Category.SHARE, "a word of a line"));
        OthersView touched = OthersView.of(doc, SELF);
        assertThat(touched.sameAs(before)).isFalse();
        assertThat(touched.line(1).text()).isEqualTo("council met on Monday.");
        doc.addFlag(new TextDocument.Flag(0, 17, -1, "other", Category.SHARE, "a whole line"));
        OthersView dropped = OthersView.of(doc, SELF);
        assertThat(dropped.sameAs(touched)).isFalse();
        assertThat(dropped.size()).isEqualTo(2);
        assertThat(dropped.docLine(0)).isEqualTo(1);
    }

    @Test
    void aLineTakenOnlyFromContextStaysInTheViewUntilAFlagForWhatItSays() {
        TextDocument doc = new TextDocument("The council met on Monday.\nMost read\nFerry fares to rise\nBus lanes approved", null, false);
        Line heading = doc.lines().get(1);
        Line first = doc.lines().get(2);
        new Flags(doc, "related").line(heading, Category.RELATED, "a heading");
        new Flags(doc, "related").lineFromContext(first, Category.RELATED, "listed");
        new Flags(doc, "related").lineFromContext(doc.lines().get(3), Category.RELATED, "listed");
        assertThat(doc.isRemoved(first)).isTrue();
        OthersView view = OthersView.of(doc, SELF);
        assertThat(view.size()).isEqualTo(3);
        assertThat(view.line(1).text()).isEqualTo("Ferry fares to rise");
        // a flag for what it says, on a line taken from context, takes it out of the view (the slow path)
        new Flags(doc, "duplicates").line(first, Category.DUPLICATE, "a copy");
        OthersView after = OthersView.of(doc, SELF);
        assertThat(after.size()).isEqualTo(2);
        assertThat(after.docLine(1)).isEqualTo(3);
        // and with page-blocks' own flags (the slow path from the start) the view is the same
        doc.addFlag(new TextDocument.Flag(0, 3, -1, SELF, Category.LAYOUT, "own"));
        assertThat(OthersView.of(doc, SELF).sameAs(after)).isTrue();
    }

    @Test
    void aTouchedLineStartsInTheViewPastTheSpacesItsTextKeeps() {
        // the flag leaves "\u001c\u00a0der die...": strip() takes the first, the line's trim the second, one char on
        String rest = "und nicht auch sich noch wird wurde werden oder";
        String text = "-".repeat(Stopwords.DETECT_SAMPLE - 2) + "\nShare\u001c\u00a0" + rest;
        TextDocument doc = new TextDocument(text, null, false);
        doc.addFlag(new TextDocument.Flag(doc.lines().get(1).start(), doc.lines().get(1).start() + 5, -1, "other", Category.SHARE, "share"));
        OthersView view = OthersView.of(doc, SELF);
        Stopwords.LineStops stops = view.stops(new Stopwords.LineStops(2), new boolean[2]);
        String written = "-".repeat(Stopwords.DETECT_SAMPLE - 2) + "\n\u00a0" + rest;
        assertThat(view.line(1).text()).isEqualTo(rest);
        // the German line starts at the sample's end, so only the dashes count: no language
        assertThat(view.language(stops, new byte[2])).isEqualTo(detect(written)).isEqualTo(Stopwords.NONE);
        // a char earlier, it would count whole
        assertThat(detect(written.substring(1).replace("\u00a0", ""))).isEqualTo("de");
    }

    private static String detect(String text) {
        TextDocument doc = new TextDocument(text, null, false);
        return Stopwords.detect(doc, Stopwords.lineStops(doc));
    }

    @Test
    void theLanguageOfALongViewIsThatOfItsFirstChars() {
        // Japanese first, then far more English than the sample holds
        StringBuilder sb = new StringBuilder("\u6771\u4eac\u90fd\u306f\u5341\u65e5\u3001\u65b0\u3057\u3044\u8a08\u753b\u3092\u767a\u8868\u3057\u305f\u3002\n");
        while (sb.length() < 2 * Stopwords.DETECT_SAMPLE) {
            sb.append("The council met on Monday and the mayor said that it was not the end of the matter.\n");
        }
        TextDocument doc = new TextDocument(sb.toString(), null, false);
        OthersView view = OthersView.of(doc, SELF);
        int lines = doc.lines().size();
        Stopwords.LineStops stops = view.stops(new Stopwords.LineStops(lines), new boolean[lines]);
        assertThat(view.language(stops, new byte[lines])).isEqualTo("en").isEqualTo(Stopwords.detect(sb));
        // with the English gone, the sample is Japanese
        doc.addFlag(new TextDocument.Flag(doc.lines().get(1).start(), doc.length(), -1, "other", Category.RELATED, "all but the first line"));
        OthersView rest = OthersView.of(doc, SELF);
        assertThat(rest.language(rest.stops(new Stopwords.LineStops(lines), new boolean[lines]), new byte[lines])).isEqualTo("ja");
    }
}
