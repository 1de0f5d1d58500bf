package org.newsclean;

/** Small char-level helpers shared by the heuristics. All run in linear time. */
final class Texts {
    private Texts() {
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\u00a0' || c == '\f' || c == '\u000b'
                || c == '\u2007' || c == '\u202f' || c == '\u200b' || c == '\ufeff' || c == '\u3000'
                || (c >= '\u2000' && c <= '\u200a');
    }

    static boolean isWordChar(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** Counts maximal runs of letters and digits (joined by ' ’ - inside a word) between start and end. */
    static int countWords(CharSequence s, int start, int end) {
        int n = 0;
        boolean in = false;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (isWordChar(c)) {
                if (!in) {
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
     *     (two arrays of [s0, e0, s1, e1, ...], either may be null), unsorted
     */
    static boolean lettersCovered(CharSequence s, int start, int end, int[] a, int aCount, int[] b, int bCount) {
        int total = (a == null ? 0 : aCount) + (b == null ? 0 : bCount);
        long[] packed = new long[total / 2];
        int k = 0;
        for (int i = 0; a != null && i < aCount; i += 2) {
            packed[k++] = ((long) a[i] << 32) | (a[i + 1] & 0xffffffffL);
        }
        for (int i = 0; b != null && i < bCount; i += 2) {
            packed[k++] = ((long) b[i] << 32) | (b[i + 1] & 0xffffffffL);
        }
        java.util.Arrays.sort(packed);
        int pos = start;
        for (long p : packed) {
            int is = (int) (p >>> 32);
            int ie = (int) p;
            if (is > pos && hasWordChar(s, pos, Math.min(is, end))) {
                return false;
            }
            pos = Math.max(pos, ie);
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

    static boolean hasLetter(CharSequence s, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Appends the parts of [start, end) not covered by the sorted intervals, joining pieces so that
     * a seam never doubles whitespace.
     */
    static void appendUncovered(CharSequence s, int start, int end, int[] sorted, StringBuilder out) {
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

    private static void appendPiece(CharSequence s, int from, int to, StringBuilder out, int base) {
        if (out.length() > base) {
            char left = out.charAt(out.length() - 1);
            char right = s.charAt(from);
            if (isSpace(left) && isSpace(right)) {
                while (from < to && isSpace(s.charAt(from))) {
                    from++;
                }
            } else if (isWordChar(left) && isWordChar(right)) {
                // a snippet stood between two words ("met&nbsp;on"): keep the words apart
                out.append(' ');
            }
        } else {
            while (from < to && isSpace(s.charAt(from))) {
                from++;
            }
        }
        out.append(s, from, to);
    }

    /** Lower case of a letter or digit, fast for ASCII. */
    static char lower(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return Character.toLowerCase(c);
    }

    /** Case folding used for phrase matching: one char in, one char out, so offsets stay aligned. */
    static char fold(char c) {
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
