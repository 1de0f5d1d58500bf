package org.newsclean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class PhraseIndexTest {

    private static final String[] PHRASES = {
        "ad", "ads", "advertisement", "skip to main content", "don't miss", "read more", "share",
        "photo: ", "(ap)", "© 2026", "us", "top stories", "follow us on", "a", "sign up", "'tis the season",
    };

    private static List<PhraseBook.Entry> entries() {
        List<PhraseBook.Entry> out = new ArrayList<>();
        for (String p : PHRASES) {
            out.add(new PhraseBook.Entry(p, Category.ADVERTISEMENT, PhraseBook.Mode.ANY, "en", "test"));
        }
        return out;
    }

    /** Matches the index reports in a line that stand at word boundaries, as "start-end:id". */
    private static Set<String> scanned(PhraseIndex index, String line) {
        char[] t = line.toCharArray();
        Set<String> out = new TreeSet<>();
        Words words = new Words(t, new int[] {0}, new int[] {t.length});
        index.scan(t, 0, t.length, words, 0, (s, e, id) -> {
            if (PhraseScan.atBoundary(t, s, e, 0, t.length)) {
                out.add(s + "-" + e + ":" + index.entry(id).phrase());
            }
        });
        return out;
    }

    /**
     * The same by brute force: every phrase compared, folded, at every place a match may start
     * (after a non-word char, or at a capital after a small letter).
     */
    private static Set<String> bruteForce(String line) {
        char[] t = line.toCharArray();
        Set<String> out = new TreeSet<>();
        for (int i = 0; i < t.length; i++) {
            boolean prevWord = i > 0 && Texts.isWordChar(t[i - 1]);
            boolean start = !prevWord || Texts.isUpper(t[i]) && !Texts.isUpper(t[i - 1]);
            if (!start) {
                continue;
            }
            for (String p : PHRASES) {
                if (i + p.length() > t.length) {
                    continue;
                }
                boolean same = true;
                for (int k = 0; k < p.length() && same; k++) {
                    same = Texts.fold(t[i + k]) == p.charAt(k);
                }
                if (same && PhraseScan.atBoundary(t, i, i + p.length(), 0, t.length)) {
                    out.add(i + "-" + (i + p.length()) + ":" + p);
                }
            }
        }
        return out;
    }

    @Test
    void wordHashesAreFoldedHashes() {
        // the filter reads the words pass's hashes (lower case) as hashes of folded chars
        for (int i = 0; i < 65536; i++) {
            char c = (char) i;
            if (Texts.isWordChar(c) && !Texts.foldsApart(c)) {
                assertThat(Texts.fold(c)).as("U+%04X", i).isEqualTo(Texts.lower(c));
            }
        }
    }

    @Test
    void findsPhrasesAsWholeWordsAndGluedAtACaseChange() {
        PhraseIndex index = new PhraseIndex(entries());
        assertThat(scanned(index, "Advertisement")).containsExactly("0-13:advertisement");
        assertThat(scanned(index, "Advertisements")).isEmpty();
        assertThat(scanned(index, "AdvertisementThe story")).containsExactly("0-13:advertisement");
        assertThat(scanned(index, "Skip to main contentUS news")).containsExactly("0-20:skip to main content", "20-22:us");
        assertThat(scanned(index, "Don\u2019t miss it")).containsExactly("0-10:don't miss");
        assertThat(scanned(index, "Don\u02bct miss it")).containsExactly("0-10:don't miss");
        assertThat(scanned(index, "shared ads")).containsExactly("7-10:ads");
        assertThat(scanned(index, "\u02bctis the season")).containsExactly("0-15:'tis the season");
        assertThat(scanned(index, "AdUS")).containsExactly("0-2:ad", "2-4:us");
    }

    @Test
    void filteredWalksFindWhatEveryWalkFinds() {
        PhraseIndex index = new PhraseIndex(entries());
        String[] pieces = {"ad", "Ad", "ads", "advertisement", "Advertisement", "skip", "to", "main", "content",
            "Content", "don", "'", "\u2019", "\u02bc", "t", "miss", "read", "more", "Share", "share", "photo", ":",
            "(", ")", "AP", "ap", "©", "2026", "US", "us", "top", "stories", "follow", "on", "a", "A", "sign", "up",
            "x", "Mon", "day", ".", ",", "é", "Ü", "tis", "the", "season", "iPhone", "McDonald"};
        String[] gaps = {" ", "", "", " ", "  ", "-", "\u00a0"};
        Random random = new Random(7);
        for (int round = 0; round < 5000; round++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + random.nextInt(14);
            for (int k = 0; k < n; k++) {
                sb.append(pieces[random.nextInt(pieces.length)]).append(gaps[random.nextInt(gaps.length)]);
            }
            String line = sb.toString();
            assertThat(scanned(index, line)).as(line).isEqualTo(bruteForce(line));
        }
    }
}
