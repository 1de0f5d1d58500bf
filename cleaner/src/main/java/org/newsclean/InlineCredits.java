package org.newsclean;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Photo credits inside a line, where captions were glued into the text (as extractors that
 * flatten a page into one line leave them): {@code (AP Photo/Jane Doe)}, {@code (Joshua Roberts/Reuters)},
 * {@code Credit...Doug Mills/The New York Times}, {@code Photo: Meg Kinnard, AP},
 * {@code Sakib Ali/Hindustan Times/Getty Images}. Only the credit goes: where a caption glued
 * before it ends cannot be told from the text. A credit must name a known agency, or sit in
 * parentheses with a "Photo" word or a {@code Name/Agency} slash, so article text stays. One pass,
 * each candidate looked at within a bounded window.
 */
final class InlineCredits {
    /** Credit words that open a credit: "Photo: ...", "Credit...". */
    private static final String[] OPENERS = {"photograph by", "photograph:", "photo by", "photos:", "photo:", "credit:",
        "credit...", "credit\u2026", "image:", "picture:", "pictures:", "foto:", "bild:", "illustration:", "image credit:",
        "photo credit:"};
    private static final Set<String> PAREN_OPENERS = Set.of("ap photo", "photo", "photos", "photograph", "photo by",
            "foto", "fotos", "image", "picture", "credit", "reuters photo", "afp photo", "epa photo");
    private static final int[] NONE = new int[0];
    /** The capitals the openers start with. */
    private static final String OPENER_INITIALS = "PCIFB";

    /** A credit is never longer than this many chars. */
    private static final int WINDOW = 140;

    private final Set<String> agencies;
    private final int longestAgencyWords;

    InlineCredits(Set<String> agencies) {
        this.agencies = agencies;
        int w = 1;
        for (String a : agencies) {
            w = Math.max(w, a.split(" ").length);
        }
        this.longestAgencyWords = w;
    }

    /** @return the words that open a credit ("photo:", "credit...") */
    static List<String> openers() {
        return List.of(OPENERS);
    }

    /**
     * @param creditWords false when v surely holds no capitalised credit word ({@link Words#CREDIT_WORD}),
     *     so no opener
     * @return credit spans in v as [start, end) pairs, in order, not overlapping
     */
    int[] find(String v, boolean creditWords) {
        int len = v.length();
        // credits need a slash, a parenthesis or an opener word: most lines have none
        boolean slash = v.indexOf('/') >= 0;
        if (!slash && v.indexOf('(') < 0 && !(creditWords && mayOpen(v))) {
            return NONE;
        }
        int[] out = new int[8];
        int n = 0;
        int i = 0;
        // without a slash or an opener word only a parenthesis may open a credit: go from one to the next
        boolean parens = !slash && !creditWords;
        while (i < len) {
            if (parens) {
                i = v.indexOf('(', i);
                if (i < 0) {
                    break;
                }
            }
            char c = v.charAt(i);
            int end = -1;
            if (c == '(') {
                end = parenthesised(v, i);
            } else if ((slash || creditWords && OPENER_INITIALS.indexOf(c) >= 0) && Texts.isUpper(c) && sentenceStart(v, i)) {
                end = creditWords && OPENER_INITIALS.indexOf(c) >= 0 ? opened(v, i) : -1;
                if (end < 0 && slash) {
                    end = slashed(v, i);
                }
            }
            if (end > i) {
                if (n + 2 > out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                out[n++] = i;
                out[n++] = end;
                i = end;
            } else {
                i++;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** @return true when some opener word may stand in v (a cheap test on "hoto", "redit", "mage", "icture", "oto:", "ild:") */
    private static boolean mayOpen(String v) {
        return v.contains("hoto") || v.contains("redit") || v.contains("mage") || v.contains("icture") || v.contains("oto:")
                || v.contains("ild:") || v.contains("llustration");
    }

    private static boolean sentenceStart(String v, int i) {
        if (i == 0) {
            return true;
        }
        int p = i - 1;
        while (p >= 0 && Texts.isSpace(v.charAt(p))) {
            p--;
        }
        if (p < 0) {
            return true;
        }
        char b = v.charAt(p);
        return b == '.' || b == '!' || b == '?' || b == '"' || b == '\u201d' || b == '\u2019' || b == ')' || b == '\u2026';
    }

    /** "(AP Photo/Jane Doe)", "(Photo: Getty Images)", "(Joshua Roberts/Reuters)": returns the end after ')' */
    private int parenthesised(String v, int i) {
        int close = -1;
        for (int k = i + 1; k < v.length() && k - i < WINDOW; k++) {
            char c = v.charAt(k);
            if (c == ')') {
                close = k;
                break;
            }
            if (c == '(' || c == '.' && k + 1 < v.length() && v.charAt(k + 1) == ' ' && k > 0 && Character.isLowerCase(v.charAt(k - 1))) {
                return -1;
            }
        }
        if (close < 0) {
            return -1;
        }
        String inner = v.substring(i + 1, close).strip();
        String folded = PhraseBook.fold(inner);
        for (String o : PAREN_OPENERS) {
            if (folded.startsWith(o) && folded.length() > o.length() && ":/ ".indexOf(folded.charAt(o.length())) >= 0
                    && folded.length() > o.length() + 2) {
                return close + 1;
            }
        }
        int slash = inner.lastIndexOf('/');
        if (slash > 0 && Texts.isUpper(inner.charAt(0)) && agencyAt(inner, slash + 1) == inner.length()) {
            return close + 1;
        }
        return -1;
    }

    /** "Photo: Meg Kinnard, AP", "Credit...Doug Mills/The New York Times": ends after the last agency in the window */
    private int opened(String v, int i) {
        int after = -1;
        for (String o : OPENERS) {
            if (v.regionMatches(true, i, o, 0, o.length())) {
                after = i + o.length();
                break;
            }
        }
        if (after < 0) {
            return -1;
        }
        return lastAgencyEnd(v, after);
    }

    /** "Sakib Ali/Hindustan Times/Getty Images" followed by the next sentence */
    private int slashed(String v, int i) {
        int limit = Math.min(v.length(), i + 60);
        int slash = -1;
        int words = 0;
        boolean inWord = false;
        for (int k = i; k < limit; k++) {
            char c = v.charAt(k);
            if (c == '/') {
                slash = k;
                break;
            }
            if (Texts.isSpace(c)) {
                inWord = false;
            } else if (!inWord) {
                inWord = true;
                if (++words > 4 || !Texts.isUpper(c)) {
                    return -1;
                }
            }
            if (c == '.' || c == ',' || c == ':' || c == ';') {
                if (!(c == '.' && k > i && Texts.isUpper(v.charAt(k - 1)))) {
                    return -1;
                }
            }
        }
        if (slash < 0 || words == 0) {
            return -1;
        }
        int end = lastAgencyEnd(v, slash + 1);
        if (end < 0) {
            return -1;
        }
        // the credit must be followed by the next sentence (or the end), not by more of a name
        int n = end;
        while (n < v.length() && Texts.isSpace(v.charAt(n))) {
            n++;
        }
        return n >= v.length() || Texts.isUpper(v.charAt(n)) || v.charAt(n) == '\u201c' || v.charAt(n) == '"' ? end : -1;
    }

    /**
     * From {@code from}, walks over capitalised words, commas and slashes for a bounded window and
     * returns the end of the last known agency seen, or -1.
     */
    private int lastAgencyEnd(String v, int from) {
        int limit = Math.min(v.length(), from + WINDOW);
        int best = -1;
        int k = from;
        int words = 0;
        while (k < limit && words <= 12) {
            char c = v.charAt(k);
            if (Texts.isSpace(c) || c == ',' || c == '/' || c == '.' || c == '\u2026' || c == '-') {
                k++;
                continue;
            }
            if (!Texts.isUpper(c) && !Character.isDigit(c) && !startsParticle(v, k)) {
                break;
            }
            int a = agencyAt(v, k);
            if (a > k) {
                best = a;
            }
            while (k < limit && !Texts.isSpace(v.charAt(k)) && v.charAt(k) != '/' && v.charAt(k) != ',') {
                k++;
            }
            words++;
        }
        return best;
    }

    private static boolean startsParticle(String v, int k) {
        return v.startsWith("via ", k) || v.startsWith("for ", k) || v.startsWith("and ", k) || v.startsWith("de ", k)
                || v.startsWith("van ", k) || v.startsWith("von ", k);
    }

    /** @return the end of the longest known agency name starting at k (whole words), or -1 */
    int agencyAt(String v, int k) {
        int best = -1;
        int end = k;
        for (int w = 0; w < longestAgencyWords && end < v.length(); w++) {
            int e = end;
            while (e < v.length() && !Texts.isSpace(v.charAt(e)) && v.charAt(e) != '/' && v.charAt(e) != ','
                    && v.charAt(e) != ')') {
                e++;
            }
            int trimmed = e;
            while (trimmed > k && ".;:".indexOf(v.charAt(trimmed - 1)) >= 0) {
                trimmed--;
            }
            if (agencies.contains(PhraseBook.fold(v.substring(k, trimmed)))) {
                best = trimmed;
            }
            if (e >= v.length() || v.charAt(e) != ' ') {
                break;
            }
            end = e + 1;
        }
        return best;
    }
}
