package org.newsclean;

import java.util.ArrayList;
import java.util.List;

/**
 * A heuristic driven by a phrase list: it flags the matches of its own phrases where their mode
 * allows (see {@link PhraseBook}). A line made only of boilerplate phrases (of any phrase
 * heuristic in the pipeline), separators and flagged spans goes whole; elsewhere a phrase goes
 * only where its mode says it stands apart from the article text. When unsure, the text stays.
 * A heading among those lines may take what follows it ({@link Follows}): the headlines listed
 * under "Most read", the comments under "Join the conversation".
 */
class PhraseHeuristic implements Heuristic, UsesPhrases {
    /** A {@code lead} phrase takes its line only when the line has at most this many words. */
    static final int LEAD_MAX_WORDS = 30;
    /** A {@code contains} phrase takes its line only when the line has at most this many words. */
    static final int CONTAINS_MAX_WORDS = 40;
    /**
     * A line with more phrase matches than this is judged only as a whole (it goes when it is all
     * boilerplate); match-by-match decisions cost time quadratic in the matches of a line. Real
     * pages have at most a few dozen on a line.
     */
    static final int MAX_MATCH_DECISIONS = 1000;

    /** A heading (a line that is only this heuristic's phrases, see {@link Follows}) has at most this many words. */
    static final int HEADING_MAX_WORDS = 8;
    /** At most this many headlines are taken after a list's heading. */
    static final int MAX_LISTED = 12;
    /** At most this many lines of a comment thread are looked at (a bound on the work per heading). */
    static final int MAX_THREAD_LINES = 400;
    /** A comment in a thread has at most this many words. */
    static final int MAX_COMMENT_WORDS = 80;
    /**
     * What a heading, a line that is only one of a heuristic's phrases, takes with it after it. Such
     * lines go for what stands around them, not for what they say, and are flagged so
     * ({@link Flags#lineFromContext}): page-blocks still judges the page with them.
     */
    enum Follows {
        /** Nothing. */
        NOTHING,
        /** The headlines listed under it: "Most read", "You may also like", "Mehr zum Thema" (see {@link #takeList}). */
        HEADLINES,
        /** A thread of reader comments to the end of the text: "Join the conversation" (see {@link #takeThread}). */
        COMMENTS,
        /**
         * The pitch between a box's heading and its button, when the next line of the list stands
         * close after it: "Newsletter", "Get the day's top stories in your inbox.", "Sign up" (see {@link #takePitch}).
         */
        PITCH
    }

    private final String name;
    private final Category category;
    private final List<PhraseBook.Entry> phrases;
    private final String what;
    /** What a heading of this heuristic takes with it. */
    private final Follows follows;

    PhraseHeuristic(String name, Category category, String resource, String what) {
        this(name, category, resource, what, Follows.NOTHING);
    }

    /** @param follows what a line that is only a phrase of this list takes after it */
    PhraseHeuristic(String name, Category category, String resource, String what, Follows follows) {
        this.name = name;
        this.category = category;
        this.what = what;
        this.follows = follows;
        this.phrases = PhraseBook.load(resource, category, name);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<PhraseBook.Entry> phrases() {
        return phrases;
    }

    @Override
    public void apply(TextDocument doc, Flags flags) {
        PhraseScan scan = doc.phrases();
        String text = doc.text();
        List<Line> lines = doc.lines();
        int me = scan.owner(name);
        TextDocument.LineLooks looks = doc.looks(this);
        // lines that are only phrases of this list: headings, when they take what follows them
        boolean takesFollowers = follows != Follows.NOTHING;
        // a box's parts, heading or button, are the lines this list takes whole, however long
        boolean boxParts = follows == Follows.PITCH;
        List<Line> headings = null;
        for (int li : scan.linesOf(name)) {
            if (!looks.again(li)) {
                continue; // unchanged since the last round: the same decisions, already flagged
            }
            Line line = lines.get(li);
            int[] m = scan.matches(li);
            if (doc.isRemoved(line)) {
                continue;
            }
            if (LineCover.coveredByPhrases(doc, line, scan, m)) {
                // each match also takes the bare numbers (share counts) that follow it
                for (int k = 0; k < m.length; k += 3) {
                    if (scan.ownerOf(m[k + 2]) == me) {
                        String reason = what + " (a line of boilerplate phrases)";
                        if (k == 0 && Texts.hasWordChar(text, line.start(), m[k])) {
                            flags.span(line.start(), m[k], category, reason);
                        }
                        flags.span(m[k], m[k + 1], category, reason);
                        int to = k + 3 < m.length ? m[k + 3] : line.end();
                        if (Texts.hasWordChar(text, m[k + 1], to)) {
                            flags.span(m[k + 1], to, category, reason);
                        }
                    }
                }
                if (takesFollowers && (boxParts || line.wordCount() <= HEADING_MAX_WORDS)
                        && (allMine(scan, m, me) || leadsLine(line, scan, m, me))) {
                    headings = add(headings, line);
                }
                continue;
            }
            if (!decidesAlone(scan, m, me)) {
                continue; // line and list phrases count only on a line of boilerplate phrases
            }
            if (m.length / 3 > MAX_MATCH_DECISIONS && openMatches(doc, line, scan, m, me) > MAX_MATCH_DECISIONS) {
                continue;
            }
            LineCover.Edges edges = new LineCover.Edges(doc, line, m);
            int words = -1;
            for (int k = 0; k < m.length; k += 3) {
                int id = m[k + 2];
                if (scan.ownerOf(id) != me) {
                    continue;
                }
                int s = m[k];
                int e = m[k + 1];
                PhraseBook.Entry entry = scan.entry(id);
                switch (entry.mode()) {
                    case ANY:
                        flags.span(s, e, category, what);
                        break;
                    case EDGE:
                        if (edges.atEdge(s, e)) {
                            flags.span(s, e, category, what + " at the edge of a line");
                        }
                        break;
                    case SENTENCE:
                        if (Sentences.standsAlone(text, s, e, line, edges.startsLine(s), edges.flagged)) {
                            flags.span(s, e, category, what + " standing as its own sentence");
                        }
                        break;
                    case LEAD:
                        if (words < 0) {
                            words = doc.unflaggedWordCount(line);
                        }
                        if (words <= LEAD_MAX_WORDS && edges.startsLine(s)) {
                            flags.span(s, line.end(), category, what + " (a short line that starts with \""
                                    + text.substring(s, e) + "\")");
                            if (boxParts
                                    || takesFollowers && !Texts.hasWordChar(text, e, line.end()) && words <= HEADING_MAX_WORDS) {
                                headings = add(headings, line);
                            }
                        } else if (isPromptTail(text, s, e, line, edges.flagged)) {
                            flags.span(s, line.end(), category, what + " (a prompt that ends a paragraph: \""
                                    + text.substring(s, e) + "\")");
                        }
                        break;
                    case CONTAINS:
                        if (words < 0) {
                            words = doc.unflaggedWordCount(line);
                        }
                        if (words <= CONTAINS_MAX_WORDS) {
                            flags.line(line, category, what + " (a short line that contains \"" + text.substring(s, e) + "\")");
                            if (boxParts) {
                                headings = add(headings, line);
                            }
                        }
                        break;
                    default:
                        // LINE and LIST count only when the whole line is boilerplate
                        break;
                }
            }
        }
        if (headings != null && follows == Follows.HEADLINES) {
            for (int k = 0; k < headings.size(); k++) {
                // a list ends where the next heading starts its own
                int next = k + 1 < headings.size() ? headings.get(k + 1).index() : doc.lines().size();
                takeList(doc, flags, headings.get(k), next);
            }
        } else if (headings != null && follows == Follows.PITCH) {
            for (int k = 0; k + 1 < headings.size(); k++) {
                takePitch(doc, flags, headings.get(k), headings.get(k + 1));
            }
        } else if (headings != null && follows == Follows.COMMENTS) {
            int footer = footerStart(doc, scan);
            for (Line h : headings) {
                if (takeThread(doc, flags, h, footer)) {
                    break;
                }
            }
        }
    }

    /** A prompt that ends a paragraph ({@link #isPromptTail}) takes at most this many words after it. */
    static final int TAIL_MAX_WORDS = 15;
    /** ... in at most this many chars, flagged text aside. */
    static final int TAIL_MAX_CHARS = 200;

    /**
     * @return whether the phrase t[s, e), which ends as a prompt does (a colon, "»" or "›", or a
     *     colon after it), follows a sentence's end inside the line and takes the line's rest, a
     *     headline's few words without a sentence end of their own: "... start in May. Read more:
     *     Fares stay the same". Flagged text (a link's markup, say) does not count on either side.
     * @param flagged the line's flagged intervals, disjoint and sorted ({@link LineCover.Edges#flagged}), or null
     */
    static boolean isPromptTail(String t, int s, int e, Line line, int[] flagged) {
        int colon = e;
        int spaces = 0;
        while (colon < line.end()) {
            int in = Sentences.interval(flagged, colon);
            if (in >= 0) {
                colon = flagged[in + 1]; // flagged text between the phrase and its colon does not count
            } else if (spaces < 4 && Texts.isSpace(t.charAt(colon))) {
                colon++;
                spaces++;
            } else {
                break;
            }
        }
        if (!isPromptEnd(t.charAt(e - 1)) && !(colon < line.end() && t.charAt(colon) == ':') || s <= line.start()) {
            return false; // "Read more:", "Lesen Sie auch:" (the colon after the phrase), "Read more »"
        }
        int p = Sentences.skipBack(t, s - 1, line.start(), flagged);
        if (p < line.start() || p == s - 1 || ".!?\u201d\"".indexOf(t.charAt(p)) < 0) {
            return false; // glued to a word, or no sentence ends before it
        }
        // the rest of the line, flagged text aside: a headline's few words
        int chars = 0;
        int words = 0;
        boolean inWord = false;
        for (int i = e; i < line.end(); i++) {
            int in = Sentences.interval(flagged, i);
            if (in >= 0) {
                i = flagged[in + 1] - 1;
                inWord = false;
                continue;
            }
            char c = t.charAt(i);
            if (++chars > TAIL_MAX_CHARS) {
                return false;
            }
            boolean w = Texts.isWordChar(c);
            if (w && !inWord && ++words > TAIL_MAX_WORDS) {
                return false;
            }
            inWord = w;
            if ((c == '.' || c == '!' || c == '?') && i + 1 < line.end() && Texts.isSpace(t.charAt(i + 1))
                    && wordFollows(t, i + 1, line.end(), flagged, TAIL_MAX_CHARS - chars)) {
                return false; // a sentence goes on after it
            }
        }
        return true;
    }

    /**
     * @return whether a word char stands in t[from, to) outside the flagged intervals, looking at
     *     most {@code limit} chars outside them (true past that: there is more than a tail)
     */
    private static boolean wordFollows(String t, int from, int to, int[] flagged, int limit) {
        for (int i = from; i < to; i++) {
            int in = Sentences.interval(flagged, i);
            if (in >= 0) {
                i = flagged[in + 1] - 1;
                continue;
            }
            if (Texts.isWordChar(t.charAt(i)) || --limit < 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPromptEnd(char c) {
        return c == ':' || c == '\u00bb' || c == '\u203a';
    }

    /** @return whether every match on a line is this heuristic's */
    private static boolean allMine(PhraseScan scan, int[] m, int me) {
        for (int k = 2; k < m.length; k += 3) {
            if (scan.ownerOf(m[k]) != me) {
                return false;
            }
        }
        return true;
    }

    /** @return true when the line starts with a lead phrase of this heuristic ("More from" in "More from UK"), the rest being its own */
    private static boolean leadsLine(Line line, PhraseScan scan, int[] m, int me) {
        return m[0] == line.start() && scan.ownerOf(m[2]) == me && scan.entry(m[2]).mode() == PhraseBook.Mode.LEAD;
    }

    private static List<Line> add(List<Line> list, Line line) {
        List<Line> l = list == null ? new ArrayList<>() : list;
        if (l.isEmpty() || l.get(l.size() - 1) != line) {
            l.add(line);
        }
        return l;
    }

    /** A box's pitch has at most this many lines ... */
    static final int MAX_PITCH_LINES = 2;
    /** ... of at most this many words each. */
    static final int MAX_PITCH_WORDS = 30;
    /** A box's heading and button stand at most this many lines apart, lines other heuristics removed included. */
    static final int MAX_PITCH_SPAN = 6;

    /**
     * Flags the lines between two headings of this list that stand close together, a box's heading
     * and its button with the box's pitch between them: {@link #MAX_PITCH_LINES} lines at most
     * still standing, each of {@link #MAX_PITCH_WORDS} words at most, the two at most
     * {@link #MAX_PITCH_SPAN} lines apart, the button {@link #HEADING_MAX_WORDS} words at most (the
     * heading may be a longer prompt: "Sign up for The Morning newsletter from the Times").
     */
    private void takePitch(TextDocument doc, Flags flags, Line heading, Line button) {
        if (button.index() - heading.index() > MAX_PITCH_SPAN || button.wordCount() > HEADING_MAX_WORDS) {
            return; // too far apart, or two prompts around a line of the article
        }
        List<Line> lines = doc.lines();
        List<Line> pitch = new ArrayList<>();
        for (int j = heading.index() + 1; j < button.index(); j++) {
            Line l = lines.get(j);
            if (doc.isRemoved(l)) {
                continue;
            }
            if (pitch.size() == MAX_PITCH_LINES || l.wordCount() > MAX_PITCH_WORDS) {
                return;
            }
            pitch.add(l);
        }
        String reason = what + " (between \"" + heading.text() + "\" and \"" + button.text() + "\")";
        for (Line l : pitch) {
            flags.line(l, category, reason); // not from context: to page-blocks the box is one gap, its pitch among its parts
        }
    }

    /**
     * Flags the headlines listed under a heading: the lines after it (past lines already removed,
     * such as an ad label between them, up to the next heading) while they read as headlines
     * ({@link #isListedHeadline}), {@link #MAX_LISTED} at most, when there are two or more. A
     * heading followed by one short line and then prose is a button ("Read more") before the
     * article's next subheading.
     */
    private void takeList(TextDocument doc, Flags flags, Line heading, int nextHeading) {
        List<Line> lines = doc.lines();
        List<Line> listed = new ArrayList<>();
        // a bound on the lines looked at, so that many headings cost time linear in the text
        int last = Math.min(nextHeading, heading.index() + 2 * MAX_LISTED + 1);
        PhraseScan scan = doc.phrases();
        for (int j = heading.index() + 1; j < last && listed.size() < MAX_LISTED; j++) {
            Line l = lines.get(j);
            if (doc.isRemoved(l)) {
                continue;
            }
            int[] m = scan.matches(j);
            if (m != null && LineCover.coveredByPhrases(doc, l, scan, m)) {
                break; // a line of boilerplate phrases, the next heuristic's heading ("139 comments"), ends the list
            }
            // what is left of a line, when earlier heuristics took some of it (a Markdown link's address, say)
            if (!isListedHeadline(doc.isTouched(l) ? doc.unflaggedText(l).strip() : l.text())) {
                break;
            }
            listed.add(l);
        }
        if (listed.size() < 2) {
            return;
        }
        String reason = what + " (a headline listed under \"" + heading.text() + "\")";
        for (Line l : listed) {
            flags.lineFromContext(l, category, reason);
        }
    }

    /**
     * Flags a thread of reader comments after its heading: when the heading stands in the second
     * half of the text and every line after it that is still standing belongs to a comment (a
     * commenter's name, {@link #isCommenterName}, then the comment on one line of at most
     * {@link #MAX_COMMENT_WORDS} words) or to the footer after them (lines with boilerplate
     * phrases), two comments or more; all of them or nothing. The article never goes on after its
     * comments, so a comment count near the top ("12 comments") or article text after the heading
     * leaves everything standing.
     *
     * @param footer the first line of the footer ({@link #footerStart})
     * @return whether it flagged a thread
     */
    private boolean takeThread(TextDocument doc, Flags flags, Line heading, int footer) {
        if (heading.start() * 2 < doc.length()) {
            return false;
        }
        List<Line> lines = doc.lines();
        if (lines.size() - heading.index() > MAX_THREAD_LINES) {
            return false;
        }
        List<Line> thread = new ArrayList<>();
        Line name = null;
        for (int j = heading.index() + 1; j < lines.size(); j++) {
            Line l = lines.get(j);
            if (doc.isRemoved(l)) {
                continue;
            }
            if (name == null && thread.size() >= 4 && j >= footer) {
                break; // the page's footer, which a later heuristic takes ("Copyright ...")
            }
            if (doc.isTouched(l)) {
                return false;
            }
            if (name == null) {
                if (!isCommenterName(l.text())) {
                    return false;
                }
                name = l;
            } else {
                if (l.wordCount() > MAX_COMMENT_WORDS) {
                    return false;
                }
                thread.add(name);
                thread.add(l);
                name = null;
            }
        }
        if (name != null || thread.size() < 4) {
            return false;
        }
        String reason = what + " (a reader's comment under \"" + heading.text() + "\")";
        for (Line l : thread) {
            flags.lineFromContext(l, category, reason);
        }
        return true;
    }

    /**
     * @return the first line of the text's footer: the run of lines at its end in which every
     *     line still standing has a boilerplate phrase ("Copyright ..."), or the line count when none
     */
    private static int footerStart(TextDocument doc, PhraseScan scan) {
        List<Line> lines = doc.lines();
        int k = lines.size();
        while (k > 0 && (doc.isRemoved(lines.get(k - 1)) || scan.matches(k - 1) != null)) {
            k--;
        }
        return k;
    }

    /**
     * @return whether a line reads as a commenter's name or handle: one to four words, at most 40
     *     chars, not ending as a sentence does ("J. Malloy", "northside_dad", "Jean-Luc R.")
     */
    static boolean isCommenterName(String t) {
        int n = t.length();
        if (n == 0 || n > 40) {
            return false;
        }
        char last = t.charAt(n - 1);
        if (last == '!' || last == '?' || last == ':' || last == ',' || last == '.' && (n < 3 || t.charAt(n - 3) != ' ')) {
            return false; // a full stop ends a sentence, unless it ends an initial ("Jean-Luc R.")
        }
        int words = Texts.countWords(t, 0, n, 5);
        return words >= 1 && words <= 4;
    }

    /**
     * @return whether a line reads as a headline in a list of stories: two to sixteen words and at
     *     most 150 chars, not starting with a small letter, and not ending as a sentence or an
     *     introduction does (a full stop, a colon, a comma; a trailing ellipsis of a cut teaser is fine)
     */
    static boolean isListedHeadline(String t) {
        int n = t.length();
        if (n < 8 || n > 150 || Character.isLowerCase(t.codePointAt(0))) {
            return false;
        }
        int e = Texts.endBeforeClosers(t, 0, n);
        if (e == 0) {
            return false;
        }
        char last = t.charAt(e - 1);
        boolean ellipsis = last == '\u2026' || t.startsWith("...", e - 3);
        if (!ellipsis && (last == '.' || last == ':' || last == ';' || last == ',' || last == '\u3002')) {
            return false;
        }
        int words = Texts.countWords(t, 0, n, 17);
        return words >= 2 && words <= 16;
    }

    /** @return whether one of this heuristic's matches has a mode that decides on its own, not only {@code line} or {@code list} */
    private static boolean decidesAlone(PhraseScan scan, int[] m, int me) {
        for (int k = 2; k < m.length; k += 3) {
            if (scan.ownerOf(m[k]) == me) {
                PhraseBook.Mode mode = scan.entry(m[k]).mode();
                if (mode != PhraseBook.Mode.LINE && mode != PhraseBook.Mode.LIST) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * @return how many of this heuristic's matches on the line lie outside earlier flags: those
     *     are the ones a second run would see again
     */
    private static int openMatches(TextDocument doc, Line line, PhraseScan scan, int[] m, int me) {
        int[] iv = doc.lineFlags(line.index());
        int n = iv == null ? 0 : iv.length;
        int k = 0;
        int reach = Integer.MIN_VALUE;
        int open = 0;
        for (int j = 0; j < m.length; j += 3) {
            while (k < n && iv[k] <= m[j]) {
                reach = Math.max(reach, iv[k + 1]);
                k += 2;
            }
            if (scan.ownerOf(m[j + 2]) == me && reach < m[j + 1]) {
                open++;
            }
        }
        return open;
    }

    @Override
    public String toString() {
        return name;
    }
}
