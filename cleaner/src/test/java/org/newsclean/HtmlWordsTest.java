package org.newsclean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HtmlWordsTest {

    private static final String[][] LISTS = {
        {"ad", "-ad-", "advert", "share"},
        {"comment", "com-", "combx", "content"},
        {"hid", "hidden", "sidebar", "ai2html"},
        {"d", "dd", "ddd"},
    };

    /** What {@link HtmlWords#scan} must find: every list with a word occurring in the name. */
    private static int bruteForce(String lower) {
        int bits = 0;
        for (int i = 0; i < LISTS.length; i++) {
            for (String w : LISTS[i]) {
                if (lower.contains(w)) {
                    bits |= 1 << i;
                }
            }
        }
        return bits;
    }

    @Test
    void findsTheListsOfWordsOccurringAnywhere() {
        HtmlWords words = new HtmlWords(LISTS);
        assertThat(words.scanAscii("")).isZero();
        assertThat(words.scanAscii("main")).isZero();
        assertThat(words.scanAscii("Top-AD-slot")).isEqualTo(1 | 8); // "d" too
        assertThat(words.scanAscii("comcomment")).isEqualTo(2);
        assertThat(words.scanAscii("sidebar-comments")).isEqualTo(2 | 4 | 8);
        assertThat(words.scanAscii("x\u00e9")).isEqualTo(-1);
        assertThat(words.scan("caf\u00e9-share")).isEqualTo(1);
    }

    @Test
    void agreesWithSubstringSearchOnRandomNames() {
        HtmlWords words = new HtmlWords(LISTS);
        Random random = new Random(7);
        String alphabet = "adcomhinstbrx2-_ DACOM\u00e9";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(14);
            for (int k = 0; k < len; k++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String name = sb.toString();
            String lower = name.toLowerCase(Locale.ROOT);
            int ascii = words.scanAscii(name);
            if (name.chars().allMatch(c -> c < 128)) {
                assertThat(ascii).as(name).isEqualTo(bruteForce(lower));
            } else {
                assertThat(ascii).as(name).isEqualTo(-1);
            }
            assertThat(words.scan(lower)).as(name).isEqualTo(bruteForce(lower));
        }
    }
}
