package org.newsclean;

import java.util.Arrays;
import java.util.List;

/**
 * A document's text as the heuristics other than one leave it, line by line: what
 * {@link PageBlocksHeuristic} reads. The view is the text of each line without what the others
 * flagged (stripped), one line each, with a blank line where the document had one before it (or
 * before a line dropped in between); a line the others' flags leave without a word char is
 * dropped. A line no flag of the others touches goes in as it is.
 *
 * <p>The view is not written out: each of its lines is read where it already is. An untouched
 * line is the document's own {@link Line}, with the document's words and phrase matches; only
 * the touched lines get a small document of their own, made of their texts in the view. Per line
 * this gives what a {@link TextDocument} of the whole view would (text, words, hash, phrase
 * matches, whether a blank line stands before it), and the view's first
 * {@link Stopwords#DETECT_SAMPLE} chars are known by offset, for the language guess. One is made
 * per round; not thread-safe.
 */
final class OthersView {
    private final TextDocument doc;
    /** The touched lines' texts, one a line, or null when no flag touches a line of the view. */
    private final TextDocument touched;
    /** Per view line, the index of the document line it comes from. */
    private final int[] docLine;
    /** Per view line, the line to read: the document's own, or the touched line's in {@link #touched}. */
    private final Line[] lines;
    /** Per view line, its text as the view holds it before trimming when flags touch the line, else null. */
    private final String[] texts;
    /** Per view line, whether a blank line stands before it in the view. */
    private final boolean[] blankBefore;

    private OthersView(TextDocument doc, TextDocument touched, int[] docLine, Line[] lines, String[] texts,
            boolean[] blankBefore) {
        this.doc = doc;
        this.touched = touched;
        this.docLine = docLine;
        this.lines = lines;
        this.texts = texts;
        this.blankBefore = blankBefore;
    }

    /**
     * @param doc the document
     * @param self the name of the heuristic whose flags the view ignores (as it ignores lines flagged
     *     from context, see {@link TextDocument.Flag#fromContext})
     * @return the view of the document without what the other heuristics flagged
     */
    static OthersView of(TextDocument doc, String self) {
        List<Line> all = doc.lines();
        // without a flag of its own (nor a line flagged both from context and for what it says), the others'
        // flags are the document's, kept per line already, but on lines taken only from context, which the view keeps
        int[][] iv = flagsBy(doc, self) || doc.hasLinesFromContextAndContent() ? othersFlags(doc, self) : null;
        String text = doc.text();
        int[] kept = new int[all.size()];
        String[] pieces = new String[all.size()];
        boolean[] blankBefore = new boolean[all.size()];
        int n = 0;
        int touchedLines = 0;
        boolean blank = false;
        for (Line l : all) {
            blank |= l.blankLinesBefore() > 0;
            int li = l.index();
            String t = null;
            if (iv == null ? doc.isTouched(l) && !doc.takenOnlyFromContext(l) : iv[li] != null) {
                // without page-blocks' own flags the others' are the line's: what the document keeps of it serves
                int[] sorted = iv == null ? null : TextDocument.sortedCopy(iv[li], iv[li].length);
                if (iv == null ? doc.isRemoved(l) : Texts.lettersCovered(text, l.start(), l.end(), sorted)) {
                    continue; // no word char left: most touched lines, told without writing out what is left
                }
                t = iv == null ? doc.unflaggedText(l) : Texts.uncoveredText(text, l.start(), l.end(), sorted);
                if (!Texts.hasWordChar(t, 0, t.length())) {
                    continue;
                }
                // no newline in it: the document's lines hold none
                touchedLines++;
            }
            blankBefore[n] = n > 0 && blank;
            blank = false;
            kept[n] = li;
            pieces[n] = t;
            n++;
        }
        TextDocument touched = null;
        if (touchedLines > 0) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < n; k++) {
                if (pieces[k] != null) {
                    if (sb.length() > 0) {
                        sb.append('\n');
                    }
                    sb.append(pieces[k]);
                }
            }
            // each text holds a word char and no newline: one line of this document each, trimmed as the view's would be
            touched = new TextDocument(sb.toString(), doc.phraseIndex(), doc.isFromHtml());
        }
        Line[] lines = new Line[n];
        int next = 0;
        for (int k = 0; k < n; k++) {
            lines[k] = pieces[k] == null ? all.get(kept[k]) : touched.lines().get(next++);
        }
        return new OthersView(doc, touched, Arrays.copyOf(kept, n), lines, Arrays.copyOf(pieces, n),
                Arrays.copyOf(blankBefore, n));
    }

    /**
     * @return per document line, the intervals the other heuristics flagged in it as [start0, end0,
     *     ...] sized to fit (unsorted), or null where none
     */
    private static int[][] othersFlags(TextDocument doc, String self) {
        List<Line> lines = doc.lines();
        int[][] iv = new int[lines.size()][];
        int[] count = new int[lines.size()];
        int at = 0;
        for (TextDocument.Flag f : doc.flags()) {
            if (f.heuristic().equals(self) || f.fromContext()) {
                continue; // its own flags, and lines flagged for their neighbours, not for what they say
            }
            // flags mostly come in document order: try the line of the last one, and the next, before searching
            if (!startsIn(lines, at, f.start())) {
                at = at + 1 < lines.size() && startsIn(lines, at + 1, f.start()) ? at + 1 : Math.max(doc.lineIndexAt(f.start()), 0);
            }
            for (int li = at; li < lines.size() && lines.get(li).start() < f.end(); li++) {
                Line l = lines.get(li);
                if (l.end() <= f.start()) {
                    continue;
                }
                if (iv[li] == null) {
                    iv[li] = new int[4];
                } else if (count[li] == iv[li].length) {
                    iv[li] = Arrays.copyOf(iv[li], count[li] * 2);
                }
                iv[li][count[li]++] = Math.max(f.start(), l.start());
                iv[li][count[li]++] = Math.min(f.end(), l.end());
            }
        }
        for (int li = 0; li < iv.length; li++) {
            if (iv[li] != null && count[li] < iv[li].length) {
                iv[li] = Arrays.copyOf(iv[li], count[li]);
            }
        }
        return iv;
    }

    /** @return true when line li is the line that contains or follows offset (what {@link TextDocument#lineIndexAt} finds), or li is 0 and offset lies before it */
    private static boolean startsIn(List<Line> lines, int li, int offset) {
        return li < lines.size() && (li == 0 || lines.get(li).start() <= offset) && (li + 1 == lines.size() || offset < lines.get(li + 1).start());
    }

    /** @return true when a flag of the document is the named heuristic's */
    private static boolean flagsBy(TextDocument doc, String heuristic) {
        for (TextDocument.Flag f : doc.flags()) {
            if (f.heuristic().equals(heuristic)) {
                return true;
            }
        }
        return false;
    }

    /** @return the view's lines, each as {@link #line} gives it; the caller must not modify the array */
    Line[] lines() {
        return lines;
    }

    /** @return the text that view line k's offsets refer to: the document's, or the touched lines' */
    String source(int k) {
        return texts[k] == null ? doc.text() : touched.text();
    }

    /** @return the {@link Words#lineChars} of view line k */
    int lineChars(int k) {
        return texts[k] == null ? doc.words().lineChars[docLine[k]] : touched.words().lineChars[lines[k].index()];
    }

    /** @return the number of lines in the view */
    int size() {
        return lines.length;
    }

    /**
     * @return view line k: a line of the document or of the touched lines' document, whose text,
     *     words and hash are those of the view's line
     */
    Line line(int k) {
        return lines[k];
    }

    /** @return the index of the document line that view line k comes from */
    int docLine(int k) {
        return docLine[k];
    }

    /** @return true when flags of the others touch the document line that view line k comes from */
    boolean isTouched(int k) {
        return texts[k] != null;
    }

    /** @return true when a blank line stands before view line k */
    boolean blankBefore(int k) {
        return blankBefore[k];
    }

    /** @return view line k's phrase matches, in the offsets of {@link #line}'s document, or null */
    int[] matches(int k) {
        return texts[k] == null ? doc.phrases().matches(docLine[k]) : touched.phrases().matches(lines[k].index());
    }

    /** @return the document's phrase scan, whose entries the ids of {@link #matches} name */
    PhraseScan phrases() {
        return doc.phrases();
    }

    /**
     * @param other the view of an earlier round, or null
     * @return true when the other view holds the same lines with the same texts: the same view
     */
    boolean sameAs(OthersView other) {
        if (other == null || !Arrays.equals(docLine, other.docLine)) {
            return false;
        }
        for (int k = 0; k < texts.length; k++) {
            if ((texts[k] != null || other.texts[k] != null) && !viewText(k).equals(other.viewText(k))) {
                return false;
            }
        }
        return true;
    }

    /** @return view line k's text as the view holds it, before trimming */
    private String viewText(int k) {
        return texts[k] != null ? texts[k] : lines[k].text();
    }

    /**
     * The stopword counts of the view's lines: an untouched line's are the document's, found once
     * per document in {@code docStops}; a touched line's are found in its own document.
     *
     * @param docStops the counts of the document's lines, per line once {@code counted}
     * @param counted per document line, whether {@code docStops} holds its counts; updated
     * @return the counts, by view line
     */
    Stopwords.LineStops stops(Stopwords.LineStops docStops, boolean[] counted) {
        Stopwords.LineStops out = new Stopwords.LineStops(lines.length);
        for (int k = 0; k < lines.length; k++) {
            if (texts[k] == null) {
                int li = docLine[k];
                if (!counted[li]) {
                    Stopwords.countLine(doc, li, docStops, li);
                    counted[li] = true;
                }
                out.copy(k, docStops, li);
            } else {
                Stopwords.countLine(touched, lines[k].index(), out, k);
            }
        }
        return out;
    }

    /**
     * The language of the view, as {@link Stopwords#detect(CharSequence)} guesses it for the view's
     * text: by the script of the letters of its first {@link Stopwords#DETECT_SAMPLE} chars, else by
     * the stopwords of the lines that start there.
     *
     * @param stops the view's stopword counts ({@link #stops})
     * @param scripts per document line, 1 when it holds no letter of the scripts
     *     {@link Stopwords#hasScriptLetter} looks for, 2 when it does, 0 while unknown; updated
     * @return as {@link Stopwords#detect(CharSequence)}
     */
    String language(Stopwords.LineStops stops, byte[] scripts) {
        int sample = 0;
        boolean script = false;
        for (int k = 0, pos = 0; k < lines.length; k++) {
            if (k > 0) {
                pos += blankBefore[k] ? 2 : 1;
            }
            int lead = lead(k);
            if (pos + lead >= Stopwords.DETECT_SAMPLE) {
                break;
            }
            sample = k + 1;
            int li = docLine[k];
            if (scripts[li] == 0) {
                // the words pass saw each char of the line
                scripts[li] = (byte) (doc.words().lineHas(li, Texts.SCRIPT_LETTER_BIT) ? 2 : 1);
            }
            // a touched line's text holds some of the document line's chars, and spaces
            script |= scripts[li] == 2;
            pos += texts[k] == null ? lines[k].length() : texts[k].length();
        }
        if (script) {
            int[] letters = new int[Stopwords.SCRIPTS];
            for (int k = 0, pos = 0; k < sample; k++) {
                if (k > 0) {
                    pos += blankBefore[k] ? 2 : 1;
                }
                Line l = lines[k];
                int from = pos + lead(k);
                char[] t = texts[k] == null ? doc.chars() : touched.chars();
                Stopwords.countLetters(t, l.start(), l.start() + Math.min(l.length(), Stopwords.DETECT_SAMPLE - from), letters);
                pos += texts[k] == null ? l.length() : texts[k].length();
            }
            String lang = Stopwords.scriptLanguage(letters);
            if (lang != null) {
                return lang;
            }
        }
        int[] wordCounts = new int[sample];
        for (int k = 0; k < sample; k++) {
            wordCounts[k] = lines[k].wordCount();
        }
        return Stopwords.byStopwords(stops, wordCounts);
    }

    /** @return how many whitespace chars the view's text holds before view line k starts */
    private int lead(int k) {
        String t = texts[k];
        if (t == null) {
            return 0;
        }
        int i = 0;
        while (Texts.isSpace(t.charAt(i))) {
            i++;
        }
        return i;
    }
}
