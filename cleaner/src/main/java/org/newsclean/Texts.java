package org.newsclean;

/** Small char-level helpers shared by the heuristics. All run in linear time. */
final class Texts {
    private Texts() {
    }

    private static final byte SPACE = 1;
    private static final byte WORD = 2;
    private static final byte UPPER = 4;
    private static final byte LETTER = 8;
    private static final byte FOLDS_APART = 16;

    /** Character classes and lower-case forms of every UTF-16 unit, looked up instead of computed per char. */
    private static final byte[] CLASS = new byte[65536];
    private static final char[] LOWER = new char[65536];
    private static final char[] FOLD = new char[65536];
    /**
     * Per char, for the words pass: its lower-case form in the high 16 bits and its class bits in
     * the low ones, so that one load answers both (see {@link #WORD_BIT} and so on).
     */
    private static final int[] WORD_INFO = new int[65536];
    static final int WORD_BIT = WORD;
    static final int UPPER_BIT = UPPER;
    static final int FOLDS_APART_BIT = FOLDS_APART;
    /** {@link Character#isLetter(char)}. */
    static final int LETTER_BIT = LETTER;
    /*
     * Further class bits of wordInfo, for the words pass to OR together per line (Words#lineChars),
     * so that a heuristic can pass over a line that lacks what it looks for without reading it.
     */
    /** {@link Character#isDigit(char)}. */
    static final int DIGIT_BIT = 1 << 5;
    /** {@code /}. */
    static final int SLASH_BIT = 1 << 6;
    /** {@code (}. */
    static final int PAREN_BIT = 1 << 7;
    /** {@code <} or {@code &}: markup and entities. */
    static final int MARKUP_BIT = 1 << 8;
    /** A breadcrumb separator: {@link #CRUMB_SEPARATORS}. */
    static final int CRUMB_BIT = 1 << 9;
    /** {@code :}. */
    static final int COLON_BIT = 1 << 10;
    /**
     * A char whose case mappings do not go back and forth ({@code ſ}, {@code ı}, the Kelvin sign,
     * {@code İ}, {@code µ}...): for such a char {@link String#regionMatches(boolean, int, String, int, int)}
     * ignoring case may match where {@link #lower} differs, so a test that stands in for it by lower-case
     * hashes does not hold on a line with one.
     */
    static final int TRICKY_BIT = 1 << 11;
    /** A char that may split a byline into parts: {@code | • · — –} and {@code -}. */
    static final int PART_BIT = 1 << 12;
    /** {@code ©} or {@code _}: a non-word char that starts a phrase (see PhraseIndex#gapBits). */
    static final int SYMBOL_BIT = 1 << 13;
    /**
     * A letter of the Han, kana (hiragana, katakana) or Hangul scripts ({@link #script} not 0): what
     * {@link Stopwords#hasScriptLetter} looks for, so that the words pass tells it per line.
     */
    static final int SCRIPT_LETTER_BIT = 1 << 14;
    /** {@link #script} classes. */
    static final int SCRIPT_HAN = 1;
    static final int SCRIPT_KANA = 2;
    static final int SCRIPT_HANGUL = 3;
    /** No char below this is a letter of those scripts (Hangul Jamo start here). */
    static final int FIRST_SCRIPT_LETTER = 0x1100;
    /** Per char: {@link #SCRIPT_HAN}, {@link #SCRIPT_KANA} or {@link #SCRIPT_HANGUL} for a letter of those scripts, else 0. */
    private static final byte[] SCRIPT = new byte[65536];
    /** The separators of breadcrumbs and section lists. */
    static final String CRUMB_SEPARATORS = "\u203a\u00bb>|/\u2022\u00b7";

    static {
        for (int i = 0; i < 65536; i++) {
            char c = (char) i;
            int k = 0;
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\u00a0' || c == '\f' || c == '\u000b'
                    || c == '\u2007' || c == '\u202f' || c == '\u200b' || c == '\ufeff' || c == '\u3000'
                    || (c >= '\u2000' && c <= '\u200a')) {
                k |= SPACE;
            }
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                k |= WORD;
            }
            if (Character.isUpperCase(c)) {
                k |= UPPER;
            }
            if (Character.isLetter(c)) {
                k |= LETTER;
            }
            LOWER[i] = Character.toLowerCase(c);
            FOLD[i] = foldOf(c);
            CLASS[i] = (byte) k;
        }
        for (int i = 0; i < 65536; i++) {
            if (isWordChar((char) i) && !isWordChar(FOLD[i])) {
                CLASS[i] |= FOLDS_APART;
            }
            char c = (char) i;
            int more = 0;
            if (Character.isDigit(c)) {
                more |= DIGIT_BIT;
            }
            if (c == '/') {
                more |= SLASH_BIT;
            }
            if (c == '(') {
                more |= PAREN_BIT;
            }
            if (c == '<' || c == '&') {
                more |= MARKUP_BIT;
            }
            if (CRUMB_SEPARATORS.indexOf(c) >= 0) {
                more |= CRUMB_BIT;
            }
            if (c == ':') {
                more |= COLON_BIT;
            }
            if (c == '\u00a9' || c == '_') {
                more |= SYMBOL_BIT;
            }
            if ("|\u2022\u00b7\u2014\u2013-".indexOf(c) >= 0) {
                more |= PART_BIT;
            }
            if (i >= FIRST_SCRIPT_LETTER && Character.isLetter(c)) {
                Character.UnicodeScript script = Character.UnicodeScript.of(c);
                SCRIPT[i] = (byte) (script == Character.UnicodeScript.HAN ? SCRIPT_HAN
                        : script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA ? SCRIPT_KANA
                        : script == Character.UnicodeScript.HANGUL ? SCRIPT_HANGUL : 0);
                if (SCRIPT[i] != 0) {
                    more |= SCRIPT_LETTER_BIT;
                }
            }
            char up = Character.toUpperCase(c);
            char low = Character.toLowerCase(c);
            if (Character.toLowerCase(up) != low || Character.toUpperCase(low) != up) {
                more |= TRICKY_BIT;
            }
            WORD_INFO[i] = LOWER[i] << 16 | more | (CLASS[i] & 0xff);
        }
    }

    /** @return {@link #SCRIPT_HAN}, {@link #SCRIPT_KANA} or {@link #SCRIPT_HANGUL} for a letter of those scripts, else 0 */
    static int script(char c) {
        return SCRIPT[c];
    }

    /** @return the class bits of wordInfo that the words pass ORs together per line ({@link #DIGIT_BIT}...) */
    static int lineBits(char c) {
        return WORD_INFO[c] & 0xffff;
    }

    /** @return true for the whitespace chars of scraped text, including no-break and zero-width spaces */
    static boolean isSpace(char c) {
        return (CLASS[c] & SPACE) != 0;
    }

    /** @return the first index from i on, before {@code to}, that holds no {@link #isSpace} char, or {@code to} */
    static int skipSpaces(CharSequence t, int i, int to) {
        while (i < to && isSpace(t.charAt(i))) {
            i++;
        }
        return i;
    }

    /** @return true for a closing quote or bracket that may follow the end of a sentence */
    static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '\u201d' || c == '\u2019' || c == '\u00bb' || c == ')' || c == ']';
    }

    /** @return where s[start, end) ends once the closing quotes and brackets at its end are left out ({@link #isCloser}) */
    static int endBeforeClosers(CharSequence s, int start, int end) {
        while (end > start && isCloser(s.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** @return true for a letter, a digit or a combining mark */
    static boolean isWordChar(char c) {
        return (CLASS[c] & WORD) != 0;
    }

    /** @return {@link Character#isUpperCase(char)}, from a table */
    static boolean isUpper(char c) {
        return (CLASS[c] & UPPER) != 0;
    }

    /** @return the char's class bits ({@link #WORD_BIT}...) and, in the high 16 bits, its lower-case form */
    static int wordInfo(char c) {
        return WORD_INFO[c];
    }

    /** @return true for a word char whose {@link #fold} is not one (U+02BC, a letter, folds to an apostrophe) */
    static boolean foldsApart(char c) {
        return (CLASS[c] & FOLDS_APART) != 0;
    }

    /** @return {@link Character#isLetter(char)}, from a table */
    static boolean isLetter(char c) {
        return (CLASS[c] & LETTER) != 0;
    }

    /** Counts maximal runs of letters and digits (joined by ' ’ - inside a word) between start and end. */
    static int countWords(CharSequence s, int start, int end) {
        return countWords(s, start, end, Integer.MAX_VALUE);
    }

    /** {@link #countWords(CharSequence, int, int)}, but it stops counting past {@code most}: @return at most most + 1 */
    static int countWords(CharSequence s, int start, int end, int most) {
        int n = 0;
        boolean in = false;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (isWordChar(c)) {
                if (!in) {
                    if (n > most) {
                        return n;
                    }
                    n++;
                    in = true;
                }
            } else if (in && (c == '\'' || c == '\u2019' || c == '-') && i + 1 < end && isWordChar(s.charAt(i + 1))) {
                // stays in the word
            } else {
                in = false;
            }
        }
        return n;
    }

    /**
     * @return true when every letter and digit in [start, end) lies in one of the intervals
     *     ([s0, e0, s1, e1, ...], sorted by start, within [start, end])
     */
    static boolean lettersCovered(CharSequence s, int start, int end, int[] sorted) {
        int pos = start;
        for (int k = 0; k < sorted.length; k += 2) {
            int is = sorted[k];
            if (is > pos && hasWordChar(s, pos, Math.min(is, end))) {
                return false;
            }
            pos = Math.max(pos, sorted[k + 1]);
            if (pos >= end) {
                return true;
            }
        }
        return !hasWordChar(s, pos, end);
    }

    static boolean hasWordChar(CharSequence s, int start, int end) {
        for (int i = start; i < end; i++) {
            if (isWordChar(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean hasDigit(CharSequence s, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean hasLetter(CharSequence s, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** @return the parts of s[start, end) not covered by the sorted intervals, joined as {@link #appendUncovered} joins them, stripped */
    static String uncoveredText(String s, int start, int end, int[] sorted) {
        CharBuf b = new CharBuf(end - start);
        appendUncovered(s, start, end, sorted, b);
        return b.toString().strip();
    }

    /**
     * Appends the parts of [start, end) not covered by the sorted intervals, joining pieces so that
     * a seam never doubles whitespace: where two pieces meet, the second loses its leading spaces
     * when the first ends with one, and a space keeps two words apart (a snippet stood between them,
     * "met&nbsp;on"). The first piece loses its leading spaces.
     */
    static void appendUncovered(String s, int start, int end, int[] sorted, CharBuf out) {
        int pos = start;
        int base = out.length();
        for (int k = 0; k < sorted.length; k += 2) {
            int is = Math.max(sorted[k], start);
            int ie = Math.min(sorted[k + 1], end);
            if (ie <= pos) {
                continue;
            }
            if (is > pos) {
                appendPiece(s, pos, is, out, base);
            }
            pos = Math.max(pos, ie);
        }
        if (pos < end) {
            appendPiece(s, pos, end, out, base);
        }
    }

    private static void appendPiece(String s, int from, int to, CharBuf out, int base) {
        if (out.length() > base) {
            char left = out.charAt(out.length() - 1);
            char right = s.charAt(from);
            if (isSpace(left) && isSpace(right)) {
                while (from < to && isSpace(s.charAt(from))) {
                    from++;
                }
            } else if (isWordChar(left) && isWordChar(right)) {
                out.append(' ');
            }
        } else {
            while (from < to && isSpace(s.charAt(from))) {
                from++;
            }
        }
        out.append(s, from, to);
    }

    /** @return {@link Character#toLowerCase(char)}, from a table */
    static char lower(char c) {
        return LOWER[c];
    }

    /** Case folding used for phrase matching: one char in, one char out, so offsets stay aligned. */
    static char fold(char c) {
        return FOLD[c];
    }

    private static char foldOf(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        switch (c) {
            case '\u2019':
            case '\u2018':
            case '\u02bc':
                return '\'';
            case '\u00a0':
            case '\u2007':
            case '\u202f':
                return ' ';
            case '\u201c':
            case '\u201d':
            case '\u00ab':
            case '\u00bb':
                return '"';
            default:
                return Character.toLowerCase(c);
        }
    }
}
