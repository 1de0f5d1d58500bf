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
    /** No stopword is longer than this: longer words are not looked up. */
    private static final int MAX_STOPWORD = WORDS.keySet().stream().mapToInt(String::length).max().orElse(0);
    /**
     * The same words as {@link #WORDS} in an open-addressing table keyed by their {@link Words}
     * hash, so that the words of a document are looked up by the hashes its words pass already
     * made; a hit is confirmed char by char (the 32-bit hash may collide). Two ints a slot: the
     * hash, then the word's languages (a bit each, {@link #LANG_BITS}), its length (4 bits from
     * bit 12) and where its chars start in {@link #CHARS} (from bit 16); 0 there marks an empty slot.
     */
    private static final int[] TABLE;
    /** The chars of the words in {@link #TABLE}, one after another. */
    private static final char[] CHARS;
    private static final int LANG_BITS = 0xfff;
    private static final int MASK;
    private static final int SHIFT;

    static {
        int cap = Integer.highestOneBit(Math.max(16, WORDS.size() * 3)) << 1;
        TABLE = new int[2 * cap];
        StringBuilder chars = new StringBuilder();
        MASK = cap - 1;
        SHIFT = Integer.numberOfLeadingZeros(MASK);
        for (Map.Entry<String, Integer> e : WORDS.entrySet()) {
            String w = e.getKey();
            if (w.length() > 15 || chars.length() + w.length() > 0xffff || (e.getValue() & ~LANG_BITS) != 0) {
                throw new IllegalStateException("stopword table too small for " + w);
            }
            int h = HashFilter.hash(w, 0, w.length());
            int slot = slot(h);
            while (TABLE[2 * slot + 1] != 0) {
                slot = (slot + 1) & MASK;
            }
            TABLE[2 * slot] = h;
            TABLE[2 * slot + 1] = e.getValue() | w.length() << 12 | chars.length() << 16;
            chars.append(w);
        }
        CHARS = chars.toString().toCharArray();
    }

    /**
     * A Bloom-like filter of the stopwords without an apostrophe (what a single word of
     * {@link Words} may be): the bit {@link #filterBit} of each one's hash is set, so a word whose
     * bit is clear is no stopword and needs no lookup in {@link #TABLE}. Most words are told so
     * from this 4 KB table alone.
     */
    private static final long[] FILTER = new long[1 << 9];
    /** Per set of (the first six, the last six) languages: a count of 1 in a 5-bit field per language. */
    private static final long[] SPREAD_LOW = new long[64];
    private static final long[] SPREAD_HIGH = new long[64];

    static {
        for (String w : WORDS.keySet()) {
            if (w.indexOf('\'') < 0) {
                int bit = filterBit(HashFilter.hash(w, 0, w.length()));
                FILTER[bit >>> 6] |= 1L << bit;
            }
        }
        for (int set = 0; set < 64; set++) {
            for (int l = 0; l < 6; l++) {
                if ((set >>> l & 1) != 0) {
                    SPREAD_LOW[set] += 1L << 5 * l;
                    SPREAD_HIGH[set] += 1L << 5 * (l + 6);
                }
            }
        }
    }

    /** @return the bit of {@link #FILTER} for a word hash: 15 bits of it, mixed */
    private static int filterBit(int h) {
        return (h * 0x2545F491) >>> 17;
    }

    /** The script classes of letters, as {@link Texts#script} gives them. */
    private static final int HAN = Texts.SCRIPT_HAN;
    private static final int KANA = Texts.SCRIPT_KANA;
    private static final int HANGUL = Texts.SCRIPT_HANGUL;

    /** No char below this is a letter of those scripts. */
    private static final int FIRST_SCRIPT_LETTER = Texts.FIRST_SCRIPT_LETTER;

    /**
     * Per char, for {@link #count}: {@link #CJK_CHAR} when its script is Han, hiragana or katakana
     * (letter or not), with {@link #HIRAGANA_CHAR} for hiragana and {@link #ZH_FUNCTION_CHAR} for
     * the chars of {@link #ZH_FUNCTION}; else 0.
     */
    private static final byte[] CJK = new byte[65536];
    private static final int CJK_CHAR = 1;
    private static final int HIRAGANA_CHAR = 2;
    private static final int ZH_FUNCTION_CHAR = 4;

    static {
        for (int c = FIRST_SCRIPT_LETTER; c < 65536; c++) {
            Character.UnicodeScript s = Character.UnicodeScript.of(c);
            if (s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA) {
                CJK[c] = (byte) (CJK_CHAR | (s == Character.UnicodeScript.HIRAGANA ? HIRAGANA_CHAR : 0)
                        | (ZH_FUNCTION.indexOf(c) >= 0 ? ZH_FUNCTION_CHAR : 0));
            }
        }
        for (int c = 0; c < FIRST_SCRIPT_LETTER; c++) {
            Character.UnicodeScript s = Character.UnicodeScript.of(c);
            if (s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA) {
                throw new IllegalStateException("a Han or kana char before U+1100");
            }
        }
    }

    /** Chars of a text that language detection looks at. */
    static final int DETECT_SAMPLE = 64 * 1024;

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
        int entry;
        while ((entry = TABLE[2 * slot + 1]) != 0) {
            if (TABLE[2 * slot] == h && sameWord(entry, t, start, end)) {
                return entry & LANG_BITS;
            }
            slot = (slot + 1) & MASK;
        }
        return 0;
    }

    /** @return true when t[start, end), lower-cased, is the word of a {@link #TABLE} entry */
    private static boolean sameWord(int entry, char[] t, int start, int end) {
        if ((entry >>> 12 & 0xf) != end - start) {
            return false;
        }
        for (int i = start, j = entry >>> 16; i < end; i++, j++) {
            char c = t[i];
            char l = c == '\u2019' ? '\'' : Texts.lower(c);
            if (l != CHARS[j]) {
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
     * Counts the words and stopwords of one line of a document, as {@link #lineStops} does: most
     * words are told no stopword by {@link #FILTER}, the others looked up in {@link #TABLE}, and
     * the counts per language are added up in one long ({@link #SPREAD_LOW}), not word by word.
     *
     * @param li the line's index
     * @param out where the counts go
     * @param slot the line of {@code out} they go to
     */
    static void countLine(TextDocument doc, int li, LineStops out, int slot) {
        Words w = doc.words();
        char[] t = doc.chars();
        int[] ws = w.start;
        int[] we = w.end;
        int[] wh = w.hash;
        long[] filter = FILTER;
        int to = w.firstOfLine[li + 1];
        int count = 0;
        // per language a 5-bit count, added to out every 31 words at most
        long acc = 0;
        int inAcc = 0;
        for (int k = w.firstOfLine[li]; k < to; k++) {
            int s = ws[k];
            int e = we[k];
            int h = wh[k];
            int bits;
            if (k + 1 < to && isApostrophe(t[e]) && ws[k + 1] == e + 1) {
                // words joined by one apostrophe are one word here, looked up whole and by its first part with the apostrophe
                h = 31 * h + '\'';
                int prefixEnd = e + 1;
                int prefix = h;
                do {
                    k++;
                    for (int i = ws[k]; i < we[k]; i++) {
                        h *= 31;
                    }
                    h += wh[k];
                    if (k + 1 < to && ws[k + 1] == we[k] + 1 && isApostrophe(t[we[k]])) {
                        h = 31 * h + '\'';
                    } else {
                        break;
                    }
                } while (true);
                e = we[k];
                bits = e - s > MAX_STOPWORD ? 0 : bitsOf(h, t, s, e) | bitsOf(prefix, t, s, prefixEnd);
            } else {
                int bit = filterBit(h);
                bits = (filter[bit >>> 6] >>> bit & 1) == 0 || e - s > MAX_STOPWORD ? 0 : bitsOf(h, t, s, e);
            }
            count++;
            acc += SPREAD_LOW[bits & 0x3f] + SPREAD_HIGH[bits >>> 6];
            if (++inAcc == 31) {
                flush(acc, out, slot);
                acc = 0;
                inAcc = 0;
            }
        }
        flush(acc, out, slot);
        out.words[slot] = count;
    }

    private static void flush(long acc, LineStops out, int slot) {
        int base = slot * LANGUAGES.size();
        for (int l = 0; l < LANGUAGES.size(); l++) {
            out.hits[base + l] += (int) (acc >>> 5 * l) & 0x1f;
        }
    }

    /**
     * @return the bit set of the languages whose stoplist holds the word (lower case, apostrophes
     *     as {@code '}), 0 for none
     */
    static int languagesOf(String word) {
        return WORDS.getOrDefault(word, 0);
    }

    /** @return the length of the longest stopword: {@link #lineStops} does not look longer words up */
    static int longestStopword() {
        return MAX_STOPWORD;
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
        int i = from;
        // those letters are all from U+1100 on: eight chars at a time, only a group whose bits reach that high is looked up
        for (; i + 8 <= to; i += 8) {
            if ((t[i] | t[i + 1] | t[i + 2] | t[i + 3] | t[i + 4] | t[i + 5] | t[i + 6] | t[i + 7]) >= FIRST_SCRIPT_LETTER
                    && hasScriptLetterEach(t, i, i + 8)) {
                return true;
            }
        }
        return hasScriptLetterEach(t, i, to);
    }

    private static boolean hasScriptLetterEach(char[] t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Texts.script(t[i]) != 0) {
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
                counts[Texts.script(c)]++;
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
            int function = lang.equals(JA) ? HIRAGANA_CHAR : ZH_FUNCTION_CHAR;
            for (int i = start; i < end; i++) {
                char c = s.charAt(i);
                int kind = CJK[c];
                if (kind != 0) {
                    cjk++;
                    if ((kind & function) != 0) {
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
        // the words of forEachWord, without making them: their length and last char
        int length = 0;
        char last = 0;
        for (int i = start; i <= end; i++) {
            char c = i < end ? s.charAt(i) : ' ';
            if (Texts.isWordChar(c)) {
                length++;
                last = Texts.lower(c);
            } else if ((c == '\'' || c == '\u2019') && length > 0 && i + 1 < end && Texts.isWordChar(s.charAt(i + 1))) {
                length++;
                last = '\'';
            } else if (length > 0) {
                out[0]++;
                if (KO_ENDINGS.indexOf(last) >= 0 && length > 1) {
                    out[1]++;
                }
                length = 0;
            }
        }
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
