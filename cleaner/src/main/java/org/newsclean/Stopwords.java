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
    /** The same words as {@link #WORDS}, by a 64-bit FNV-1a hash of their chars: looked up without building strings. */
    private static final long SEED = 0xcbf29ce484222325L;
    private static final long[] KEYS;
    private static final int[] BITS;
    private static final int MASK;

    static {
        int cap = Integer.highestOneBit(Math.max(16, WORDS.size() * 3)) << 1;
        KEYS = new long[cap];
        BITS = new int[cap];
        MASK = cap - 1;
        for (Map.Entry<String, Integer> e : WORDS.entrySet()) {
            long h = SEED;
            for (int i = 0; i < e.getKey().length(); i++) {
                h = step(h, e.getKey().charAt(i));
            }
            h = nonZero(h);
            int slot = slot(h);
            while (KEYS[slot] != 0) {
                slot = (slot + 1) & MASK;
            }
            KEYS[slot] = h;
            BITS[slot] = e.getValue();
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

    /** @return the bit set of languages whose stoplist holds the (lower-case) word, or of its elided prefix ({@code l'}) */
    private static long step(long h, char c) {
        return (h ^ c) * 0x100000001b3L;
    }

    private static long nonZero(long h) {
        return h == 0 ? 1 : h;
    }

    private static int slot(long h) {
        return (int) ((h ^ (h >>> 31)) & MASK);
    }

    /** @return the languages whose stopword hashes to {@code h} (64 bits: collisions are negligible) */
    private static int bitsOf(long h) {
        h = nonZero(h);
        int slot = slot(h);
        long k;
        while ((k = KEYS[slot]) != 0) {
            if (k == h) {
                return BITS[slot];
            }
            slot = (slot + 1) & MASK;
        }
        return 0;
    }

    /**
     * Walks the words of {@code s[start, end)} as {@link #forEachWord} does (lower-cased, in-word
     * apostrophes kept) and looks each up without building it.
     *
     * @param hits per language from {@code off}, incremented for each word that is one of its stopwords; or null
     * @param langBit a language's bit, whose stopwords are counted in the result
     * @return the number of words in the high 32 bits, of words in {@code langBit}'s list in the low
     */
    private static long scanWords(char[] s, int start, int end, int[] hits, int off, int langBit) {
        int words = 0;
        int matched = 0;
        long h = SEED;
        long prefix = 0;
        int len = 0;
        for (int i = start; i <= end; i++) {
            char c = i < end ? s[i] : ' ';
            if (Texts.isWordChar(c)) {
                h = step(h, Texts.lower(c));
                len++;
            } else if ((c == '\'' || c == '\u2019') && len > 0 && i + 1 < end && Texts.isWordChar(s[i + 1])) {
                h = step(h, '\'');
                if (prefix == 0) {
                    prefix = nonZero(h); // "l'" of "l'homme" is a stopword on its own
                }
                len++;
            } else if (len > 0) {
                words++;
                int bits = 0;
                if (len <= MAX_STOPWORD) {
                    bits = bitsOf(h);
                    if (prefix != 0) {
                        bits |= bitsOf(prefix);
                    }
                }
                if ((bits & langBit) != 0) {
                    matched++;
                }
                if (hits != null) {
                    for (int b = 0; bits != 0; b++, bits >>>= 1) {
                        if ((bits & 1) != 0) {
                            hits[off + b]++;
                        }
                    }
                }
                h = SEED;
                prefix = 0;
                len = 0;
            }
        }
        return ((long) words << 32) | matched;
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
        int langs = LANGUAGES.size();
        int[] hits = new int[langs];
        int words = 0;
        List<Line> lines = doc.lines();
        for (int pass = 0; pass < 2 && words < 20; pass++) {
            java.util.Arrays.fill(hits, 0);
            words = 0;
            int minWords = pass == 0 ? 8 : 0;
            for (int i = 0; i < lines.size() && lines.get(i).start() < DETECT_SAMPLE; i++) {
                if (lines.get(i).wordCount() >= minWords) {
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

        private LineStops(int lines) {
            words = new int[lines];
            hits = new int[lines * LANGUAGES.size()];
        }

        /** @return how many of a line's words are stopwords of language {@code l}, an index into {@link #LANGUAGES} (-1: none) */
        int hits(int line, int l) {
            return l < 0 ? 0 : hits[line * LANGUAGES.size() + l];
        }
    }

    /** @return the stopword counts of every line, found in one pass */
    static LineStops lineStops(TextDocument doc) {
        List<Line> lines = doc.lines();
        LineStops out = new LineStops(lines.size());
        char[] t = doc.chars();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            out.words[i] = (int) (scanWords(t, l.start(), l.end(), out.hits, i * LANGUAGES.size(), 0) >>> 32);
        }
        return out;
    }

    /** @return {@link #KO}, {@link #JA} or {@link #ZH} when the sample's letters are mostly of their scripts, else null */
    private static String scriptLanguage(char[] text, int length) {
        int letters = 0;
        int han = 0;
        int kana = 0;
        int hangul = 0;
        for (int i = 0; i < length; i++) {
            char c = text[i];
            if (!Texts.isLetter(c)) {
                continue;
            }
            letters++;
            if (c < 0x1100) {
                continue; // Latin, Greek, Cyrillic, Arabic, Hebrew, Indic...: none of the scripts below
            }
            Character.UnicodeScript s = Character.UnicodeScript.of(c);
            if (s == Character.UnicodeScript.HAN) {
                han++;
            } else if (s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA) {
                kana++;
            } else if (s == Character.UnicodeScript.HANGUL) {
                hangul++;
            }
        }
        if (letters > 0 && hangul * 4 > letters) {
            return KO;
        }
        if (letters > 0 && (han + kana) * 4 > letters) {
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
