package org.newsclean;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Bylines, datelines and reading times on lines of their own: {@code By Jane Doe, Staff Writer},
 * {@code Von Miriam Oltmanns | Abendpost}, {@code Updated 3:42 PM EST, Tue March 3, 2026},
 * {@code Stand: 21.01.2026 17:04 Uhr}, {@code 5 min read}. A line goes only when every part of
 * it (split at {@code | • ·} and dashes) is one of these; a sentence that starts with "By" stays.
 */
final class BylineHeuristic implements Heuristic {
    /** A byline or date line has at most this many words. */
    static final int MAX_WORDS = 24;
    /** At least this share of a byline's words must be capitalised (names). */
    static final double NAME_SHARE = 0.6;

    private static final Set<String> BY = new HashSet<>();
    private static final Set<String> DATE_OPENERS = new HashSet<>();
    private static final Set<String> DATE_WORDS = new HashSet<>();
    private static final Set<String> READ_WORDS = new HashSet<>();
    /** Date words that name a month or a weekday (not "at", "the", "um", "h"). */
    private static final Set<String> MONTHS_AND_DAYS = new HashSet<>();
    private static final Set<String> TIME_WORDS = Set.of("updated", "published", "hour", "hours", "minute", "minutes",
            "mins", "day", "days", "today", "yesterday", "ago", "the", "uhr", "alle", "ore", "las", "del", "uur", "gmt", "utc",
            "bst", "est", "edt", "cst", "cdt", "pst", "pdt", "cet", "cest", "ist", "jst", "aest");
    private static final Set<String> NAME_LINKS = Set.of("and", "und", "et", "y", "e", "en", "&", "with", "mit", "avec",
            "con", "com", "met", "staff", "writer", "reporter", "correspondent", "editor", "contributor", "in", "for",
            "de", "da", "van", "von", "der", "del", "della", "di", "du", "le", "la", "dos", "das");

    static {
        for (PhraseBook.Entry e : PhraseBook.load("bylines.txt", Category.BYLINE, "bylines")) {
            switch (e.mode()) {
                case LEAD: BY.add(e.phrase()); break;
                case EDGE: DATE_OPENERS.add(e.phrase()); break;
                case LINE: READ_WORDS.add(e.phrase()); break;
                default:
                    DATE_WORDS.add(e.phrase());
                    if (e.phrase().length() >= 3 && !TIME_WORDS.contains(e.phrase()) && !e.phrase().contains(".")) {
                        MONTHS_AND_DAYS.add(e.phrase());
                    }
                    break;
            }
        }
    }

    /** The longest first word (up to a space) of the openers in {@link #BY}. */
    private static final int MAX_BY_TOKEN = BY.stream().mapToInt(b -> b.indexOf(' ') < 0 ? b.length() : b.indexOf(' ')).max().orElse(0);

    @Override
    public String name() {
        return "bylines";
    }

    @Override
    public void apply(TextDocument doc, Flags flags) {
        // what each line's text was classified as in an earlier round: the same text, the same answer
        Memo memo = doc.memo(this) instanceof Memo m ? m : new Memo(doc.lines().size());
        doc.memo(this, memo);
        TextDocument.LineLooks looks = doc.looks(this);
        for (Line line : doc.lines()) {
            if (line.wordCount() > 3 * MAX_WORDS || !looks.again(line.index()) || doc.isRemoved(line)) {
                continue;
            }
            int i = line.index();
            boolean touched = doc.isTouched(line);
            if (!touched) {
                // a touched line is judged by what is left of it, whose first word may be another than the line's
                if (memo.may[i] == 0) {
                    // the line's own text does not change between rounds: neither does this
                    memo.may[i] = mayBeByline(doc.text(), line, doc.words()) ? MAY : MAY_NOT;
                }
                if (memo.may[i] == MAY_NOT) {
                    continue;
                }
                if (memo.own[i] == 0) {
                    // tested on the document's text, without taking the line out of it
                    memo.own[i] = line.wordCount() <= MAX_WORDS && mayClassify(doc.text(), line.start(), line.end(),
                            doc.words().lineHas(i, Texts.PART_BIT)) ? MAY : MAY_NOT;
                }
                if (memo.own[i] == MAY_NOT) {
                    continue;
                }
            }
            String t = touched ? doc.unflaggedText(line) : line.text();
            if ((touched ? Texts.countWords(t, 0, t.length()) : line.wordCount()) > MAX_WORDS || t.startsWith("(")) {
                continue;
            }
            String kind;
            if (t.equals(memo.text[i])) {
                kind = memo.kind[i];
            } else {
                kind = touched && !mayClassify(t, 0, t.length(), true) ? null : classify(t);
                memo.text[i] = t;
                memo.kind[i] = kind;
            }
            if (kind != null) {
                flags.line(line, Category.BYLINE, kind);
            }
        }
    }

    private static final byte MAY = 1;
    private static final byte MAY_NOT = 2;

    /**
     * Per line, the answer of {@link #mayBeByline} (0: not asked yet), whether {@link #classify} of the
     * line's own text may give a reason (0: not asked yet), the text last classified and its class.
     */
    private static final class Memo {
        final byte[] may;
        final byte[] own;
        final String[] text;
        final String[] kind;

        Memo(int lines) {
            may = new byte[lines];
            own = new byte[lines];
            text = new String[lines];
            kind = new String[lines];
        }
    }

    /** A cheap first test: a date line or a reading time holds a digit; a byline opens with "By", "Von", ... */
    private static boolean mayBeByline(String t, Line line, Words words) {
        int li = line.index();
        if (words.lineHas(li, Texts.DIGIT_BIT)) {
            return true;
        }
        // an opener starts with a letter, so the line's first word starts the line and is the opener's first word
        int k = words.firstOfLine[li];
        if (k == words.firstOfLine[li + 1] || words.start[k] != line.start()
                || !words.isOdd(k) && !BY_WORDS.mayContain(words.hash[k])) {
            return false;
        }
        int e = line.start();
        while (e < line.end() && !Texts.isSpace(t.charAt(e))) {
            e++;
            if (e - line.start() > MAX_BY_TOKEN) {
                return false; // longer than the first word of any opener
            }
        }
        String first = PhraseBook.fold(t.substring(line.start(), e));
        if (BY.contains(first)) {
            return true;
        }
        int e2 = e + 1;
        while (e2 < line.end() && !Texts.isSpace(t.charAt(e2))) {
            e2++;
        }
        return e < line.end() && BY.contains(PhraseBook.fold(t.substring(line.start(), Math.min(e2, line.end()))));
    }

    /** The first words (up to a space) of the openers in {@link #BY}, and their {@link String#hashCode}s. */
    private static final Set<String> BY_FIRST = new HashSet<>();
    private static final HashFilter BY_FIRST_HASHES = new HashFilter(12);
    /** The {@link Words} hashes of the openers' first runs of letters ("by", "text" of "text:"). */
    private static final HashFilter BY_WORDS = new HashFilter(12);
    /** The first words of the date openers ({@link #DATE_OPENERS}), and their hashes. */
    private static final Set<String> OPENER_FIRST = new HashSet<>();
    private static final HashFilter OPENER_FIRST_HASHES = new HashFilter(12);
    /** The hashes of {@link #DATE_WORDS}. */
    private static final HashFilter DATE_HASHES = new HashFilter(14);

    static {
        for (String b : BY) {
            String first = b.indexOf(' ') < 0 ? b : b.substring(0, b.indexOf(' '));
            BY_FIRST.add(first);
            BY_FIRST_HASHES.add(first.hashCode());
            int e = 0;
            while (e < b.length() && Texts.isWordChar(b.charAt(e))) {
                e++;
            }
            BY_WORDS.add(HashFilter.hash(b, 0, e));
        }
        for (String o : DATE_OPENERS) {
            String first = o.indexOf(' ') < 0 ? o : o.substring(0, o.indexOf(' '));
            OPENER_FIRST.add(first);
            OPENER_FIRST_HASHES.add(first.hashCode());
        }
        for (String w : DATE_WORDS) {
            DATE_HASHES.add(w.hashCode());
        }
    }

    /**
     * A cheap test that {@link #classify} of s[from, to) may give a reason: false only when it
     * surely gives null. The first part with words (see {@link #split}, {@link #words}) must then
     * be a byline (its first word opens one), a date (an opener, which starts with its first word,
     * then date words and numbers; without an opener every word is one) or a reading time (a digit,
     * six words at most); else {@link #classify} returns null at that part. Words are looked up by
     * hash, without building strings, but for the few that a hash lets through.
     *
     * @param parts false when s[from, to) holds no char that may split it into parts ({@link Texts#PART_BIT})
     */
    static boolean mayClassify(String s, int from, int to, boolean parts) {
        // the first part with words: [ps, pe)
        int ps = from;
        int pe = to;
        if (parts) {
            boolean words = false;
            for (int i = from; i < to; i++) {
                if (isSeparator(s, i, from, to)) {
                    if (words) {
                        pe = i;
                        break;
                    }
                    ps = i + 1;
                } else if (!words && !Texts.isSpace(s.charAt(i)) && TRIMMED.indexOf(s.charAt(i)) < 0) {
                    words = true; // a char that neither splits nor is trimmed: this part has a word
                }
            }
            if (!words) {
                return false;
            }
        }
        int index = 0;
        boolean opener = false;
        int i = ps;
        while (i < pe) {
            while (i < pe && isGap(s.charAt(i))) {
                i++;
            }
            int a = i;
            while (i < pe && !isGap(s.charAt(i))) {
                i++;
            }
            int b = i;
            while (a < b && TRIMMED.indexOf(s.charAt(a)) >= 0) {
                a++;
            }
            while (b > a && TRIMMED.indexOf(s.charAt(b - 1)) >= 0) {
                b--;
            }
            if (a == b) {
                continue;
            }
            if (index == 0) {
                if (in(BY_FIRST, BY_FIRST_HASHES, s, a, b, false)) {
                    return true; // may be a byline
                }
                opener = in(OPENER_FIRST, OPENER_FIRST_HASHES, s, a, b, true);
            }
            // past a possible opener (three words at most), every word of a date is a date word or a number
            if ((index >= 3 || !opener) && !dateWord(s, a, b)) {
                return Texts.countWords(s, ps, pe, 6) <= 6 && Texts.hasDigit(s, ps, pe) && isReadingTime(s.substring(ps, pe));
            }
            index++;
        }
        return index > 0;
    }

    /**
     * @param colon whether a word with a colon at its end counts as the word without it
     * @return whether s[a, b), lower-cased as {@link String#toLowerCase(Locale)} does, is in the set
     */
    private static boolean in(Set<String> set, HashFilter hashes, String s, int a, int b, boolean colon) {
        int h = lowerHash(s, a, b);
        boolean may = h == SPECIAL || hashes.mayContain(h);
        if (colon && !may && b - a > 1 && s.charAt(b - 1) == ':') {
            int h2 = lowerHash(s, a, b - 1);
            may = h2 == SPECIAL || hashes.mayContain(h2);
        }
        if (!may) {
            return false;
        }
        String w = s.substring(a, b).toLowerCase(Locale.ROOT);
        return set.contains(w) || colon && w.endsWith(":") && set.contains(w.substring(0, w.length() - 1));
    }

    /** @return what {@link #isDate} asks of a word after the opener: a number or a date word, as it is or without its final period */
    private static boolean dateWord(String s, int a, int b) {
        int h = lowerHash(s, a, b);
        boolean bareDot = b - a > 1 && s.charAt(b - 1) == '.';
        int hb = bareDot ? lowerHash(s, a, b - 1) : h;
        // a number holds a digit (isNumber)
        boolean may = h == SPECIAL || hb == SPECIAL || DATE_HASHES.mayContain(h) || DATE_HASHES.mayContain(hb)
                || Texts.hasDigit(s, a, b);
        if (!may) {
            return false;
        }
        String w = s.substring(a, b).toLowerCase(Locale.ROOT);
        String bare = w.endsWith(".") && !w.equals("a.m.") && !w.equals("p.m.") ? w.substring(0, w.length() - 1) : w;
        return isNumber(bare) || cjkDate(bare) != 0 || DATE_WORDS.contains(bare) || DATE_WORDS.contains(w);
    }

    /** {@link #lowerHash} of a word whose lower case {@link Texts#lower} may not give char by char. */
    private static final int SPECIAL = 0x5EC1A1;

    /**
     * @return {@link String#hashCode} of s[a, b) lower-cased, or {@link #SPECIAL} when a char of it
     *     lower-cases otherwise in a string ({@code İ}, {@code Σ}, surrogates)
     */
    private static int lowerHash(String s, int a, int b) {
        int h = 0;
        for (int i = a; i < b; i++) {
            char c = s.charAt(i);
            if (c == '\u0130' || c == '\u03a3' || Character.isSurrogate(c)) {
                return SPECIAL;
            }
            h = 31 * h + Texts.lower(c);
        }
        return h == SPECIAL ? SPECIAL + 1 : h;
    }

    /** The chars {@link #words} trims from a token's ends. */
    private static final String TRIMMED = ",;()[]\"\u201c\u201d";

    /** @return true when s[i] splits a line into parts, as {@link #split} does on s[from, to) */
    private static boolean isSeparator(String s, int i, int from, int to) {
        char c = s.charAt(i);
        return c == '|' || c == '\u2022' || c == '\u00b7' || c == '\u2014'
                || (c == '\u2013' || c == '-') && i > from && i + 1 < to && s.charAt(i - 1) == ' ' && s.charAt(i + 1) == ' ';
    }

    /** @return a reason when every part of the line is a byline, a date or a reading time, else null */
    static String classify(String line) {
        List<String> parts = split(line);
        if (parts.isEmpty()) {
            return null;
        }
        boolean byline = false;
        boolean date = false;
        for (String p : parts) {
            List<String> words = words(p);
            if (words.isEmpty()) {
                continue;
            }
            if (isDate(words)) {
                date = true;
            } else if (isReadingTime(p)) {
                date = true;
            } else if (isByline(p, words)) {
                byline = true;
            } else if (byline && words.size() <= 5 && names(words) == words.size()) {
                continue; // the publication or desk after a byline: "By Leo Pearce | The Ledger"
            } else {
                return null;
            }
        }
        if (byline && date) {
            return "byline and date line";
        }
        return byline ? "byline" : date ? "date line" : null;
    }

    private static List<String> split(String line) {
        List<String> parts = new java.util.ArrayList<>();
        int from = 0;
        for (int i = 0; i < line.length(); i++) {
            if (isSeparator(line, i, 0, line.length())) {
                parts.add(line.substring(from, i));
                from = i + 1;
            }
        }
        parts.add(line.substring(from));
        return parts;
    }

    /** @return whether c separates the words of a byline or date line: a space, or a full-width colon (公開日：...) */
    private static boolean isGap(char c) {
        return Texts.isSpace(c) || c == '\uff1a';
    }

    /** Whitespace-separated tokens, lower-cased, without surrounding punctuation (but keeping "a.m."). */
    private static List<String> words(String p) {
        List<String> out = new java.util.ArrayList<>();
        int i = 0;
        int n = p.length();
        while (i < n) {
            while (i < n && isGap(p.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < n && !isGap(p.charAt(i))) {
                i++;
            }
            if (s == i) {
                break;
            }
            String w = p.substring(s, i);
            while (!w.isEmpty() && TRIMMED.indexOf(w.charAt(w.length() - 1)) >= 0) {
                w = w.substring(0, w.length() - 1);
            }
            while (!w.isEmpty() && TRIMMED.indexOf(w.charAt(0)) >= 0) {
                w = w.substring(1);
            }
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static boolean isDate(List<String> words) {
        int i = 0;
        // an opener such as "Updated", "Stand:", "Publié le"
        for (int len = Math.min(3, words.size()); len >= 1; len--) {
            String opener = String.join(" ", words.subList(0, len)).toLowerCase(Locale.ROOT);
            if (DATE_OPENERS.contains(opener) || opener.endsWith(":") && DATE_OPENERS.contains(opener.substring(0, opener.length() - 1))) {
                i = len;
                break;
            }
        }
        // without an opener a time alone ("19:15 BST") is a live blog's entry heading: it needs a date
        boolean dated = i > 0;
        boolean number = false;
        for (; i < words.size(); i++) {
            String w = words.get(i).toLowerCase(Locale.ROOT);
            String bare = w.endsWith(".") && !w.equals("a.m.") && !w.equals("p.m.") ? w.substring(0, w.length() - 1) : w;
            int cjk = cjkDate(bare);
            if (cjk != 0) {
                number = true;
                dated |= cjk == CJK_DATED;
            } else if (isNumber(bare)) {
                number = true;
                dated |= isYearOrDate(bare);
            } else if (DATE_WORDS.contains(bare) || DATE_WORDS.contains(w)) {
                dated |= bare.length() > 2 && Texts.isLetter(bare.charAt(0)) && MONTHS_AND_DAYS.contains(bare);
            } else {
                return false;
            }
        }
        return number && dated;
    }

    /**
     * 2026, 1999, 21.01.2026, 12/03/26, 2026-03-03: a year, or three numbers as a date writes them
     * (day and month of one or two digits, the year of two or four, first or last); not a phone
     * number such as 02-751-1500
     */
    private static boolean isYearOrDate(String w) {
        int parts = 1;
        int[] len = new int[3];
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c == '.' || c == '/' || c == '-') {
                if (parts == 3) {
                    return false;
                }
                parts++;
            } else if (!Character.isDigit(c)) {
                return false;
            } else {
                len[parts - 1]++;
            }
        }
        if (parts == 1) {
            return w.length() == 4 && (w.startsWith("19") || w.startsWith("20"));
        }
        boolean dayMonth = len[1] >= 1 && len[1] <= 2;
        return parts == 3 && dayMonth && (len[0] >= 1 && len[0] <= 2 && (len[2] == 2 || len[2] == 4)
                || len[0] == 4 && len[2] >= 1 && len[2] <= 2);
    }

    /** Morning and afternoon in Japanese, Chinese and Korean, which may open a time. */
    private static final Set<String> CJK_HALF_DAYS = Set.of("\u5348\u524d", "\u5348\u5f8c", "\u4e0a\u5348", "\u4e0b\u5348",
            "\uc624\uc804", "\uc624\ud6c4");

    /** {@link #cjkDate}: a time or a day ("17時04分", "21일"). */
    private static final int CJK_NUMBER = 1;
    /** {@link #cjkDate}: a year of four digits or a month ("2026年1月21日", "2026년", "1월"). */
    private static final int CJK_DATED = 2;

    /**
     * Chinese, Japanese and Korean write a unit after each number of a date or time: 2026年1月21日,
     * 17時04分, 2026년 1월 21일, 17시 4분 (the unit chars are letters, so such a token is neither a
     * number nor a word of the date vocabulary).
     *
     * @return 0 unless w is numbers each followed by a unit (year, month, day, hour, minute, second),
     *     after a morning or afternoon word, if any; else {@link #CJK_DATED} when it has a four-digit
     *     year or a month, else {@link #CJK_NUMBER}
     */
    private static int cjkDate(String w) {
        int n = w.length();
        // a time may open with its half of the day, glued to it: 午後5時4分
        int i = n > 2 && CJK_HALF_DAYS.contains(w.substring(0, 2)) ? 2 : 0;
        if (n - i < 2 || n > 24 || w.charAt(i) < '0' || w.charAt(i) > '9') {
            return 0;
        }
        boolean dated = false;
        while (i < n) {
            int d = i;
            while (i < n && w.charAt(i) >= '0' && w.charAt(i) <= '9') {
                i++;
            }
            if (i == d || i == n) {
                return 0; // a unit without its number, or a number without its unit
            }
            switch (w.charAt(i)) {
                case '\u5e74': case '\ub144': // 年, 년
                    dated |= i - d == 4;
                    break;
                case '\u6708': case '\uc6d4': // 月, 월
                    dated = true;
                    break;
                case '\u65e5': case '\u53f7': case '\uc77c': // 日, 号, 일
                case '\u6642': case '\u65f6': case '\uc2dc': // 時, 时, 시
                case '\u5206': case '\ubd84': // 分, 분
                case '\u79d2': case '\ucd08': // 秒, 초
                    break;
                default:
                    return 0;
            }
            i++;
        }
        return dated ? CJK_DATED : CJK_NUMBER;
    }

    /** 2026, 21.01.2026, 17:04, 3:42pm, 12/03/2026, 2026-03-03, 3rd, 1er */
    private static boolean isNumber(String w) {
        boolean digit = false;
        int letters = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isDigit(c)) {
                digit = true;
            } else if (Texts.isLetter(c)) {
                letters++;
            } else if (c != ':' && c != '.' && c != '/' && c != '-' && c != 'h') {
                return false;
            }
        }
        return digit && letters <= 2 && w.length() <= 12;
    }

    private static boolean isReadingTime(String p) {
        String s = p.toLowerCase(Locale.ROOT).strip();
        if (Texts.countWords(s, 0, s.length(), 6) > 6 || !Texts.hasDigit(s, 0, s.length())) {
            return false;
        }
        for (String r : READ_WORDS) {
            if (s.contains(r)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isByline(String p, List<String> words) {
        int opener = 0;
        for (int len = Math.min(2, words.size() - 1); len >= 1; len--) {
            String o = String.join(" ", words.subList(0, len)).toLowerCase(Locale.ROOT);
            if (BY.contains(o)) {
                opener = len;
                break;
            }
        }
        if (opener == 0 || words.size() - opener > 12) {
            return false;
        }
        if (!Texts.isUpper(words.get(opener).charAt(0))) {
            return false;
        }
        String trimmed = p.strip();
        if (trimmed.endsWith(".") && trimmed.length() > 2 && Character.isLowerCase(trimmed.charAt(trimmed.length() - 2))) {
            return false; // a sentence, not a byline
        }
        int caps = 0;
        int counted = 0;
        for (String w : words.subList(opener, words.size())) {
            if (NAME_LINKS.contains(w.toLowerCase(Locale.ROOT))) {
                continue;
            }
            counted++;
            if (Texts.isUpper(w.charAt(0))) {
                caps++;
            }
        }
        return counted > 0 && caps >= NAME_SHARE * counted;
    }

    /** @return how many words are capitalised or name links */
    private static int names(List<String> words) {
        int n = 0;
        for (String w : words) {
            if (Texts.isUpper(w.charAt(0)) || NAME_LINKS.contains(w.toLowerCase(Locale.ROOT)) || w.equals("The")) {
                n++;
            }
        }
        return n;
    }

    @Override
    public String toString() {
        return "bylines";
    }
}
