package org.newsclean;

import java.util.Set;
import java.util.function.IntFunction;

/**
 * A live blog in whole-page text: entries under bare clock times, newest first ("14.32 GMT", an
 * entry's title, its text; then "13.55 GMT" ...). Each entry ends in its own share buttons or an
 * ad label, which other heuristics remove; between entries those gaps are no border of the article
 * (see {@link PageBlocks#locate}).
 */
final class LiveBlog {
    /** A live blog has at least this many entries in a row. */
    static final int MIN_ENTRIES = 3;
    /** An entry's title, between its time and its text, has at most this many words. */
    static final int MAX_TITLE_WORDS = 15;
    /** An entry's time stands at most this many lines after the end of the entry before it. */
    static final int MAX_BETWEEN = 4;
    /** What may follow a clock time on its line, lower-cased: half of the day, time zone. */
    private static final Set<String> AFTER_TIME = Set.of("am", "pm", "a.m.", "p.m.", "gmt", "bst", "cet", "cest", "est",
            "edt", "et", "pt", "pst", "pdt", "utc", "ist", "aest", "aedt", "uhr", "h", "mez", "mesz");

    private LiveBlog() {
    }

    /**
     * @return the minutes since midnight of t[s, e) when it is a bare clock time, "14.32 GMT",
     *     "9:05 am", "9.05pm", "10:15 Uhr" (two tokens after it at most), else -1
     */
    static int clockTime(String t, int s, int e) {
        while (s < e && Texts.isSpace(t.charAt(s))) {
            s++;
        }
        while (e > s && Texts.isSpace(t.charAt(e - 1))) {
            e--;
        }
        if (e - s > 20) {
            return -1; // a line longer than any time with its zone
        }
        int i = s;
        int hour = 0;
        while (i < e && i - s < 2 && isDigit(t.charAt(i))) {
            hour = hour * 10 + t.charAt(i) - '0';
            i++;
        }
        if (i == s || i + 3 > e || t.charAt(i) != ':' && t.charAt(i) != '.'
                || !isDigit(t.charAt(i + 1)) || !isDigit(t.charAt(i + 2))) {
            return -1;
        }
        int minute = (t.charAt(i + 1) - '0') * 10 + t.charAt(i + 2) - '0';
        i += 3;
        if (hour > 23 || minute > 59 || i < e && isDigit(t.charAt(i))) {
            return -1;
        }
        int tokens = 0;
        while (i < e) {
            while (i < e && Texts.isSpace(t.charAt(i))) {
                i++;
            }
            int from = i;
            while (i < e && !Texts.isSpace(t.charAt(i))) {
                i++;
            }
            String token = t.substring(from, i).toLowerCase(java.util.Locale.ROOT);
            if (++tokens > 2 || !AFTER_TIME.contains(token)) {
                return -1;
            }
            if ((token.equals("pm") || token.equals("p.m.")) && hour < 12) {
                hour += 12;
            } else if ((token.equals("am") || token.equals("a.m.")) && hour == 12) {
                hour = 0;
            }
        }
        return hour * 60 + minute;
    }

    /** @return whether c is an ASCII digit (a clock time's value is read from it as {@code c - '0'}) */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * The longest run of live-blog entries: a line that is a clock time ({@link #clockTime}), perhaps
     * a title of {@link #MAX_TITLE_WORDS} words at most, then text blocks; {@link #MIN_ENTRIES} or
     * more, each time no later than the one before (newest first: a thread of comments runs the
     * other way), each at most {@link #MAX_BETWEEN} lines after the one before ends.
     *
     * @param source per line, the text its offsets refer to
     * @return {the first entry's time line, the last entry's last text block}, or null
     */
    static int[] span(Line[] lines, PageBlocks.Kind[] kinds, IntFunction<String> source) {
        int n = lines.length;
        int[] best = null;
        int first = -1;
        int entries = 0;
        int prevEnd = -1;
        int prevTime = -1;
        for (int i = 0; i < n; i++) {
            int time = clockTime(source.apply(i), lines[i].start(), lines[i].end());
            if (time < 0) {
                continue;
            }
            int text = i + 1;
            if (text < n && kinds[text] != PageBlocks.Kind.GOOD && lines[text].wordCount() <= MAX_TITLE_WORDS) {
                text++; // the entry's title
            }
            if (text >= n || kinds[text] != PageBlocks.Kind.GOOD) {
                continue;
            }
            int end = text;
            while (end + 1 < n && kinds[end + 1] == PageBlocks.Kind.GOOD) {
                end++;
            }
            if (entries > 0 && i - prevEnd <= MAX_BETWEEN && time <= prevTime) {
                entries++;
            } else {
                first = i;
                entries = 1;
            }
            prevEnd = end;
            prevTime = time;
            if (entries >= MIN_ENTRIES && (best == null || end - first > best[1] - best[0])) {
                best = new int[] {first, end};
            }
            i = end;
        }
        return best;
    }
}
