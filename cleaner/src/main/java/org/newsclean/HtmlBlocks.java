package org.newsclean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Turns a walk over a DOM into text blocks: every block-level element starts a new block, text
 * nodes append to the block of their nearest block-level ancestor, and whitespace is collapsed as
 * a browser would. Fed by a traversal (open, text, br, close); not thread-safe, one per walk.
 */
final class HtmlBlocks {

    /**
     * One block of text.
     *
     * @param text the block's text, whitespace collapsed; empty when the walk only counts
     * @param length the length of the block's text (also when the walk only counts)
     * @param commas how many commas the text has
     * @param linkChars how many of its chars are link text
     * @param owner the nearest block-level element around it
     * @param ownerSeq the owner's number, as given to {@link #open}; -1 without an owner
     * @param tag the owner's tag name
     * @param lineBreak whether a {@code <br>} (not a block boundary) separates it from the block before
     */
    record Block(String text, int length, int commas, int linkChars, Element owner, int ownerSeq, String tag,
            boolean lineBreak) {
        double linkDensity() {
            return length == 0 ? 0 : Math.min(1.0, linkChars / (double) length);
        }
    }

    private final boolean keepText;
    private int curLen;
    private int curCommas;
    private int lastCommas;

    /** @param keepText whether blocks keep their text, or only count it (for scoring) */
    HtmlBlocks(boolean keepText) {
        this.keepText = keepText;
    }

    private final List<Block> blocks = new ArrayList<>();
    /** The open block-level elements, innermost last, and their numbers. */
    private Element[] owners = new Element[32];
    private int[] ownerSeqs = new int[32];
    private int depth;
    private final StringBuilder cur = new StringBuilder();
    private int curLink;
    private int anchorDepth;
    private boolean nextLineBreak;
    private boolean pendingSpace;

    /**
     * Starts an element.
     *
     * @param tagFlags the element's {@link HtmlPatterns#tagFlags}
     * @param seq the element's number in the walk, which blocks it owns carry
     */
    void open(Element e, int tagFlags, int seq) {
        if ((tagFlags & HtmlPatterns.F_BLOCK) != 0) {
            flush(false);
            if (depth == owners.length) {
                owners = Arrays.copyOf(owners, depth * 2);
                ownerSeqs = Arrays.copyOf(ownerSeqs, depth * 2);
            }
            owners[depth] = e;
            ownerSeqs[depth++] = seq;
            return;
        }
        int tag = tagFlags & HtmlPatterns.T_MASK;
        if (tag == HtmlPatterns.T_A) {
            anchorDepth++;
        } else if (tag == HtmlPatterns.T_BR) {
            flush(true);
        }
    }

    /**
     * Ends an element opened with {@link #open}.
     *
     * @param tagFlags the element's {@link HtmlPatterns#tagFlags}
     */
    void close(Element e, int tagFlags) {
        if ((tagFlags & HtmlPatterns.F_BLOCK) != 0) {
            flush(false);
            if (depth > 0 && owners[depth - 1] == e) {
                owners[--depth] = null;
            }
            return;
        }
        int tag = tagFlags & HtmlPatterns.T_MASK;
        if (tag == HtmlPatterns.T_A) {
            anchorDepth--;
        } else if (tag == HtmlPatterns.T_IMG || tag == HtmlPatterns.T_TD || tag == HtmlPatterns.T_TH) {
            pendingSpace = true;
        }
    }

    /**
     * Appends a text node's text.
     *
     * @return how many chars were appended
     */
    int text(String s) {
        if (!keepText) {
            return count(s);
        }
        int before = curLen;
        int n = s.length();
        int k = 0;
        while (k < n) {
            char c = s.charAt(k);
            if (isSpace(c)) {
                pendingSpace = true;
                k++;
                continue;
            }
            // a stretch whose only spaces are single plain ones between words reads as it stands: one append
            int end = k;
            while (end < n) {
                char d = s.charAt(end);
                if (!isSpace(d)) {
                    if (d == ',' || d == '\uFF0C' || d == '\u3001' || d == '\u060C') {
                        curCommas++;
                    }
                    end++;
                } else if (d == ' ' && end + 1 < n && !isSpace(s.charAt(end + 1))) {
                    end++;
                } else {
                    break;
                }
            }
            if (pendingSpace && curLen > 0) {
                cur.append(' ');
                curLen++;
            }
            pendingSpace = false;
            cur.append(s, k, end);
            curLen += end - k;
            k = end;
        }
        int added = curLen - before;
        if (anchorDepth > 0) {
            curLink += added;
        }
        return added;
    }

    /**
     * The counting walk's cheaper {@link #text}: a text node's length, less its leading and
     * trailing whitespace, stands for its collapsed length (runs of spaces inside are rare).
     */
    private int count(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        if (start == end) {
            pendingSpace = end > 0;
            return 0;
        }
        while (isSpace(s.charAt(end - 1))) {
            end--;
        }
        int n = end - start;
        if ((pendingSpace || start > 0) && curLen > 0) {
            n++;
        }
        pendingSpace = end < s.length();
        lastCommas = countCommas(s);
        curCommas += lastCommas;
        curLen += n;
        if (anchorDepth > 0) {
            curLink += n;
        }
        return n;
    }

    /** @return how many commas the last counted text node had (counting walks only) */
    int lastCommas() {
        return lastCommas;
    }

    static int countCommas(String s) {
        int n = 0;
        for (int at = s.indexOf(','); at >= 0; at = s.indexOf(',', at + 1)) {
            n++;
        }
        if (s.length() > 16 && !isLatin1(s)) {
            for (char c : new char[] {'\uFF0C', '\u3001', '\u060C'}) {
                for (int at = s.indexOf(c); at >= 0; at = s.indexOf(c, at + 1)) {
                    n++;
                }
            }
        }
        return n;
    }

    private static boolean isLatin1(String s) {
        for (int k = 0; k < s.length(); k += 16) {
            if (s.charAt(k) > 0xff) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(char c) {
        return c <= ' ' || c == '\u00a0' || c >= '\u2000' && (c <= '\u200b' || c == '\u3000' || c == '\u202f');
    }

    /** Ends the current block, if any. */
    void flush(boolean byBreak) {
        pendingSpace = false;
        if (curLen == 0) {
            if (byBreak) {
                nextLineBreak = false;
            }
            return;
        }
        Element owner = depth == 0 ? null : owners[depth - 1];
        int ownerSeq = depth == 0 ? -1 : ownerSeqs[depth - 1];
        String tag = owner == null ? "" : owner.normalName();
        blocks.add(new Block(keepText ? cur.toString() : "", curLen, curCommas, curLink, owner, ownerSeq, tag,
                nextLineBreak));
        nextLineBreak = byBreak;
        cur.setLength(0);
        curLen = 0;
        curCommas = 0;
        curLink = 0;
    }

    /** @return the blocks made so far (flush first) */
    List<Block> blocks() {
        return blocks;
    }
}
