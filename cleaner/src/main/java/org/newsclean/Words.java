package org.newsclean;

/**
 * The words of a {@link TextDocument}, found in one pass over its chars and shared by the
 * heuristics that need them (the text does not change between rounds, so neither do they). A word
 * here is a maximal run of word chars ({@link Texts#isWordChar}); its hash is
 * {@code h = 31 * h + lower(c)} over its chars. Per line the pass also gives the word count of
 * {@link Texts#countWords} (runs joined by an apostrophe or a hyphen count once), a hash of the
 * line's words ({@link #lineHash}) and the set of their hashes ({@link #lineSet}). The same is
 * worked out for what is left of a line ({@link #of}, {@link #hashOf}), so both compare.
 */
final class Words {
    /** {@link #lineHash} of a line without letters or digits. */
    static final long EMPTY_HASH = 0x811C9DC5L;

    /** Start, end and hash of each word, in document order. */
    final int[] start;
    final int[] end;
    final int[] hash;
    /**
     * Bit set by word index: the word has a capital after a small letter or a digit inside it
     * ("iPhone", "contentUS"), or a letter whose {@link Texts#fold} is not a word char. Phrases may
     * start or end inside such a word.
     */
    private final long[] odd;
    /** Bit set by word index: a phrase of {@link #index} may start at the word (see {@link #mayStartPhrase}). */
    private final long[] candidates;
    /** The phrase index the candidates were marked for, or null. */
    final PhraseIndex index;
    /** The number of words. */
    final int size;
    /** Index of each line's first word; {@code firstOfLine[lines]} is {@link #size}. */
    final int[] firstOfLine;
    /** Per line, the count of {@link Texts#countWords}. */
    final int[] lineWordCount;
    /**
     * Per line, a 64-bit hash of the sequence of its lower-cased words only, so that copies
     * differing in spaces, quotes or punctuation between words match.
     */
    final long[] lineHash;
    /**
     * Per line, what chars it holds: the {@link Texts#lineBits} of its chars ORed together
     * ({@link Texts#DIGIT_BIT}, {@link Texts#SLASH_BIT}...), and {@link #CREDIT_WORD}. A heuristic
     * may pass over a line that lacks what it looks for; these are the line's own chars, so the
     * test holds for what is left of a line only while no flag touches it.
     */
    final int[] lineChars;
    /**
     * A {@link #lineChars} bit: the line has a capitalised word of three letters or more whose first
     * three letters, lower-cased, start one of the credit words of {@link CaptionHeuristic#creditWordStarts()}
     * ("Photo", "Credit", "Image"...), or such a word glued after a small letter ("rabbitCredit").
     * Without it, and without a tricky char, no such word starts there.
     */
    static final int CREDIT_WORD = 1 << 16;
    private static final HashFilter CREDIT_STARTS = new HashFilter(12);
    /** Per char: a capital whose lower-case form starts a credit word (a cheap first test, most words fail it). */
    private static final boolean[] CREDIT_INITIAL = new boolean[65536];

    static {
        for (String w : CaptionHeuristic.creditWordStarts()) {
            CREDIT_STARTS.add(w.charAt(0) * 961 + w.charAt(1) * 31 + w.charAt(2));
            for (int c = 0; c < 65536; c++) {
                if (Texts.isUpper((char) c) && Texts.lower((char) c) == w.charAt(0)) {
                    CREDIT_INITIAL[c] = true;
                }
            }
        }
    }

    /**
     * @param t the text
     * @param lineStart where each line starts in t
     * @param lineEnd where each line ends
     */
    Words(char[] t, int[] lineStart, int[] lineEnd) {
        this(t, lineStart, lineEnd, null);
    }

    /**
     * @param t the text
     * @param lineStart where each line starts in t
     * @param lineEnd where each line ends
     * @param index the phrase index whose {@link #mayStartPhrase candidates} to mark, or null
     */
    Words(char[] t, int[] lineStart, int[] lineEnd, PhraseIndex index) {
        this.index = index;
        int cap = Math.max(16, t.length / 5);
        int[] ws = new int[cap];
        int[] we = new int[cap];
        int[] wh = new int[cap];
        long[] wo = new long[(cap >>> 6) + 1];
        long[] wc = new long[(cap >>> 6) + 1];
        int n = 0;
        int lineCount = lineStart.length;
        firstOfLine = new int[lineCount + 1];
        lineWordCount = new int[lineCount];
        lineHash = new long[lineCount];
        lineChars = new int[lineCount];
        for (int li = 0; li < lineCount; li++) {
            firstOfLine[li] = n;
            int i = lineStart[li];
            int e = lineEnd[li];
            long fnv = EMPTY_HASH;
            int joins = 0;
            int lineFirst = n;
            // the class bits of the line's chars (the high half, lower-case chars, is masked off at the end)
            int chars = 0;
            int credit = 0;
            int prevClass = 0;
            while (i < e) {
                int info = Texts.wordInfo(t[i]);
                if ((info & Texts.WORD_BIT) == 0) {
                    chars |= info;
                    i++;
                    continue;
                }
                int s = i;
                int firstInfo = info;
                int h = info >>> 16;
                // the class bits of the word's chars after its first
                int rest = 0;
                i++;
                while (i < e && ((info = Texts.wordInfo(t[i])) & Texts.WORD_BIT) != 0) {
                    rest |= info;
                    h = 31 * h + (info >>> 16);
                    i++;
                }
                int all = rest | firstInfo;
                chars |= all;
                if (CREDIT_INITIAL[t[s]] && i - s >= 3
                        && CREDIT_STARTS.mayContain((firstInfo >>> 16) * 961 + Texts.lower(t[s + 1]) * 31 + Texts.lower(t[s + 2]))) {
                    credit = CREDIT_WORD;
                }
                // a capital after a small letter, or a char that folds apart, makes the word odd
                boolean odd = (all & Texts.FOLDS_APART_BIT) != 0 || (rest & Texts.UPPER_BIT) != 0 && capitalInside(t, s, i);
                if (odd && credit == 0 && (rest & Texts.UPPER_BIT) != 0 && creditInside(t, s, i)) {
                    credit = CREDIT_WORD; // a caption's last word with its credit glued on: "treatmentCredit"
                }
                fnv = (fnv ^ h) * 0x100000001B3L;
                if (n > lineFirst && s == we[n - 1] + 1 && isJoiner(t[s - 1])) {
                    joins++;
                }
                if (n == ws.length) {
                    int grown = n * 2;
                    ws = java.util.Arrays.copyOf(ws, grown);
                    we = java.util.Arrays.copyOf(we, grown);
                    wh = java.util.Arrays.copyOf(wh, grown);
                    wo = java.util.Arrays.copyOf(wo, (grown >>> 6) + 1);
                    wc = java.util.Arrays.copyOf(wc, (grown >>> 6) + 1);
                }
                if (odd) {
                    wo[n >>> 6] |= 1L << n;
                }
                if (index != null) {
                    // PhraseIndex#mayStart, decided while the hashes are at hand
                    int cls = index.wordClass(h);
                    if ((cls & PhraseIndex.ONE) != 0) {
                        wc[n >>> 6] |= 1L << n;
                    }
                    // the word before, when it may start a phrase of more words: with this one as its second
                    if ((prevClass & PhraseIndex.FIRST) != 0 && n > lineFirst && (odd || index.mayBeFirstTwo(wh[n - 1], h))) {
                        wc[(n - 1) >>> 6] |= 1L << (n - 1);
                    }
                    prevClass = cls;
                }
                ws[n] = s;
                we[n] = i;
                wh[n] = h;
                n++;
            }
            lineWordCount[li] = n - lineFirst - joins;
            lineHash[li] = fnv;
            lineChars[li] = chars & 0xffff | credit;
        }
        firstOfLine[lineCount] = n;
        start = ws;
        end = we;
        hash = wh;
        odd = wo;
        candidates = wc;
        size = n;
    }

    /** @return whether c is a capital whose lower-case form starts a credit word (see {@link #CREDIT_WORD}) */
    static boolean mayStartCreditWord(char c) {
        return CREDIT_INITIAL[c];
    }

    /**
     * @param line a line index
     * @param bits {@link #lineChars} bits
     * @return true when the line holds a char of one of those classes
     */
    boolean lineHas(int line, int bits) {
        return (lineChars[line] & bits) != 0;
    }

    /** @return how many word chars a line has: its words' lengths added up */
    int wordChars(int line) {
        int n = 0;
        for (int k = firstOfLine[line]; k < firstOfLine[line + 1]; k++) {
            n += end[k] - start[k];
        }
        return n;
    }

    /**
     * @return for a word that is not {@link #isOdd odd}, whether a phrase of {@link #index} may
     *     start at it: the word is a one-word phrase, or the first two of a longer one with the
     *     next word on its line (its first one only, when the next word is odd); see PhraseIndex#mayStart
     */
    boolean mayStartPhrase(int word) {
        return (candidates[word >>> 6] & (1L << word)) != 0;
    }

    /** @return the bits of {@link #odd} and of the phrase candidates ORed, 64 words from word {@code 64 * k} */
    long oddOrCandidate(int k) {
        return odd[k] | candidates[k];
    }

    /** @return see {@link #odd} */
    boolean isOdd(int word) {
        return (odd[word >>> 6] & (1L << word)) != 0;
    }

    /** @return true when a capital follows a char that is not one inside the word t[s, e) */
    private static boolean capitalInside(char[] t, int s, int e) {
        for (int k = s + 1; k < e; k++) {
            if (Texts.isUpper(t[k]) && !Texts.isUpper(t[k - 1])) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return true when a capital after a small letter inside the word t[s, e) starts a credit word
     *     of three letters or more ("treatmentCredit", "rabbitPhoto")
     */
    private static boolean creditInside(char[] t, int s, int e) {
        for (int k = s + 1; k + 3 <= e; k++) {
            char c = t[k];
            if (CREDIT_INITIAL[c] && Character.isLowerCase(t[k - 1])
                    && CREDIT_STARTS.mayContain(Texts.lower(c) * 961 + Texts.lower(t[k + 1]) * 31 + Texts.lower(t[k + 2]))) {
                return true;
            }
        }
        return false;
    }

    static boolean isJoiner(char c) {
        return c == '\'' || c == '\u2019' || c == '-';
    }

    /** @return the words of text[start, end), taken as one line (what is left of a line, say) */
    static Words of(String text, int start, int end) {
        return new Words(text.toCharArray(), new int[] {start}, new int[] {end});
    }

    /** @return {@link #lineHash} of text[start, end), as if it were a line of its own */
    static long hashOf(String text, int start, int end) {
        long fnv = EMPTY_HASH;
        int i = start;
        while (i < end) {
            int info = Texts.wordInfo(text.charAt(i));
            if ((info & Texts.WORD_BIT) == 0) {
                i++;
                continue;
            }
            int h = info >>> 16;
            i++;
            while (i < end && ((info = Texts.wordInfo(text.charAt(i))) & Texts.WORD_BIT) != 0) {
                h = 31 * h + (info >>> 16);
                i++;
            }
            fnv = (fnv ^ h) * 0x100000001B3L;
        }
        return fnv;
    }

    /** @return the distinct hashes of a line's words, spread over 64 bits and sorted */
    long[] lineSet(int line) {
        int from = firstOfLine[line];
        int to = firstOfLine[line + 1];
        long[] w = new long[to - from];
        for (int k = from; k < to; k++) {
            w[k - from] = spread(hash[k]);
        }
        return DuplicateHeuristic.distinctSorted(w);
    }

    /** Bits in a {@link #lineMask}. */
    static final int MASK_BITS = 256;

    /**
     * Sets {@code mask} to a line's word mask: for each word, the bit chosen by the top bits of its
     * {@link #spread} hash. Equal words set the same bit, so two lines' masks differ only in bits
     * set by words that are not in both.
     *
     * @param mask {@link #MASK_BITS} bits, overwritten
     */
    void lineMask(int line, long[] mask) {
        java.util.Arrays.fill(mask, 0);
        for (int k = firstOfLine[line]; k < firstOfLine[line + 1]; k++) {
            int bit = (int) (spread(hash[k]) >>> 56);
            mask[bit >>> 6] |= 1L << bit;
        }
    }

    /** @return a word hash spread over 64 bits */
    static long spread(int h) {
        return h * 0x9E3779B97F4A7C15L;
    }
}
