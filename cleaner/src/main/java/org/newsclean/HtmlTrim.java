package org.newsclean;

import java.io.Reader;
import java.io.StringReader;
import java.util.Arrays;

/**
 * Takes out of a page, before jsoup parses it, what the extractor never reads: the bodies of
 * scripts and styles, the head's links and metas, most attributes, and the text of comments.
 *
 * <p>On news pages scripts and styles are about half of the HTML, and jsoup spends about a quarter of
 * its parse on them (measured on the 241 pages of the shared corpus), while nothing of them can be
 * article text. The one kind the extractor reads, JSON-LD ({@code type="application/ld+json"}), is
 * kept. The head's {@code <link>} and {@code <meta>} tags go too, but for metas that may name the
 * title ({@code og:title}, {@code twitter:title}): the extractor reads nothing else of them. And
 * every attribute goes but the few the extractor reads ({@code class}, {@code id}, {@code style},
 * {@code href}, {@code src}, {@code alt}...) or that steer jsoup's tree building ({@code type} of an
 * input, a font's, {@code encoding}): {@code srcset}, {@code data-*}, {@code aria-label} and the
 * rest are about a fifth of what remains of a page, and jsoup builds an object for each. A link's
 * {@code href} is read only to tell a skip link ({@code href="#main"}), so an {@code <a>} keeps it
 * only when it starts with {@code #} (or a char reference, which may stand for one): the other
 * targets, long URLs on every teaser and menu item, are about a tenth of a page without its
 * scripts. The head and the attributes save jsoup about another sixth of its parse. Last, white
 * space between tags (indentation, a quarter of a page without its scripts) is cut to its first
 * char when it runs eight chars or more: the extractor reads any run of white space as one space,
 * and jsoup builds the same node, only shorter (but right after a {@code <pre>}, where jsoup
 * drops a first newline).
 *
 * <p>The scan follows jsoup's tokenizer over tags, attributes, comments and raw-text elements, so
 * that what it takes out is exactly the data jsoup would have put in a script's or a style's
 * {@code DataNode}, and those head elements and attributes: the page parses to the same tree but
 * for them (and the white space between the head's elements, and runs of white space cut short).
 * Only a head opened by its own tag is cut (before it, a meta would open it), and it is taken to
 * end at the first text, end tag or start tag that is not one of the head's own.
 *
 * <p>Where the tokenizer's path is not plain (a script holding both {@code <!--} and
 * {@code <script}, a {@code <plaintext>} or {@code <frameset>}, a script, style or raw-text element
 * inside an svg, a title with markup in it, a stray {@code <} inside a tag, an element left open at
 * the end), the scan stops and leaves the rest of the page as it is; a page holding U+FFFF, which
 * jsoup takes for the end of its input in some states, is not cut at all. The cost is speed,
 * never a different tree. Tests hold it to that on the corpus pages, on random tag soup and with a
 * Jazzer target.
 *
 * <p>The page is read through, not copied: {@link #reader} gives a {@link Reader} that skips the
 * cut spans, for jsoup to read as it would the string.
 *
 * <p>Linear: each char is looked at a bounded number of times; the searches for the next
 * {@code <} or quote never go back.
 */
final class HtmlTrim extends Reader {
    private static final int OTHER = 0;
    private static final int SCRIPT = 1;
    private static final int STYLE = 2;
    /** An element whose content runs to its end tag unparsed, or is best skipped whole: left as it is. */
    private static final int SKIP = 3;
    /**
     * {@code <title>} and {@code <textarea>}: as {@link #SKIP} when their content is plain text (no
     * {@code <x}, {@code <!}, {@code <?} or {@code </} but their end tag); else the scan stops.
     */
    private static final int RCDATA = 4;
    /** {@code <svg>} and {@code <math>}: foreign content, where scripts and styles hold markup. */
    private static final int FOREIGN = 5;
    /** Where the scan cannot follow jsoup: it stops. */
    private static final int STOP = 6;

    /** White space between tags this long or longer is cut to its first char. */
    private static final int BLANK_RUN = 8;

    /** Per ASCII char: {@link #SPACE}, {@link #NAME_END}, {@link #VALUE_END}, {@link #TAG_NAME_END} bits. */
    private static final byte[] ASCII = new byte[128];
    private static final int SPACE = 1;
    /** Ends an attribute name: space, {@code / = > <}. */
    private static final int NAME_END = 2;
    /** Ends an unquoted attribute value: space, {@code > <}. */
    private static final int VALUE_END = 4;
    /** Ends a tag name: space, {@code / > <}. */
    private static final int TAG_NAME_END = 8;

    static {
        for (char c : new char[] {' ', '\n', '\t', '\r', '\f'}) {
            ASCII[c] = SPACE | NAME_END | VALUE_END | TAG_NAME_END;
        }
        ASCII['/'] = NAME_END | TAG_NAME_END;
        ASCII['='] = NAME_END;
        ASCII['>'] = NAME_END | VALUE_END | TAG_NAME_END;
        ASCII['<'] = NAME_END | VALUE_END | TAG_NAME_END;
    }

    private final String s;
    private final int n;
    /** The spans cut, as start and end pairs, in order; {@link #cutCount} of them. */
    private int[] cuts = new int[16];
    private int cutCount;
    /** Reading: the next char of {@link #s} to give, and the next cut ahead of it. */
    private int pos;
    private int nextCut;
    /** {@link #cutCount} before the last tag's attributes were read. */
    private int tagCuts;
    /** Whether the last tag read ended with {@code />}. */
    private boolean selfClosing;
    /** Whether the last tag read had a {@code type} attribute marking JSON-LD (or one it cannot read). */
    private boolean jsonLd;

    private HtmlTrim(String s) {
        this.s = s;
        this.n = s.length();
    }

    /** The page without what the extractor never reads (see above), to be read once. */
    static Reader reader(String html) {
        HtmlTrim r = new HtmlTrim(html);
        r.scan();
        return r.cutCount == 0 ? new StringReader(html) : r;
    }

    /** The page without what the extractor never reads, as a string (for tests and tools). */
    static String trimmed(String html) {
        HtmlTrim r = new HtmlTrim(html);
        r.scan();
        StringBuilder sb = new StringBuilder(html.length());
        int from = 0;
        for (int k = 0; k < r.cutCount; k++) {
            sb.append(html, from, r.cuts[2 * k]);
            from = r.cuts[2 * k + 1];
        }
        return sb.append(html, from, html.length()).toString();
    }

    @Override
    public int read(char[] buf, int off, int len) {
        int done = 0;
        while (done < len && pos < n) {
            int end = n;
            if (nextCut < cutCount) {
                end = cuts[2 * nextCut];
                if (pos >= end) {
                    pos = cuts[2 * nextCut + 1];
                    nextCut++;
                    continue;
                }
            }
            int m = Math.min(len - done, end - pos);
            s.getChars(pos, pos + m, buf, off + done);
            pos += m;
            done += m;
        }
        return done == 0 && len > 0 ? -1 : done;
    }

    @Override
    public void close() {
        pos = n;
    }

    private void scan() {
        if (s.indexOf('\uffff') >= 0) {
            return; // jsoup reads U+FFFF as its end-of-input mark, in some states only: not followed
        }
        int i = 0;
        // from an explicit <head> until something ends it for sure, its links and metas (but a title's) go too
        boolean head = true;
        boolean headOpen = false;
        // open <svg> and <math> elements: inside, jsoup parses a script's or style's content as markup
        int svg = 0;
        int math = 0;
        // whether the last tag opened a <pre> or <listing>, where jsoup drops the first char if a newline
        boolean afterPre = false;
        while (true) {
            int lt = s.indexOf('<', i);
            if (lt < 0 || lt + 2 >= n) {
                break;
            }
            boolean longGap = lt - i >= BLANK_RUN;
            if (head || longGap) {
                if (!blank(i, lt)) {
                    head = false; // text ends the head
                } else if (longGap && !afterPre) {
                    addCut(i + 1, lt); // white space between tags: its first char reads the same
                }
            }
            afterPre = false;
            char c = s.charAt(lt + 1);
            if (c == '!') {
                if (svg + math > 0 && !s.startsWith("--", lt + 2)) {
                    break; // CDATA in foreign content, or not: either way, stop
                }
                i = declarationEnd(lt + 2);
            } else if (c == '?') {
                i = afterGt(lt + 2);
            } else if (c == '/') {
                char d = s.charAt(lt + 2);
                if (isLetter(d)) {
                    int nameEnd = runEnd(lt + 2, TAG_NAME_END);
                    if (nameEnd < 0) {
                        break;
                    }
                    int kind = kind(lt + 2, nameEnd);
                    if (kind == FOREIGN) {
                        // only its own end tag closes each (a stray one is ignored, or closes less)
                        if (nameEnd - lt == 5) {
                            svg = Math.max(0, svg - 1);
                        } else {
                            math = Math.max(0, math - 1);
                        }
                    }
                    if (kind == OTHER || kind == FOREIGN) {
                        head = false; // </head>, </body> and the like (a script's or title's end keeps it)
                    }
                    i = tagEnd(nameEnd, false, false);
                } else {
                    i = d == '>' ? lt + 3 : afterGt(lt + 2);
                }
            } else if (isLetter(c)) {
                int nameEnd = runEnd(lt + 1, TAG_NAME_END);
                if (nameEnd < 0) {
                    break;
                }
                int kind = kind(lt + 1, nameEnd);
                afterPre = nameEnd - lt == 4 && is(lt + 1, "pre") || nameEnd - lt == 8 && is(lt + 1, "listing");
                int open = tagEnd(nameEnd, kind == SCRIPT, nameEnd - lt == 2 && (c | 0x20) == 'a');
                if (open < 0 || kind == STOP) {
                    break;
                }
                i = open;
                if (head && kind == OTHER) {
                    int len = nameEnd - lt - 1;
                    boolean link = len == 4 && is(lt + 1, "link");
                    if (link || len == 4 && is(lt + 1, "meta")) {
                        if (headOpen && (link || !mentionsTitle(nameEnd, open))) {
                            cutCount = tagCuts; // the whole tag goes, its attributes with it
                            addCut(lt, open);
                        }
                    } else if (len == 4 && is(lt + 1, "head")) {
                        headOpen = true;
                    } else if (!(len == 4 && (is(lt + 1, "html") || is(lt + 1, "base")))) {
                        head = false;
                    }
                }
                if (kind == FOREIGN) {
                    head = false;
                    if (!selfClosing) {
                        if (nameEnd - lt == 4) {
                            svg++;
                        } else {
                            math++;
                        }
                    }
                    continue;
                }
                // the one RCDATA element of five letters
                boolean title = kind == RCDATA && nameEnd - lt - 1 == 5;
                if (svg + math > 0 && kind != OTHER && !title) {
                    // whether jsoup is still in the svg (or broke out of it) decides what follows
                    break;
                }
                // (an svg icon's title is markup to jsoup if still in the svg, else text: plain text
                // reads the same either way, and the title is skipped as below)
                if (kind == OTHER) {
                    continue;
                }
                if (kind != SCRIPT && kind != STYLE && !title) {
                    head = false; // a textarea, iframe...: the head is left behind, or may be
                }
                if (selfClosing) {
                    // jsoup may or may not honour the slash on a script, style or raw-text element
                    break;
                }
                int close = closeTag(open, lt + 1, nameEnd, kind);
                if (close < 0) {
                    break;
                }
                if ((kind == SCRIPT && !jsonLd || kind == STYLE) && close > open) {
                    addCut(open, close);
                }
                i = close;
            } else {
                head = false; // a '<' that is text
                i = lt + 1;
            }
            if (i < 0) {
                break;
            }
        }
    }

    private void addCut(int from, int to) {
        if (2 * cutCount + 2 > cuts.length) {
            cuts = Arrays.copyOf(cuts, 2 * cuts.length);
        }
        cuts[2 * cutCount] = from;
        cuts[2 * cutCount + 1] = to;
        cutCount++;
    }

    /** Whether {@code [from, to)} holds only white space. */
    private boolean blank(int from, int to) {
        for (int k = from; k < to; k++) {
            if (!isSpace(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the tag text {@code [from, to)} has "title" in it (ASCII case ignored) or a character
     * reference: a meta that may be {@code og:title} or {@code twitter:title}, which the extractor reads.
     */
    private boolean mentionsTitle(int from, int to) {
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c == '&' || (c | 0x20) == 't' && k + 5 <= to && is(k, "title")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the end tag of the element whose name is at {@code [name, nameEnd)} starts, searching
     * from {@code from}; -1 if there is none or the content is not plain.
     */
    private int closeTag(int from, int name, int nameEnd, int kind) {
        boolean comment = false;
        boolean nested = false;
        int p = from;
        while (true) {
            int lt = s.indexOf('<', p);
            if (lt < 0 || lt + 1 >= n) {
                return -1;
            }
            char c = s.charAt(lt + 1);
            if (c == '/' && endsElement(lt + 2, name, nameEnd)) {
                return kind == SCRIPT && comment && nested ? -1 : lt;
            }
            if (kind == SCRIPT) {
                if (c == '!' && s.startsWith("--", lt + 2)) {
                    comment = true;
                } else if ((c == 's' || c == 'S') && endsElement(lt + 1, name, nameEnd)) {
                    nested = true;
                }
            } else if (kind == RCDATA && (isLetter(c) || c == '!' || c == '?' || c == '/')) {
                return -1; // jsoup may read it as a tag or a comment: only plain text is skipped
            }
            p = lt + 1;
        }
    }

    /**
     * Whether {@code s} at {@code at} holds the name at {@code [name, nameEnd)} (ASCII case
     * ignored) followed by a char that ends a tag name.
     */
    private boolean endsElement(int at, int name, int nameEnd) {
        int len = nameEnd - name;
        if (at + len >= n) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            if ((s.charAt(at + k) | 0x20) != (s.charAt(name + k) | 0x20)) {
                return false;
            }
        }
        char e = s.charAt(at + len);
        return isSpace(e) || e == '/' || e == '>';
    }

    /** What the tag named by {@code [from, to)} asks of the scan. */
    private int kind(int from, int to) {
        switch (to - from) {
            case 3:
                return is(from, "svg") ? FOREIGN : is(from, "xmp") ? SKIP : OTHER;
            case 4:
                return is(from, "math") ? FOREIGN : OTHER;
            case 5:
                return is(from, "style") ? STYLE : is(from, "title") ? RCDATA : OTHER;
            case 6:
                return is(from, "script") ? SCRIPT : is(from, "iframe") ? SKIP : OTHER;
            case 7:
                return is(from, "noembed") ? SKIP : OTHER;
            case 8:
                // (jsoup parses a <noscript>'s content as markup, wherever it stands)
                return is(from, "noframes") ? SKIP
                        : is(from, "textarea") ? RCDATA : is(from, "frameset") ? STOP : OTHER;
            case 9:
                return is(from, "plaintext") ? STOP : OTHER;
            default:
                return OTHER;
        }
    }

    /** Whether {@code s} at {@code at} holds the lower-case ASCII {@code name}, case ignored. */
    private boolean is(int at, String name) {
        for (int k = 0; k < name.length(); k++) {
            char c = s.charAt(at + k);
            if (c >= 0x80 || (c | 0x20) != name.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the run of chars from {@code p} ends at one of the {@code stops} (bits of
     * {@link #ASCII}), or the page's end; -1 if it ends at a {@code <}, where the scan stops.
     */
    private int runEnd(int p, int stops) {
        for (; p < n; p++) {
            char c = s.charAt(p);
            if (c < 0x80 && (ASCII[c] & stops) != 0) {
                return c == '<' ? -1 : p;
            }
        }
        return n;
    }

    /**
     * Reads a tag's attributes from {@code p} (just after its name) to its {@code >}, as jsoup's
     * tokenizer does; returns where the data after it starts, or -1 where the scan should stop.
     * Sets {@link #selfClosing}, and {@link #jsonLd} when {@code script} is set.
     *
     * @param anchor whether the tag is an {@code <a>}: its {@code href} stays only when it may start with {@code #}
     */
    private int tagEnd(int p, boolean script, boolean anchor) {
        int end = attributes(p, script, anchor);
        if (end < 0) {
            cutCount = tagCuts; // a tag the scan cannot follow keeps all its attributes
        }
        return end;
    }

    private int attributes(int p, boolean script, boolean anchor) {
        selfClosing = false;
        jsonLd = false;
        tagCuts = cutCount;
        // jsoup keeps the first of an attribute's copies: a later href never counts
        boolean hrefSeen = false;
        while (p < n) {
            char c = s.charAt(p);
            if (isSpace(c)) {
                p++;
                continue;
            }
            if (c == '>') {
                return p + 1;
            }
            if (c == '/') {
                if (p + 1 < n && s.charAt(p + 1) == '>') {
                    selfClosing = true;
                    return p + 2;
                }
                p++;
                continue;
            }
            if (c == '<') {
                return -1;
            }
            // an attribute name: its first char may be anything above, its others not
            int name = p;
            int nameEnd = runEnd(p + 1, NAME_END);
            if (nameEnd < 0) {
                return -1;
            }
            p = nameEnd;
            // an attribute right after a '/' stays: cut, it could leave "/>", a self-closing tag
            boolean cut = s.charAt(name - 1) != '/' && !kept(name, nameEnd);
            boolean type = script && p - name == 4 && is(name, "type");
            boolean href = anchor && !cut && p - name == 4 && is(name, "href");
            boolean laterHref = href && hrefSeen;
            hrefSeen |= href;
            while (p < n && isSpace(s.charAt(p))) {
                p++;
            }
            if (p >= n) {
                return -1;
            }
            if (s.charAt(p) != '=') {
                if (cut) {
                    addCut(name, nameEnd);
                }
                continue;
            }
            p++;
            while (p < n && isSpace(s.charAt(p))) {
                p++;
            }
            if (p >= n) {
                return -1;
            }
            c = s.charAt(p);
            int value;
            int valueEnd;
            if (c == '"' || c == '\'') {
                value = p + 1;
                valueEnd = s.indexOf(c, value);
                if (valueEnd < 0) {
                    return -1;
                }
                p = valueEnd + 1;
            } else if (c == '>') {
                return p + 1;
            } else {
                value = p;
                valueEnd = runEnd(p, VALUE_END);
                if (valueEnd < 0) {
                    return -1;
                }
                p = valueEnd;
            }
            if (type) {
                jsonLd |= valueEnd - value == HtmlExtractor.JSON_LD.length() && is(value, HtmlExtractor.JSON_LD)
                        || unsure(value, valueEnd);
            }
            // a link's target is read only as a skip link's ("#main"), or what a char reference may turn into one
            if (cut || href && (laterHref || valueEnd == value || s.charAt(value) != '#' && s.charAt(value) != '&')) {
                addCut(name, p);
            }
        }
        return -1;
    }

    /**
     * Whether the attribute named {@code [from, to)} is one the extractor reads, or one that
     * changes how jsoup builds the tree ({@code <input type>} in tables, {@code <font>} and
     * {@code <annotation-xml>} in foreign content).
     */
    private boolean kept(int from, int to) {
        // by length and first letter there is one candidate (two at most): one or two compares
        char first = (char) (s.charAt(from) | 0x20);
        switch (to - from) {
            case 2:
                return is(from, "id");
            case 3:
                return first == 'a' ? is(from, "alt") : first == 's' && is(from, "src");
            case 4:
                switch (first) {
                    case 'r': return is(from, "role");
                    case 'h': return is(from, "href");
                    case 't': return is(from, "type");
                    case 'n': return is(from, "name");
                    case 'f': return is(from, "face");
                    case 's': return is(from, "size");
                    default: return false;
                }
            case 5:
                switch (first) {
                    case 'c': return is(from, "class") || is(from, "color");
                    case 's': return is(from, "style");
                    case 'w': return is(from, "width");
                    default: return false;
                }
            case 6:
                return first == 'h' && (is(from, "hidden") || is(from, "height"));
            case 7:
                return first == 'c' && is(from, "content");
            case 8:
                return first == 'i' ? is(from, "itemprop") : first == 'p' ? is(from, "property")
                        : first == 'e' && is(from, "encoding");
            case 11:
                return first == 'a' && is(from, "aria-hidden");
            default:
                return false;
        }
    }

    /**
     * After {@code <!}: where a comment, doctype or bogus comment ends; -1 if it runs to the end. A
     * comment's text is cut.
     */
    private int declarationEnd(int p) {
        if (!s.startsWith("--", p)) {
            return afterGt(p);
        }
        int c0 = p + 2;
        if (c0 < n && s.charAt(c0) == '>') {
            return c0 + 1;
        }
        if (s.startsWith("->", c0)) {
            return c0 + 2;
        }
        int k = c0;
        while (true) {
            k = s.indexOf("--", k);
            if (k < 0 || k + 2 >= n) {
                return -1;
            }
            char c = s.charAt(k + 2);
            if (c == '>') {
                if (k > c0) {
                    addCut(c0, k); // nothing reads a comment: an empty one is left
                }
                return k + 3;
            }
            if (c == '!') {
                // "--!>" ends a comment in the standard; whether here too is not worth the risk
                return -1;
            }
            k++;
        }
    }

    /**
     * Whether {@code [from, to)} holds a character reference, which could spell anything, or a
     * non-ASCII char, which {@link String#equalsIgnoreCase} may match to an ASCII one ({@code ſ}, s).
     */
    private boolean unsure(int from, int to) {
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c == '&' || c >= 0x80) {
                return true;
            }
        }
        return false;
    }

    private int afterGt(int p) {
        int gt = s.indexOf('>', p);
        return gt < 0 ? -1 : gt + 1;
    }

    private static boolean isSpace(char c) {
        return c < 0x80 && (ASCII[c] & SPACE) != 0;
    }

    /** An ASCII letter: only those open a tag for jsoup ({@code <é>} is text, {@code </é>} a comment). */
    private static boolean isLetter(char c) {
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }
}
