package org.newsclean;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Stopword lists (common function words) per language, loaded once from
 * {@code org/newsclean/stopwords/<lang>.txt}, and the language guess that picks one of them for a
 * document. Languages written without spaces get a character-based signal instead: the share of
 * kana (Japanese), of common function characters (Chinese), or of particle endings (Korean).
 * Immutable and thread-safe.
 */
final class Stopwords {
    /** Languages with a word list, in tie-breaking order. */
    static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "it", "pt", "nl", "ru", "pl", "tr", "id", "sv");
    /** Pseudo-languages by script. */
    static final String JA = "ja";
    static final String ZH = "zh";
    static final String KO = "ko";
    /** No usable stopword signal. */
    static final String NONE = "";

    /** Chinese characters that act as function words (particles, pronouns, prepositions). */
    private static final String ZH_FUNCTION = "的了是在和有我他她它这那也就不都一上中对说与为以到地得着个们来要会而及其之所被把从将但于或并很还";
    /** Korean particles and endings that close a word in running text. */
    private static final String KO_ENDINGS = "은는이가을를에의도로과와서고며면다요";

    /** word -> bit set of the languages whose list holds it */
    private static final Map<String, Integer> WORDS = load();
    /**
     * The same words as {@link #WORDS} in an open-addressing table keyed by their {@link Words}
     * hash, so that the words of a document are looked up by the hashes its words pass already
     * made; a hit is confirmed char by char (the 32-bit hash may collide).
     */
    private static final int[] KEYS;
    private static final String[] KEY_WORDS;
    private static final int[] BITS;
    private static final int MASK;
    private static final int SHIFT;

    static {
        int cap = Integer.highestOneBit(Math.max(16, WORDS.size() * 3)) << 1;
        KEYS = new int[cap];
        KEY_WORDS = new String[cap];
        BITS = new int[cap];
        MASK = cap - 1;
        SHIFT = Integer.numberOfLeadingZeros(MASK);
        for (Map.Entry<String, Integer> e : WORDS.entrySet()) {
            int h = HashFilter.hash(e.getKey(), 0, e.getKey().length());
            int slot = slot(h);
            while (KEY_WORDS[slot] != null) {
                slot = (slot + 1) & MASK;
            }
            KEYS[slot] = h;
            KEY_WORDS[slot] = e.getKey();
            BITS[slot] = e.getValue();
        }
    }

    /** Per char: {@link #HAN}, {@link #KANA} or {@link #HANGUL} for a letter of those scripts, else 0. */
    private static final byte[] SCRIPT = new byte[65536];
    private static final int HAN = 1;
    private static final int KANA = 2;
    private static final int HANGUL = 3;

    static {
        for (int c = 0x1100; c < 65536; c++) {
            if (Character.isLetter(c)) {
                Character.UnicodeScript s = Character.UnicodeScript.of(c);
                SCRIPT[c] = (byte) (s == Character.UnicodeScript.HAN ? HAN
                        : s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA ? KANA
                        : s == Character.UnicodeScript.HANGUL ? HANGUL : 0);
            }
        }
    }

    /** Chars of a text that language detection looks at. */
    static final int DETECT_SAMPLE = 64 * 1024;
    /** No stopword is longer than this: longer words are not looked up. */
    private static final int MAX_STOPWORD = WORDS.keySet().stream().mapToInt(String::length).max().orElse(0);

    private Stopwords() {
    }

    private static Map<String, Integer> load() {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < LANGUAGES.size(); i++) {
            String path = "stopwords/" + LANGUAGES.get(i) + ".txt";
            try (InputStream in = Stopwords.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("missing stopword resource org/newsclean/" + path);
                }
                String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                int bit = 1 << i;
                for (String line : all.split("\n")) {
                    if (line.startsWith("#")) {
                        continue;
                    }
                    for (String w : line.strip().split("\\s+")) {
                        if (!w.isEmpty()) {
                            m.merge(w.toLowerCase(Locale.ROOT).replace('\u2019', '\''), bit, (a, b) -> a | b);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Map.copyOf(m);
    }

    private static int slot(int h) {
        return (h * 0x9E3779B9) >>> SHIFT;
    }

    /**
     * @param h the hash of the word in t[start, end), as {@link Words} makes it (apostrophes as {@code '})
     * @return the bit set of languages whose stoplist holds the word
     */
    private static int bitsOf(int h, char[] t, int start, int end) {
        int slot = slot(h);
        String w;
        while ((w = KEY_WORDS[slot]) != null) {
            if (KEYS[slot] == h && sameWord(w, t, start, end)) {
                return BITS[slot];
            }
            slot = (slot + 1) & MASK;
        }
        return 0;
    }

    private static boolean sameWord(String w, char[] t, int start, int end) {
        if (w.length() != end - start) {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = t[i];
            char l = c == '\u2019' ? '\'' : Texts.lower(c);
            if (l != w.charAt(i - start)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Guesses the language of a text by script, then by which stoplist its words hit most.
     *
     * @return a code from {@link #LANGUAGES}, {@link #JA}, {@link #ZH}, {@link #KO}, or {@link #NONE}
     *     when no list explains at least one word in twelve
     */
    static String detect(CharSequence whole) {
        // a sample is enough to tell the language, and keeps the cost flat on huge pages
        CharSequence text = whole.length() > DETECT_SAMPLE ? whole.subSequence(0, DETECT_SAMPLE) : whole;
        TextDocument doc = new TextDocument(text.toString(), null, false);
        return detect(doc, lineStops(doc));
    }

    /**
     * {@link #detect(CharSequence)} from the counts of {@link #lineStops}: the lines that start in
     * the first {@link #DETECT_SAMPLE} chars stand for the sample.
     */
    static String detect(TextDocument doc, LineStops stops) {
        String text = doc.text();
        String script = scriptLanguage(doc.chars(), Math.min(text.length(), DETECT_SAMPLE));
        if (script != null) {
            return script;
        }
        List<Line> lines = doc.lines();
        int sample = 0;
        while (sample < lines.size() && lines.get(sample).start() < DETECT_SAMPLE) {
            sample++;
        }
        int[] wordCounts = new int[sample];
        for (int i = 0; i < sample; i++) {
            wordCounts[i] = lines.get(i).wordCount();
        }
        return byStopwords(stops, wordCounts);
    }

    /**
     * The language whose stoplist the words of a text's first lines hit most: the lines of eight
     * words or more, or all of them when those hold fewer than 20 words.
     *
     * @param stops the counts of the text's lines
     * @param wordCounts per line of the sample, its {@link Line#wordCount()}
     * @return a code from {@link #LANGUAGES}, or {@link #NONE} when no list explains at least one word in twelve
     */
    static String byStopwords(LineStops stops, int[] wordCounts) {
        int langs = LANGUAGES.size();
        int[] hits = new int[langs];
        int words = 0;
        for (int pass = 0; pass < 2 && words < 20; pass++) {
            java.util.Arrays.fill(hits, 0);
            words = 0;
            int minWords = pass == 0 ? 8 : 0;
            for (int i = 0; i < wordCounts.length; i++) {
                if (wordCounts[i] >= minWords) {
                    words += stops.words[i];
                    for (int l = 0; l < langs; l++) {
                        hits[l] += stops.hits[i * langs + l];
                    }
                }
            }
        }
        return best(hits, words);
    }

    private static String best(int[] hits, int words) {
        int best = 0;
        for (int i = 1; i < hits.length; i++) {
            if (hits[i] > hits[best]) {
                best = i;
            }
        }
        return hits[best] * 12 >= words && hits[best] > 0 ? LANGUAGES.get(best) : NONE;
    }

    /** Per line of a document: its words (as {@link #count} splits them) and per language its stopwords. */
    static final class LineStops {
        final int[] words;
        /** {@code hits[line * LANGUAGES.size() + language]} */
        final int[] hits;

        /** Counts for this many lines, all zero. */
        LineStops(int lines) {
            words = new int[lines];
            hits = new int[lines * LANGUAGES.size()];
        }

        /** Sets line {@code to}'s counts to those of line {@code from} of {@code other}. */
        void copy(int to, LineStops other, int from) {
            words[to] = other.words[from];
            System.arraycopy(other.hits, from * LANGUAGES.size(), hits, to * LANGUAGES.size(), LANGUAGES.size());
        }

        /** @return how many of a line's words are stopwords of language {@code l}, an index into {@link #LANGUAGES} (-1: none) */
        int hits(int line, int l) {
            return l < 0 ? 0 : hits[line * LANGUAGES.size() + l];
        }
    }

    /**
     * The stopword counts of every line, from the document's {@link Words}: a word here is a run
     * of word chars or several joined by an apostrophe ({@code don't}, {@code l'homme}), looked up
     * whole and, when elided, by its first part with the apostrophe ({@code l'}).
     *
     * @return the counts
     */
    static LineStops lineStops(TextDocument doc) {
        LineStops out = new LineStops(doc.lines().size());
        for (int li = 0; li < doc.lines().size(); li++) {
            countLine(doc, li, out, li);
        }
        return out;
    }

    /**
     * Counts the words and stopwords of one line of a document, as {@link #lineStops} does.
     *
     * @param li the line's index
     * @param out where the counts go
     * @param slot the line of {@code out} they go to
     */
    static void countLine(TextDocument doc, int li, LineStops out, int slot) {
        char[] t = doc.chars();
        Words w = doc.words();
        int langs = LANGUAGES.size();
        int to = w.firstOfLine[li + 1];
        int count = 0;
        for (int k = w.firstOfLine[li]; k < to; k++) {
            int s = w.start[k];
            int h = w.hash[k];
            int prefixEnd = -1;
            int prefix = 0;
            // words joined by one apostrophe are one word here
            while (k + 1 < to && w.start[k + 1] == w.end[k] + 1 && isApostrophe(t[w.end[k]])) {
                h = 31 * h + '\'';
                if (prefixEnd < 0) {
                    prefixEnd = w.end[k] + 1;
                    prefix = h;
                }
                k++;
                for (int i = w.start[k]; i < w.end[k]; i++) {
                    h *= 31;
                }
                h += w.hash[k];
            }
            count++;
            int e = w.end[k];
            if (e - s > MAX_STOPWORD) {
                continue;
            }
            int bits = bitsOf(h, t, s, e);
            if (prefixEnd >= 0) {
                bits |= bitsOf(prefix, t, s, prefixEnd);
            }
            for (int b = 0; bits != 0; b++, bits >>>= 1) {
                if ((bits & 1) != 0) {
                    out.hits[slot * langs + b]++;
                }
            }
        }
        out.words[slot] = count;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    /** @return {@link #KO}, {@link #JA} or {@link #ZH} when the sample's letters are mostly of their scripts, else null */
    private static String scriptLanguage(char[] text, int length) {
        if (!hasScriptLetter(text, 0, length)) {
            return null; // not one letter of the scripts below: most texts, told in one quick pass
        }
        int[] counts = new int[SCRIPTS];
        countLetters(text, 0, length, counts);
        return scriptLanguage(counts);
    }

    /** The length of the counts of {@link #countLetters}. */
    static final int SCRIPTS = 4;

    /** @return true when t[from, to) holds a letter of the Han, kana or Hangul scripts */
    static boolean hasScriptLetter(char[] t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (SCRIPT[t[i]] != 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Adds the letters of t[from, to) to counts, by script: {@code counts[HAN]}, {@code counts[KANA]},
     * {@code counts[HANGUL]}, and {@code counts[0]} for the letters of other scripts.
     */
    static void countLetters(char[] t, int from, int to, int[] counts) {
        for (int i = from; i < to; i++) {
            char c = t[i];
            if (Texts.isLetter(c)) {
                counts[SCRIPT[c]]++;
            }
        }
    }

    /** @return {@link #KO}, {@link #JA} or {@link #ZH} when the letters {@link #countLetters} counted are mostly of their scripts, else null */
    static String scriptLanguage(int[] counts) {
        int hangul = counts[HANGUL];
        int han = counts[HAN];
        int kana = counts[KANA];
        int letters = counts[0] + hangul + han + kana;
        if (hangul * 4 > letters) {
            return KO;
        }
        if ((han + kana) * 4 > letters) {
            return kana * 10 > han + kana ? JA : ZH;
        }
        return null;
    }

    /** @return the bit of a language with a word list, 0 for the others */
    static int bit(String lang) {
        int i = LANGUAGES.indexOf(lang);
        return i < 0 ? 0 : 1 << i;
    }

    /**
     * Counts a line's words and its function words in ja, zh or ko (the other languages:
     * {@link LineStops}).
     *
     * @return {words, function words}; for ja/zh, "words" are CJK characters halved plus other words, and
     *     function words are kana (ja) or function characters (zh) halved; for ko, words ending in a particle
     */
    static int[] count(CharSequence s, int start, int end, String lang) {
        int[] out = new int[2];
        if (lang.equals(JA) || lang.equals(ZH)) {
            int cjk = 0;
            int fn = 0;
            int other = 0;
            boolean inOther = false;
            for (int i = start; i < end; i++) {
                char c = s.charAt(i);
                Character.UnicodeScript sc = Character.UnicodeScript.of(c);
                boolean isCjk = sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
                        || sc == Character.UnicodeScript.KATAKANA;
                if (isCjk) {
                    cjk++;
                    if (lang.equals(JA) ? sc == Character.UnicodeScript.HIRAGANA : ZH_FUNCTION.indexOf(c) >= 0) {
                        fn++;
                    }
                    inOther = false;
                } else if (Texts.isWordChar(c)) {
                    if (!inOther) {
                        other++;
                    }
                    inOther = true;
                } else {
                    inOther = false;
                }
            }
            out[0] = (cjk + 1) / 2 + other;
            out[1] = (fn + 1) / 2;
            return out;
        }
        if (!lang.equals(KO)) {
            throw new IllegalArgumentException("count is for ja, zh and ko; other languages: LineStops.count");
        }
        forEachWord(s, start, end, w -> {
            out[0]++;
            if (KO_ENDINGS.indexOf(w.charAt(w.length() - 1)) >= 0 && w.length() > 1) {
                out[1]++;
            }
        });
        return out;
    }

    /** Calls the consumer with each lower-cased word (letters and digits, with inner apostrophes as {@code '}). */
    static void forEachWord(CharSequence s, int start, int end, java.util.function.Consumer<String> each) {
        StringBuilder w = new StringBuilder(16);
        for (int i = start; i <= end; i++) {
            char c = i < end ? s.charAt(i) : ' ';
            if (Texts.isWordChar(c)) {
                w.append(Texts.lower(c));
            } else if ((c == '\'' || c == '\u2019') && w.length() > 0 && i + 1 < end && Texts.isWordChar(s.charAt(i + 1))) {
                w.append('\'');
            } else if (w.length() > 0) {
                each.accept(w.toString());
                w.setLength(0);
            }
        }
    }
}
