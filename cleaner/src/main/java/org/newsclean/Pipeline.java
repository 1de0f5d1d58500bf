package org.newsclean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs heuristics over a document and then makes the one final pass: flags become
 * non-overlapping removals, flagged text leaves the output, and whitespace is tidied (a line that
 * lost all its words goes; blank-line runs become one blank line).
 */
final class Pipeline {
    private Pipeline() {
    }

    /**
     * Rounds of the whole pipeline at most: a heuristic may decide differently once a later one
     * has flagged text next to it inside a line, so the heuristics run again while a round flags
     * part of a line. That makes cleaning idempotent: the output, cleaned again, stays as it is.
     */
    static final int MAX_ROUNDS = 4;

    static TextDocument run(String text, List<Heuristic> heuristics, PhraseIndex index, boolean fromHtml) {
        TextDocument doc = new TextDocument(text, index, fromHtml);
        int before = -1;
        for (int round = 0; round < MAX_ROUNDS && doc.flags().size() != before; round++) {
            before = doc.flags().size();
            for (Heuristic h : heuristics) {
                h.apply(doc, new Flags(doc, h.name()));
            }
            int[] partly = doc.takePartlyFlagged();
            if (partly.length == 0) {
                // only flags inside lines change what a heuristic sees around them; whole lines leave no trace
                break;
            }
            doc.phrasesAcrossFlags(partly);
        }
        return doc;
    }

    /** Turns the document's flags into removals that do not overlap, in document order. */
    static List<Removal> removals(TextDocument doc) {
        List<TextDocument.Flag> flags = doc.flags();
        int n = flags.size();
        long[] order = new long[n];
        for (int i = 0; i < n; i++) {
            order[i] = ((long) flags.get(i).start() << 32) | i;
        }
        Arrays.sort(order);
        List<Removal> out = new ArrayList<>(n);
        String text = doc.text();
        int covered = 0;
        for (long key : order) {
            TextDocument.Flag f = flags.get((int) key);
            int s = Math.max(f.start(), covered);
            int e = f.end();
            if (e <= s) {
                continue;
            }
            out.add(new Removal(s, e, f.heuristic(), f.category(), f.reason(), text.substring(s, e), Removal.Origin.TEXT));
            covered = e;
        }
        return out;
    }

    /** Writes the text that remains once the removals are taken out, tidied. */
    static String output(TextDocument doc, List<Removal> removals) {
        String text = doc.text();
        CharBuf out = new CharBuf(text.length());
        int r = 0;
        boolean blankPending = false;
        int[] iv = new int[8];
        for (Line line : doc.lines()) {
            if (line.blankLinesBefore() > 0) {
                blankPending = true;
            }
            while (r < removals.size() && removals.get(r).end() <= line.start()) {
                r++;
            }
            int count = 0;
            for (int k = r; k < removals.size() && removals.get(k).start() < line.end(); k++) {
                if (count + 2 > iv.length) {
                    iv = Arrays.copyOf(iv, iv.length * 2);
                }
                iv[count] = removals.get(k).start();
                iv[count + 1] = removals.get(k).end();
                count += 2;
            }
            int before = out.length();
            if (before > 0) {
                out.append('\n');
                if (blankPending) {
                    out.append('\n');
                }
            }
            int pieceStart = out.length();
            if (count == 0) {
                out.append(text, line.start(), line.end());
            } else {
                Texts.appendUncovered(text, line.start(), line.end(), Arrays.copyOf(iv, count), out);
                int e = out.length();
                while (e > pieceStart && Texts.isSpace(out.charAt(e - 1))) {
                    e--;
                }
                out.setLength(e);
                if (!Texts.hasWordChar(out, pieceStart, e)) {
                    // nothing left but separators: the line goes, and its blank lines stay pending
                    out.setLength(before);
                    continue;
                }
            }
            blankPending = false;
        }
        return out.toString();
    }
}
