package org.newsclean;

/**
 * Markdown syntax in scraped text, as HTML-to-Markdown scrapers write it. It takes out:
 * <ul>
 *   <li>links' brackets and addresses ({@code [text](https://...)}: the text stays; a link without
 *       text, or inside another link's text, goes whole or loses the outer markup too), also in
 *       reference form ({@code [text][1]}, {@code [text][]}, {@code [text]}) when the document
 *       defines the label, and the definitions' lines whole ({@code [1]: https://... "title"});</li>
 *   <li>autolinks' angle brackets and a {@code mailto:} ({@code <https://...>}, {@code <mailto:...>}): the
 *       address stays, as readers saw it;</li>
 *   <li>images, whole with their alt text, also inside a link ({@code ![alt](...)}, {@code ![alt][1]}),
 *       as captions go;</li>
 *   <li>heading markers ({@code ## }), bullets ({@code * }, {@code - }, {@code + }; numbers stay),
 *       emphasis markers in pairs ({@code **}, {@code __}, {@code *}, {@code _}), backslash escapes
 *       ({@code 1\.}), rules, code fences and tables' delimiter rows;</li>
 *   <li>lists of three links or more and nothing else (a menu when every link text is short, else
 *       a list of other stories) and lines made only of links (a menu, a footer, a share bar).</li>
 * </ul>
 * What is left reads as plain text, so the heuristics after this one (it runs first) see menus,
 * share bars and "Read more" lines as they would in any scraped text.
 *
 * <p>A link hard-wrapped as html2text wraps at 78 columns stays a link: its text may start on the
 * line before (in the same paragraph), its address may go on over one line break after a hyphen,
 * and its title over one line break.
 *
 * <p>It acts only on text that holds two Markdown links or images or more (reference links count
 * when their label is defined), so brackets, asterisks and hashes in plain text ("[sic]", "#1",
 * "* footnote") stay, as does "[sic][2]" when no "[2]: ..." defines its label; never on text
 * extracted from HTML. Every scan is bounded per construct (link text, label, address and title
 * lengths), or resumes where a failed one stopped, so the cost is linear in the text.
 */
final class MarkdownHeuristic implements Heuristic {
    /** A link's text is looked for no further back than this many chars. */
    private static final int MAX_TEXT = 1000;
    /** A link's address (and title) is read no further than this many chars. */
    private static final int MAX_TARGET = 4096;
    /** A reference link's label has at most this many chars (as CommonMark's). */
    private static final int MAX_LABEL = 999;
    /** A list of links has at least this many items. */
    private static final int MIN_LIST = 3;
    /** Markdown links or images a text needs to be taken for Markdown. */
    private static final int MIN_LINKS = 2;
    /** Chars that a backslash escapes in Markdown: the ASCII punctuation. */
    private static final String ESCAPABLE = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    @Override
    public String name() {
        return "markdown";
    }

    @Override
    public void apply(TextDocument doc, Flags flags) {
        if (doc.isFromHtml() || doc.memo(this) != null) {
            return; // the syntax depends on the text alone: the first round flagged it all
        }
        doc.memo(this, Boolean.TRUE);
        String t = doc.text();
        Scan scan = definitions(doc);
        boolean header = readerHeader(doc, flags);
        if (!header && !looksLikeMarkdown(t, doc, scan)) {
            return;
        }
        java.util.List<Line> lines = doc.lines();
        // per line: a list item that is one link and nothing else (1: a menu's, 2: a longer text's), else 0
        byte[] linkItem = new byte[lines.size()];
        scan.floor = 0;
        // the floor the line before left, when a link's text may begin there and end on this line; else -1
        int carry = -1;
        for (Line line : lines) {
            if (scan.isDefinition(line.index())) {
                flags.line(line, Category.LAYOUT, "Markdown link reference definition");
                carry = -1;
                continue;
            }
            // the line starts inside a link's address or title wrapped from the line before
            boolean wrapped = scan.resume > line.start();
            if (wrapped && scan.resume >= line.end()) {
                carry = scan.floor;
                continue;
            }
            int bullet = wrapped ? -1 : bulletEnd(t, line.start(), line.end());
            int from = wrapped ? scan.resume : lineStructure(t, line.start(), line.end(), bullet, flags);
            // a heading's closing hashes ("## Title ##") went with its marker: its text ends before them
            int to = wrapped || from >= line.end() ? line.end() : closingHashes(t, line.start(), from, line.end());
            if (from >= line.end()) {
                carry = -1;
                continue;
            }
            // a numbered item's number stays, but it is no text of its own
            int numbered = wrapped ? -1 : numberedEnd(t, from, line.end());
            int textFrom = numbered >= 0 ? numbered : from;
            boolean goesOn = carry >= 0 && line.blankLinesBefore() == 0 && (wrapped || from == line.start() && numbered < 0);
            scan.floor = goesOn ? carry : textFrom;
            int summary = inline(t, textFrom, to, flags, scan);
            carry = scan.floor;
            int links = summary & LINKS;
            if ((summary & OTHER_TEXT) != 0 || links == 0) {
                continue;
            }
            if (bullet >= 0 || numbered >= 0) {
                linkItem[line.index()] = (byte) (links == 1 && (summary & LONG_LINK) == 0 ? 1 : 2);
            } else if (links >= 2) {
                flags.line(line, Category.NAVIGATION, "a line of Markdown links and nothing else (a menu or a footer)");
            }
        }
        linkLists(lines, linkItem, flags);
    }

    /**
     * Flags the lists of {@link #MIN_LIST} items or more (lines one after the other, blank lines aside) whose
     * every item is one link and nothing else: a menu when every link text is short, else a list
     * of other stories. An article's own list says more than its links.
     */
    private static void linkLists(java.util.List<Line> lines, byte[] linkItem, Flags flags) {
        int i = 0;
        while (i < lines.size()) {
            if (linkItem[i] == 0) {
                i++;
                continue;
            }
            int items = 0;
            boolean menu = true;
            int j = i;
            while (j < lines.size() && linkItem[j] != 0) {
                items++;
                menu &= linkItem[j] == 1;
                j++;
            }
            if (items >= MIN_LIST) {
                for (int k = i; k < j; k++) {
                    if (linkItem[k] != 0) {
                        flags.line(lines.get(k), menu ? Category.NAVIGATION : Category.RELATED, menu
                                ? "a Markdown list of short links (a menu)" : "a Markdown list of links (other stories)");
                    }
                }
            }
            i = j;
        }
    }

    /** The labels of the header a reader service puts before the page's Markdown, in their order. */
    private static final String[] HEADER_LABELS = {"Title:", "URL Source:", "Published Time:", "Warning:", "Markdown Content:"};

    /**
     * The header of a reader service's Markdown ("Title: ...", "URL Source: ...", "Published
     * Time: ...", "Warning: ...", "Markdown Content:" on the first lines): the labels go, the title stays as the
     * headline. Only a header that ends with "Markdown Content:" counts.
     *
     * @return whether the text starts with such a header
     */
    private static boolean readerHeader(TextDocument doc, Flags flags) {
        java.util.List<Line> lines = doc.lines();
        String t = doc.text();
        int n = Math.min(lines.size(), HEADER_LABELS.length);
        int content = -1;
        for (int i = 0; i < n && content < 0; i++) {
            if (t.startsWith("Markdown Content:", lines.get(i).start())) {
                content = i;
            }
        }
        if (content < 0) {
            return false;
        }
        // per header line, its label; every line must carry one, in the header's order, before any goes
        int[] labels = new int[content + 1];
        int label = 0;
        for (int i = 0; i <= content; i++) {
            while (label < HEADER_LABELS.length && !t.startsWith(HEADER_LABELS[label], lines.get(i).start())) {
                label++;
            }
            if (label == HEADER_LABELS.length) {
                return false; // not the header's order
            }
            labels[i] = label++;
        }
        for (int i = 0; i <= content; i++) {
            Line line = lines.get(i);
            int text = skipSpaces(t, line.start() + HEADER_LABELS[labels[i]].length(), line.end());
            if (labels[i] == 0 && text < line.end()) {
                flags.span(line.start(), text, Category.LAYOUT, "label of a reader service's header (the title stays)");
            } else {
                flags.line(line, Category.LAYOUT, "line of a reader service's header");
            }
        }
        return true;
    }

    /**
     * What the scan of one document carries: the labels its reference definitions define, the lines
     * that are definitions, and from line to line where link texts may reach back to and where a
     * link wrapped onto the next line ended.
     */
    private static final class Scan {
        /** The defined labels, as {@link #labelKey} writes them. */
        final java.util.Set<String> labels;
        /** Per line, whether it is a reference definition; null when none is. */
        final boolean[] definitions;
        /** No link's text reaches back before this: each char is looked at by one link's search at most. */
        int floor;
        /** Where the last link ended, when that is past its line's end (its address wrapped); else 0. */
        int resume;
        /** The "[" of the link {@link #linkAt} found last. */
        int start;

        Scan(java.util.Set<String> labels, boolean[] definitions) {
            this.labels = labels;
            this.definitions = definitions;
        }

        boolean isDefinition(int line) {
            return definitions != null && definitions[line];
        }
    }

    /** @return the document's reference definitions ({@code [label]: address "title"}, one a line) as a new scan */
    private static Scan definitions(TextDocument doc) {
        String t = doc.text();
        if (t.indexOf("]:") < 0) {
            return new Scan(java.util.Set.of(), null); // no definition: one search, as most text has none
        }
        java.util.Set<String> labels = new java.util.HashSet<>();
        boolean[] lines = null;
        for (Line line : doc.lines()) {
            // a list's bullet before it is taken as the rest of the markup is (it would go first and leave the definition)
            int bullet = bulletEnd(t, line.start(), line.end());
            String label = definitionLabel(t, bullet >= 0 ? bullet : line.start(), line.end());
            if (label != null) {
                labels.add(label);
                if (lines == null) {
                    lines = new boolean[doc.lines().size()];
                }
                lines[line.index()] = true;
            }
        }
        return new Scan(labels, lines);
    }

    /**
     * @return the label of the reference definition that t[start, end) is, as {@link #labelKey}
     *     writes it ("[label]:", an address without spaces or in angle brackets and not starting
     *     with a bracket, then an optional title in quotes or parentheses, and nothing else), or
     *     null; a footnote ("[^1]: ...") is none
     */
    private static String definitionLabel(String t, int start, int end) {
        if (start + 4 > end || t.charAt(start) != '[' || t.charAt(start + 1) == '^') {
            return null;
        }
        int close = labelEnd(t, start + 1);
        if (close < 0 || close + 1 >= end || t.charAt(close + 1) != ':') {
            return null;
        }
        int k = skipSpaces(t, close + 2, end);
        int address = k;
        if (k < end && (t.charAt(k) == '[' || t.charAt(k) == ']')) {
            return null; // no address starts with a bracket: "[News]:[News][1]" is what is left of link markup
        }
        if (k < end && t.charAt(k) == '<') {
            while (k < end && t.charAt(k) != '>') {
                k++;
            }
            if (k == end) {
                return null;
            }
            k++;
        } else {
            while (k < end && t.charAt(k) != ' ' && t.charAt(k) != '\t') {
                k++;
            }
        }
        if (k == address) {
            return null;
        }
        k = skipSpaces(t, k, end);
        if (k < end) {
            char open = t.charAt(k);
            char shut = open == '(' ? ')' : open;
            if (open != '"' && open != '\'' && open != '(' || k + 1 >= end || t.charAt(end - 1) != shut) {
                return null;
            }
            for (int q = k + 1; q < end - 1; q++) {
                if (t.charAt(q) == shut) {
                    return null; // the title closes before the line's end: text follows it
                }
            }
        }
        return labelKey(t, start + 1, close);
    }

    /**
     * @return where the "]" that ends the label starting at from stands: the first "]" before any
     *     "[" or line break, no further than {@link #MAX_LABEL}; or -1. Scans that stop at
     *     brackets do not overlap, so the cost of all is linear.
     */
    private static int labelEnd(String t, int from) {
        int limit = Math.min(t.length(), from + MAX_LABEL + 1);
        for (int k = from; k < limit; k++) {
            char c = t.charAt(k);
            if (c == ']') {
                return k;
            }
            if (c == '[' || c == '\n') {
                return -1;
            }
            if (c == '\\') {
                k++; // an escaped bracket is part of the label
            }
        }
        return -1;
    }

    /**
     * @return where the "[" of the shortcut label ("[label]") closed at close stands: the last "[",
     *     not escaped, after any "]", line break or floor, no further than {@link #MAX_LABEL}; or
     *     -1. Each scan stops at the "]" before it, so the cost of all is linear.
     */
    private static int labelStart(String t, int floor, int close) {
        int stop = Math.max(floor, close - MAX_LABEL - 1);
        for (int k = close - 1; k >= stop; k--) {
            char c = t.charAt(k);
            if (c == '[') {
                return k > 0 && t.charAt(k - 1) == '\\' ? -1 : k;
            }
            if (c == ']' || c == '\n') {
                return -1;
            }
        }
        return -1;
    }

    /**
     * @return the label t[from, to) as definitions and references are matched on it: in lower case,
     *     its whitespace runs as one space, trimmed; null when it is none (empty, longer than
     *     {@link #MAX_LABEL}, a bracket inside)
     */
    private static String labelKey(String t, int from, int to) {
        if (to - from > MAX_LABEL) {
            return null;
        }
        StringBuilder b = new StringBuilder(to - from);
        boolean space = false;
        for (int k = from; k < to; k++) {
            char c = t.charAt(k);
            if (c == '[' || c == ']') {
                return null;
            }
            if (Texts.isSpace(c)) {
                space = b.length() > 0;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            b.append(Character.toLowerCase(c));
        }
        return b.length() == 0 ? null : b.toString();
    }

    /**
     * @return true when the text holds {@link #MIN_LINKS} links or images or more, reference links
     *     to defined labels among them
     */
    private static boolean looksLikeMarkdown(String t, TextDocument doc, Scan scan) {
        java.util.List<Line> lines = doc.lines();
        boolean references = !scan.labels.isEmpty();
        int found = 0;
        scan.floor = 0; // as in inline: a link's text does not reach back past a failed link's "]"
        for (int a = t.indexOf(']'); a >= 0; a = t.indexOf(']', a + 1)) {
            if (!references && !t.startsWith("](", a)) {
                continue;
            }
            int li = doc.lineIndexAt(a);
            if (li < 0 || scan.isDefinition(li)) {
                continue;
            }
            Line line = lines.get(li);
            // a link's text may begin on the line before, in the same paragraph
            boolean goesOn = li > 0 && line.blankLinesBefore() == 0 && !scan.isDefinition(li - 1);
            scan.floor = Math.max(scan.floor, goesOn ? lines.get(li - 1).start() : line.start());
            if (linkAt(t, a, scan) >= 0) {
                scan.floor = a + 1;
                if (++found >= MIN_LINKS) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Finds the link whose text the "]" at close ends: an inline link ("](address)"), a full or
     * collapsed reference ("][label]", "][]") or a shortcut one ("[label]") to a defined label.
     * A failed search for the link's "[" moves {@link Scan#floor} past close, so none is repeated.
     *
     * @return where the link ends, its "[" in {@link Scan#start}; or -1
     */
    private static int linkAt(String t, int close, Scan scan) {
        char next = close + 1 < t.length() ? t.charAt(close + 1) : '\0';
        if (next == '(') {
            int s = linkStart(t, scan.floor, close);
            int e = s < 0 ? -1 : targetEnd(t, close + 2);
            if (e < 0) {
                scan.floor = close + 1;
                return -1;
            }
            scan.start = s;
            return e;
        }
        if (scan.labels.isEmpty() || close > 0 && t.charAt(close - 1) == '\\') {
            return -1;
        }
        if (next == '[') {
            int labelClose = labelEnd(t, close + 2);
            if (labelClose < 0) {
                return -1;
            }
            boolean collapsed = labelClose == close + 2; // "[text][]": the text is the label
            if (!collapsed && !scan.labels.contains(labelKey(t, close + 2, labelClose))) {
                return -1;
            }
            int s = linkStart(t, scan.floor, close);
            if (s < 0 || collapsed && !scan.labels.contains(labelKey(t, s + 1, close))) {
                scan.floor = close + 1;
                return -1;
            }
            scan.start = s;
            return labelClose + 1;
        }
        int s = labelStart(t, scan.floor, close);
        if (s < 0 || !scan.labels.contains(labelKey(t, s + 1, close))) {
            return -1;
        }
        scan.start = s;
        return close + 1;
    }

    /**
     * @return where the link markup after the "]" at close ends when it makes that "]" close an
     *     outer link's text ("](address)" or "][label]" to a defined label), or -1
     */
    private static int outerTail(String t, int close, Scan scan) {
        if (close + 1 >= t.length() || t.charAt(close) != ']') {
            return -1;
        }
        char next = t.charAt(close + 1);
        if (next == '(') {
            return targetEnd(t, close + 2);
        }
        if (next == '[' && !scan.labels.isEmpty()) {
            int labelClose = labelEnd(t, close + 2);
            return labelClose > close + 2 && scan.labels.contains(labelKey(t, close + 2, labelClose)) ? labelClose + 1 : -1;
        }
        return -1;
    }

    /**
     * Flags a line's heading marker, bullet, rule or code fence.
     *
     * @param bullet the line's {@link #bulletEnd}
     * @return where the line's inline text starts (its end when the whole line went)
     */
    private static int lineStructure(String t, int start, int end, int bullet, Flags flags) {
        int i = indentEnd(t, start, end);
        if (i == end) {
            return end;
        }
        char c = t.charAt(i);
        if (c == '#') {
            int k = i;
            while (k < end && t.charAt(k) == '#' && k - i < 7) {
                k++;
            }
            if (k - i <= 6 && k < end && t.charAt(k) == ' ') {
                int text = skipSpaces(t, k, end);
                flags.span(start, text, Category.LAYOUT, "Markdown heading marker");
                int closing = closingHashes(t, start, text, end);
                if (closing < end) {
                    flags.span(closing, end, Category.LAYOUT, "Markdown heading marker");
                }
                return text;
            }
            return i;
        }
        if (isRule(t, i, end)) {
            flags.span(start, end, Category.LAYOUT, "Markdown rule, code fence or table rule");
            return end;
        }
        if (bullet >= 0) {
            flags.span(start, bullet, Category.LAYOUT, "Markdown list bullet");
            return bullet;
        }
        return i;
    }

    /**
     * @param text where the line's text starts after its structure ({@link #lineStructure})
     * @return where a heading's closing run of hashes starts, the space before it included ("## Title ##"),
     *     or {@code end} when the line is no heading or has none
     */
    private static int closingHashes(String t, int start, int text, int end) {
        int i = indentEnd(t, start, end);
        if (i >= text || t.charAt(i) != '#') {
            return end;
        }
        int e = end;
        while (e > text && t.charAt(e - 1) == ' ') {
            e--;
        }
        int h = e;
        while (h > text && t.charAt(h - 1) == '#') {
            h--;
        }
        return h < e && h > text && t.charAt(h - 1) == ' ' ? h - 1 : end;
    }

    /** @return where the text after a numbered list item's number ("1. ", "12) ") at i starts, or -1 */
    private static int numberedEnd(String t, int i, int end) {
        int k = i;
        while (k < end && k - i < 3 && t.charAt(k) >= '0' && t.charAt(k) <= '9') {
            k++;
        }
        boolean item = k > i && k + 1 < end && (t.charAt(k) == '.' || t.charAt(k) == ')') && (t.charAt(k + 1) == ' ' || t.charAt(k + 1) == '\t');
        return item ? skipSpaces(t, k + 1, end) : -1;
    }

    /** @return where the text after a line's list bullet ("* ", "- ", "+ ") starts, or -1 */
    private static int bulletEnd(String t, int start, int end) {
        int i = indentEnd(t, start, end);
        if (i + 1 >= end) {
            return -1;
        }
        char c = t.charAt(i);
        if (c == '*' || c == '-' || c == '+') {
            return t.charAt(i + 1) == ' ' || t.charAt(i + 1) == '\t' ? skipSpaces(t, i + 1, end) : -1;
        }
        return -1;
    }

    /** @return true when t[i, end) is a rule ("---", "***", "___", "==="), a code fence ("```", "~~~") or a table's delimiter row */
    private static boolean isRule(String t, int i, int end) {
        char c = t.charAt(i);
        if (c == '`' || c == '~') {
            return end - i >= 3 && t.charAt(i + 1) == c && t.charAt(i + 2) == c; // a fence, with its language name
        }
        if (c == '|') {
            return isTableRule(t, i, end);
        }
        if (c != '-' && c != '*' && c != '_' && c != '=') {
            return false;
        }
        int n = 0;
        for (int k = i; k < end; k++) {
            char d = t.charAt(k);
            if (d == c) {
                n++;
            } else if (d != ' ' && d != '\t') {
                return false;
            }
        }
        return n >= 3;
    }

    /** @return true when t[i, end) is a table's delimiter row ("|---|:--:|") */
    private static boolean isTableRule(String t, int i, int end) {
        int dashes = 0;
        for (int k = i; k < end; k++) {
            char d = t.charAt(k);
            if (d == '-') {
                dashes++;
            } else if (d != '|' && d != ':' && d != ' ' && d != '\t') {
                return false;
            }
        }
        return dashes >= 3;
    }

    /** {@link #inline}'s summary of a line: how many links with text it holds (up to this mask). */
    private static final int LINKS = 0xffff;
    /** {@link #inline}'s summary: the line has words outside its links. */
    private static final int OTHER_TEXT = 1 << 16;
    /** {@link #inline}'s summary: one of its links' texts has more than {@link #MENU_WORDS} words. */
    private static final int LONG_LINK = 1 << 17;
    /** A menu item's link text has at most this many words. */
    private static final int MENU_WORDS = 3;

    /**
     * Flags the links, images, autolinks, emphasis markers and escapes of t[from, end), one line's
     * text. A link's text may begin before from, no further back than {@link Scan#floor} (the line
     * before's, when this line goes on its paragraph); a link that ends past end (its address
     * wrapped) leaves its end in {@link Scan#resume}.
     *
     * @return a summary: the links with text ({@link #LINKS}), {@link #OTHER_TEXT}, {@link #LONG_LINK}
     */
    private static int inline(String t, int from, int end, Flags flags, Scan scan) {
        int i = from;
        int links = 0;
        int summary = 0;
        // word chars outside links, as the loop passes them (a link's text is passed before its "](" is)
        int wordChars = 0;
        // for '*' and '_': no single marker closes emphasis before this (a failed search is not repeated)
        int noStarCloseBefore = 0;
        int noUnderscoreCloseBefore = 0;
        while (i < end) {
            char c = t.charAt(i);
            if (c == ']') {
                int e = linkAt(t, i, scan);
                if (e < 0) {
                    i++;
                    continue;
                }
                int s = scan.start;
                // the part of a wrapped link's text on the line before was counted there
                int inText = wordChars(t, Math.max(s, from), i);
                wordChars -= inText;
                int after = link(t, s, i, e, flags, scan);
                // a link inside a link's text ("[[a](b)](c)"): the outer brackets and address are markup too
                for (int open = s; !isImage(t, s) && open - 1 >= scan.floor && t.charAt(open - 1) == '['; open--) {
                    int outer = outerTail(t, after, scan);
                    if (outer < 0) {
                        break;
                    }
                    flags.span(open - 1, open, Category.LAYOUT, "Markdown link markup (its text stays)");
                    flags.span(after, outer, Category.LAYOUT, "Markdown link markup (its text stays)");
                    after = outer;
                }
                if (inText > 0 && !isImage(t, s)) {
                    links++;
                    if (Texts.countWords(t, s + 1, i, MENU_WORDS + 1) > MENU_WORDS) {
                        summary |= LONG_LINK;
                    }
                }
                i = after;
                scan.floor = i;
                continue;
            }
            if (c == '<') {
                int e = autolinkEnd(t, i, end);
                if (e >= 0) {
                    // the address is what a reader saw: only the brackets (and a "mailto:") go
                    int address = t.regionMatches(true, i + 1, "mailto:", 0, 7) ? i + 8 : i + 1;
                    flags.span(i, address, Category.LAYOUT, "Markdown autolink's markup");
                    flags.span(e - 1, e, Category.LAYOUT, "Markdown autolink's markup");
                    wordChars += wordChars(t, address, e - 1);
                    i = e;
                    continue;
                }
            }
            if (c == '\\' && i + 1 < end && ESCAPABLE.indexOf(t.charAt(i + 1)) >= 0) {
                flags.span(i, i + 1, Category.LAYOUT, "Markdown escape");
                i += 2;
                continue;
            }
            if ((c == '*' || c == '_') && i + 1 < end && t.charAt(i + 1) == c && isEmphasisEdge(t, i, end)) {
                flags.span(i, i + 2, Category.LAYOUT, "Markdown emphasis marker");
                i += 2;
                continue;
            }
            if ((c == '*' || c == '_') && opensEmphasis(t, i, end)) {
                int from2 = Math.max(i + 2, c == '*' ? noStarCloseBefore : noUnderscoreCloseBefore);
                int close = closesEmphasis(t, c, from2, Math.min(end, i + MAX_EMPHASIS));
                if (close >= 0) {
                    flags.span(i, i + 1, Category.LAYOUT, "Markdown emphasis marker");
                    flags.span(close, close + 1, Category.LAYOUT, "Markdown emphasis marker");
                } else if (c == '*') {
                    noStarCloseBefore = Math.min(end, i + MAX_EMPHASIS);
                } else {
                    noUnderscoreCloseBefore = Math.min(end, i + MAX_EMPHASIS);
                }
                i++;
                continue;
            }
            if (Texts.isWordChar(c)) {
                wordChars++;
            }
            i++;
        }
        scan.resume = i > end ? i : 0;
        return Math.min(links, LINKS) | summary | (wordChars > 0 ? OTHER_TEXT : 0);
    }

    private static int wordChars(String t, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            if (Texts.isWordChar(t.charAt(k))) {
                n++;
            }
        }
        return n;
    }

    /** @return whether the link text opening at s is an image's alt text ("![" at s - 1) */
    private static boolean isImage(String t, int s) {
        return s > 0 && t.charAt(s - 1) == '!' && !(s > 1 && t.charAt(s - 2) == '\\');
    }

    /**
     * Flags a link t[s, e): "[" at s, "]" at close, its address or label up to e (an image when t[s - 1] is "!").
     * An image goes whole, as does an image inside a link ({@code [![alt](img)](url)}) and a link
     * without text; of any other link the brackets and the address go.
     *
     * @return where the link ends: e, or the end of the link around an image
     */
    private static int link(String t, int s, int close, int e, Flags flags, Scan scan) {
        if (isImage(t, s)) {
            if (s > 1 && t.charAt(s - 2) == '[') {
                int outer = outerTail(t, e, scan);
                if (outer >= 0) {
                    flags.span(s - 2, outer, Category.CAPTION, "Markdown image with a link (its alt text and addresses)");
                    return outer;
                }
            }
            flags.span(s - 1, e, Category.CAPTION, "Markdown image (its alt text and address)");
            return e;
        }
        if (skipSpaces(t, s + 1, close) == close) {
            flags.span(s, e, Category.LAYOUT, "Markdown link without text");
            return e;
        }
        flags.span(s, s + 1, Category.LAYOUT, "Markdown link markup (its text stays)");
        flags.span(close, e, Category.LAYOUT, "Markdown link markup (its text stays)");
        return e;
    }

    /**
     * @return where the "[" that opens the link text closed by the "]" at {@code close} stands, or
     *     -1 when there is none between {@code floor} and close (or further than {@link #MAX_TEXT},
     *     or over more than one line break: a floor on the line before lets a wrapped text be found)
     */
    private static int linkStart(String t, int floor, int close) {
        int depth = 0;
        boolean wrapped = false;
        int stop = Math.max(floor, close - MAX_TEXT);
        for (int k = close - 1; k >= stop; k--) {
            char c = t.charAt(k);
            if (c == '\n') {
                if (wrapped) {
                    return -1;
                }
                wrapped = true;
            }
            if (c == ']') {
                depth++;
            } else if (c == '[') {
                if (depth == 0) {
                    return k;
                }
                depth--;
            }
        }
        return -1;
    }

    /**
     * @param from just after "]("
     * @return the end of the link's target (after its ")"), or -1: an address without spaces (in
     *     balanced parentheses, as Wikipedia's are), or in angle brackets, then an optional quoted
     *     title. One line break may stand in it, as html2text's wrapping puts them: in the address
     *     after a hyphen, before the title or in it; the line after it must not be blank.
     */
    private static int targetEnd(String t, int from) {
        int limit = Math.min(t.length(), from + MAX_TARGET);
        boolean wrapped = false;
        int k = from;
        if (k < limit && t.charAt(k) == '<') {
            while (k < limit && t.charAt(k) != '>' && t.charAt(k) != '\n') {
                k++;
            }
            if (k == limit || t.charAt(k) != '>') {
                return -1;
            }
            k++;
        } else {
            int depth = 0;
            while (k < limit) {
                char c = t.charAt(k);
                if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    if (depth == 0) {
                        break;
                    }
                    depth--;
                } else if ((c == '\n' || c == '\r') && !wrapped && k > from && t.charAt(k - 1) == '-') {
                    int next = nextLine(t, k, limit);
                    if (next < 0) {
                        break;
                    }
                    wrapped = true;
                    k = next;
                    continue;
                } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '[' || c == ']') {
                    break;
                }
                k++;
            }
            if (k == from) {
                return k < limit && t.charAt(k) == ')' ? k + 1 : -1; // "[text]()"
            }
        }
        k = skipSpaces(t, k, limit);
        if (!wrapped && k < limit && (t.charAt(k) == '\n' || t.charAt(k) == '\r')) {
            int next = nextLine(t, k, limit);
            if (next < 0 || t.charAt(next) != '"' && t.charAt(next) != '\'') {
                return -1; // only a title goes on on the next line
            }
            wrapped = true;
            k = next;
        }
        if (k < limit && (t.charAt(k) == '"' || t.charAt(k) == '\'')) {
            char q = t.charAt(k);
            k++;
            while (k < limit && t.charAt(k) != q) {
                if (t.charAt(k) == '\n' || t.charAt(k) == '\r') {
                    int next = wrapped ? -1 : nextLine(t, k, limit);
                    if (next < 0) {
                        return -1;
                    }
                    wrapped = true;
                    k = next;
                    continue;
                }
                k++;
            }
            if (k == limit) {
                return -1;
            }
            k = skipSpaces(t, k + 1, limit);
        }
        return k < limit && t.charAt(k) == ')' ? k + 1 : -1;
    }

    /**
     * @return where the text of the line after the line break at k ("\n" or "\r\n") starts, its
     *     indent skipped; -1 when there is no line break at k or the next line is blank
     */
    private static int nextLine(String t, int k, int limit) {
        if (k < limit && t.charAt(k) == '\r') {
            k++;
        }
        if (k >= limit || t.charAt(k) != '\n') {
            return -1;
        }
        k = skipSpaces(t, k + 1, limit);
        return k < limit && !Texts.isSpace(t.charAt(k)) ? k : -1;
    }

    /** Schemes of the autolinks taken out, in lower case. */
    private static final String[] AUTOLINK_SCHEMES = {"https://", "http://", "mailto:", "ftp://"};

    /**
     * @return the end of the autolink at i ({@code <https://...>}, {@code <mailto:...>}: after its
     *     ">"), or -1; the address has no spaces and no "<", and ends before end and {@link #MAX_TARGET}.
     *     A failed scan stops at the next "<" at the latest, so scans do not overlap.
     */
    private static int autolinkEnd(String t, int i, int end) {
        int k = -1;
        for (String scheme : AUTOLINK_SCHEMES) {
            if (t.regionMatches(true, i + 1, scheme, 0, scheme.length())) {
                k = i + 1 + scheme.length();
                break;
            }
        }
        if (k < 0) {
            return -1;
        }
        int address = k;
        int limit = Math.min(end, k + MAX_TARGET);
        while (k < limit) {
            char c = t.charAt(k);
            if (c == '>') {
                return k > address ? k + 1 : -1;
            }
            if (c == '<' || Texts.isSpace(c)) {
                return -1;
            }
            k++;
        }
        return -1;
    }

    /** A single emphasis marker's partner is looked for no further than this many chars. */
    private static final int MAX_EMPHASIS = 200;

    /** @return true when the single marker at i ("*word", "_word") may open emphasis: no word char or marker before it, no space after it */
    private static boolean opensEmphasis(String t, int i, int end) {
        char c = t.charAt(i);
        return i + 1 < end && t.charAt(i + 1) != c && !Texts.isSpace(t.charAt(i + 1))
                && (i == 0 || !Texts.isWordChar(t.charAt(i - 1)) && t.charAt(i - 1) != c);
    }

    /**
     * @return the first single marker c in t[from, limit) that closes emphasis (a word char before
     *     it, none after it), or -1; which markers close does not depend on where the emphasis
     *     opened, so a search that failed up to limit need not be made again before it
     */
    private static int closesEmphasis(String t, char c, int from, int limit) {
        for (int k = from; k < limit; k++) {
            if (t.charAt(k) == c && Texts.isWordChar(t.charAt(k - 1))
                    && (k + 1 == t.length() || t.charAt(k + 1) != c && !Texts.isWordChar(t.charAt(k + 1)))) {
                return k;
            }
        }
        return -1;
    }

    /**
     * @return true when the marker pair at i opens emphasis (no word char before it, no space after
     *     it) or closes it (no space before it, no word char after it)
     */
    private static boolean isEmphasisEdge(String t, int i, int end) {
        boolean opens = (i == 0 || !Texts.isWordChar(t.charAt(i - 1))) && i + 2 < end && !Texts.isSpace(t.charAt(i + 2));
        boolean closes = i > 0 && !Texts.isSpace(t.charAt(i - 1)) && (i + 2 == end || !Texts.isWordChar(t.charAt(i + 2)));
        return opens || closes;
    }

    /** @return where a line's indent (spaces and tabs, three at most as Markdown allows, or a fourth) ends */
    private static int indentEnd(String t, int start, int end) {
        return skipSpaces(t, start, Math.min(end, start + 4));
    }

    private static int skipSpaces(String t, int i, int end) {
        while (i < end && (t.charAt(i) == ' ' || t.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    @Override
    public String toString() {
        return "markdown";
    }
}
