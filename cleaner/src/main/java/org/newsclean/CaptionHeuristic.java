package org.newsclean;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Image captions and photo credits. It finds:
 * <ul>
 *   <li>credits: a line or a line's tail such as {@code Karim Kadim/Associated Press},
 *       {@code (AP Photo/Hadi Mizban)}, {@code Photo: Jane Doe}, {@code John Smith/Getty Images},
 *       also when glued onto the caption without a space ({@code ...on Monday.Karim Kadim/Associated Press},
 *       {@code ...ate a rabbitCredit: Getty});</li>
 *   <li>captions: a line whose tail is a credit, and a line repeated close by with a credit
 *       glued on (both copies are the caption, and a gallery's photo count between them);
 *       a line that is only an image's file name ({@code wyze-sense-yellow.jpg}).</li>
 * </ul>
 * By default captions and credits go, so the result is the article alone; with option
 * {@code keep=true} one clean copy of each caption stays (credits still go).
 */
final class CaptionHeuristic implements Heuristic {
    static final Map<String, String> OPTIONS = Map.of("keep", "false", "window", "12", "max-caption-words", "60");

    /** Words that start a credit: "Photo: ...", "Image credit: ...". */
    private static final List<String> PREFIXES = List.of("photo", "photos", "photograph", "photography", "picture",
            "pictures", "pic", "image", "images", "credit", "credits", "photo credit", "image credit", "image source",
            "source", "foto", "fotos", "bild", "bilder", "fotografía", "fotografia", "immagine", "crédit photo",
            "crédits photo", "crédit", "crédits", "illustration", "video", "graphic", "afbeelding", "beeld");
    private static final Set<String> NAME_PARTICLES = Set.of("de", "da", "del", "della", "di", "van", "von", "der",
            "den", "du", "le", "la", "al", "el", "bin", "ibn", "y", "e", "via", "for", "and", "&");

    private final boolean keep;
    /** The hashes of {@link #agencyLastWords}, so that a line's last word is looked up without building strings. */
    private final HashFilter lastWordFilter;
    private final int window;
    private final int maxCaptionWords;
    private final Set<String> agencyNames;
    /** The length of the longest agency name, in chars. */
    private final int longestAgency;
    private final InlineCredits inline;
    /** The last word of every agency name, to reject most lines at once. */
    private final Set<String> agencyLastWords;
    /**
     * The {@link Words} hashes of the last run of word chars of each of {@link #agencyLastWords}
     * ("efe" of "epa-efe"), or null when one of those words does not end with a word char: then
     * a line's last word tells nothing (see {@link #mayEndWithAgency}).
     */
    private final HashFilter lastRunFilter;

    CaptionHeuristic(Map<String, String> o) {
        this.keep = Registry.bool(o, "keep");
        this.window = Registry.integer(o, "window", 1, 1000);
        this.maxCaptionWords = Registry.integer(o, "max-caption-words", 1, 10_000);
        Set<String> names = new HashSet<>();
        for (PhraseBook.Entry e : PhraseBook.load("agencies.txt", Category.CREDIT, "captions")) {
            names.add(e.phrase());
        }
        this.agencyNames = Set.copyOf(names);
        this.longestAgency = names.stream().mapToInt(String::length).max().orElse(0);
        this.inline = new InlineCredits(agencyNames);
        Set<String> last = new HashSet<>();
        for (String a : agencyNames) {
            last.add(a.substring(a.lastIndexOf(' ') + 1));
        }
        this.agencyLastWords = Set.copyOf(last);
        this.lastWordFilter = new HashFilter(12);
        HashFilter runs = new HashFilter(12);
        for (String w : agencyLastWords) {
            lastWordFilter.add(HashFilter.hash(w, 0, w.length()));
            int i = w.length();
            while (i > 0 && Texts.isWordChar(w.charAt(i - 1))) {
                i--;
            }
            if (i == w.length() || w.length() >= AGENCY_TOKEN) {
                runs = null; // cannot happen with the shipped list: then every line is looked at
                break;
            }
            runs.add(HashFilter.hash(w, i, w.length()));
        }
        this.lastRunFilter = runs;
    }

    /**
     * What some sites print before an image's caption or credit, lower-cased: "Image copyright Getty
     * Images", "Image caption The minister on Tuesday", "Media captionWho is...?", "Image source,
     * Getty Images", "Image caption, The minister on Tuesday" (the BBC's, then and now), "Image: The
     * minister on Tuesday" (Sky News's).
     */
    static final String[] LABELS = {"image copyright", "picture copyright", "image source", "image caption", "picture caption",
        "media caption", "video caption", "image:", "picture:"};

    /** @return whether the label at that index of {@link #LABELS} names the credit, not the caption */
    private static boolean labelsCredit(int label) {
        return LABELS[label].endsWith("copyright") || LABELS[label].endsWith("source");
    }

    /**
     * @return the index in {@link #LABELS} of the label that starts t[from, to), followed by a
     *     space, a comma or a capital (a label glued to its caption), or -1
     */
    static int labelled(String t, int from, int to) {
        if (to - from < 2) {
            return -1;
        }
        int two = Texts.lower(t.charAt(from)) << 16 | Texts.lower(t.charAt(from + 1));
        if (two != ('i' << 16 | 'm') && two != ('p' << 16 | 'i') && two != ('m' << 16 | 'e') && two != ('v' << 16 | 'i')) {
            return -1; // most lines, told by their first two chars
        }
        for (int k = 0; k < LABELS.length; k++) {
            String l = LABELS[k];
            int e = from + l.length();
            if (t.regionMatches(true, from, l, 0, l.length()) && e < to
                    && (Texts.isSpace(t.charAt(e)) || Texts.isUpper(t.charAt(e)) || t.charAt(e) == ',')) {
                return k;
            }
        }
        return -1;
    }

    /** {@link #agencyCredit} looks at most this many chars back for a line's last token. */
    private static final int AGENCY_TOKEN = 40;

    /**
     * A first test for {@link #agencyCredit} on a line of the document that no flag touches, from
     * what the words pass found: the line's last token (before closing parentheses and full stops)
     * ends an agency's name only when a word of the line ends the token and that word is the last
     * run of word chars of an agency's last word (by hash; a word that is not {@link Words#isOdd
     * odd} folds as it lower-cases, and a char that is no word char never folds into one).
     *
     * @return false when no agency can end the line
     */
    boolean mayEndWithAgency(String t, Line line, Words words) {
        if (lastRunFilter == null) {
            return true;
        }
        int li = line.index();
        int k = words.firstOfLine[li + 1] - 1;
        if (k < words.firstOfLine[li]) {
            return false; // no word: the token ends with a char that is no word char
        }
        if (words.isOdd(k)) {
            return true;
        }
        return words.end[k] == tokenEnd(t, line.start(), line.end()) && lastRunFilter.mayContain(words.hash[k]);
    }

    @Override
    public String name() {
        return "captions";
    }

    @Override
    public void apply(TextDocument doc, Flags flags) {
        List<Line> lines = doc.lines();
        String text = doc.text();
        Words words = doc.words();
        // what each line's view held in an earlier round, the credits found in it, and what each line left for later ones
        Memo memo = doc.memo(this) instanceof Memo m ? m : new Memo(lines.size());
        doc.memo(this, memo);
        long[] keys = memo.keys;
        boolean[] put = memo.put;
        // a line is decided again when its flags changed since the last round, and so are the lines
        // that look back at it for a first copy of their caption; the others decide as they did
        int again = -1;
        for (Line line : lines) {
            int li = line.index();
            int count = doc.lineFlagCount(li);
            if (memo.looked[li] != count) {
                memo.looked[li] = count;
                again = Math.max(again, li + window);
            }
            if (li > again) {
                continue;
            }
            put[li] = false;
            memo.pending[li] = null;
            if (doc.isRemoved(line)) {
                continue;
            }
            // a long line is no caption: text extracted as one line may start with a label; of a
            // touched line, what is left is looked at, as a second run sees it
            TextDocument.LineView lv = doc.isTouched(line) ? doc.view(line) : null;
            int label = line.wordCount() > maxCaptionWords ? -1
                    : lv == null ? labelled(text, line.start(), line.end()) : labelled(lv.text(), 0, lv.text().length());
            if (label >= 0) {
                int from = lv == null ? line.start() : lv.offset(0);
                int len = LABELS[label].length();
                if ((lv == null ? text.charAt(from + len) : lv.text().charAt(len)) == ',') {
                    len++; // "Image caption, ..." (labelled tells a char follows the label)
                }
                int to = lv == null ? from + len : lv.offset(len - 1) + 1;
                if (labelsCredit(label)) {
                    flags.line(line, Category.CREDIT, "photo credit line (\"" + LABELS[label] + "\")");
                } else if (!keep) {
                    flags.line(line, Category.CAPTION, "image caption (after \"" + LABELS[label] + "\")");
                } else {
                    flags.span(from, to, Category.CAPTION, "a caption's label");
                }
                continue;
            }
            if (line.wordCount() <= 12 && !doc.isTouched(line) && isImageFileName(text, line.start(), line.end())) {
                flags.line(line, Category.CAPTION, "an image's file name standing as its caption");
                continue;
            }
            if (line.wordCount() == 4 && words.lineHas(li, Texts.DIGIT_BIT) && !doc.isTouched(line)) {
                int counter = galleryCounter(text, line.start(), line.end());
                if (counter != NO_COUNTER) {
                    flags.line(line, Category.CAPTION, "a gallery's image counter");
                    if (counter == IMAGE_COUNTER && !keep && li + 1 < lines.size()) {
                        Line next = lines.get(li + 1);
                        if (next.wordCount() <= maxCaptionWords && !doc.isTouched(next) && next.blankLinesBefore() == 0) {
                            flags.line(next, Category.CAPTION, "image caption (after a gallery's image counter)");
                        }
                    }
                    continue;
                }
            }
            if (!doc.isTouched(line) && !words.lineHas(li, MAY_CREDIT) && (!mayEndWithAgency(text, line, words)
                    || agencyCredit(text, line.start(), line.end(), Math.max(line.start(), line.end() - 160)) < 0)) {
                // no slash, parenthesis or credit word: neither a credit at its end nor one inside it
                if (line.wordCount() <= maxCaptionWords && line.normalisedHash() != Words.EMPTY_HASH) {
                    keys[li] = line.normalisedHash();
                    put[li] = true;
                }
                continue;
            }
            // look at what earlier heuristics left of the line, so a second run decides the same way
            TextDocument.LineView v = doc.view(line);
            String vt = v.text();
            // a credit word stands where the words pass saw one, or (what is left of a line) where a flag ends
            boolean creditWords = words.lineHas(li, Words.CREDIT_WORD | Texts.TRICKY_BIT)
                    || doc.isTouched(line) && creditWordAfterFlag(doc, line);
            boolean seen = vt.equals(memo.view[li]);
            int credit = seen ? memo.credit[li] : gluedCredits(vt, creditWords);
            if (!seen) {
                memo.view[li] = vt;
                memo.credit[li] = credit;
                memo.inline[li] = null;
            }
            if (credit == 0) {
                flags.line(line, Category.CREDIT, "photo credit line");
                continue;
            }
            if (credit > 0) {
                int capEnd = credit;
                while (capEnd > 0 && Texts.isSpace(vt.charAt(capEnd - 1))) {
                    capEnd--;
                }
                long caption = Words.hashOf(vt, 0, capEnd);
                int prev = -1;
                for (int j = li - 1; j >= 0 && li - j <= window; j--) {
                    if (put[j] && memo.hasKey(j, caption, maxCaptionWords)) {
                        prev = j;
                        break;
                    }
                }
                int docCapEnd = v.offset(capEnd - 1) + 1;
                if (prev >= 0) {
                    Line first = lines.get(prev);
                    if (!keep) {
                        flags.line(first, Category.CAPTION, "image caption (repeated below with a photo credit)");
                    }
                    flags.span(line.start(), docCapEnd, Category.CAPTION, "second copy of an image caption");
                    for (int j = prev + 1; j < li; j++) {
                        Line between = lines.get(j);
                        if (isPhotoCount(text, between.start(), between.end()) && !doc.isRemoved(between)) {
                            flags.line(between, Category.CAPTION, "photo count between two copies of a caption");
                        }
                    }
                } else if (Texts.countWords(vt, 0, capEnd, maxCaptionWords) <= maxCaptionWords && !keep) {
                    flags.span(line.start(), docCapEnd, Category.CAPTION, "image caption (it ends with a photo credit)");
                }
                flags.span(v.offset(credit), line.end(), Category.CREDIT, "photo credit glued to a caption");
                continue;
            }
            int[] credits = memo.inline[li];
            if (credits == null) {
                credits = inline.find(vt, creditWords);
                memo.inline[li] = credits;
            }
            for (int k = 0; k < credits.length; k += 2) {
                flags.span(v.offset(credits[k]), v.offset(credits[k + 1] - 1) + 1, Category.CREDIT, "photo credit inside the text");
            }
            if (credits.length > 0) {
                continue;
            }
            if (v.map() != null) {
                // what is left of a touched line: its words are counted and hashed only if a later line asks
                memo.pending[li] = vt;
                put[li] = true;
            } else if (line.wordCount() <= maxCaptionWords && line.normalisedHash() != Words.EMPTY_HASH) {
                keys[li] = line.normalisedHash();
                put[li] = true;
            }
        }
    }

    /**
     * In what is left of a line, a word starts where the line's own word starts or where a flagged
     * span ends ("xxPhoto" with "xx" flagged): @return whether a capital that may start a credit
     * word ({@link Words#mayStartCreditWord}) follows the end of one of the line's flags (and spaces)
     */
    private static boolean creditWordAfterFlag(TextDocument doc, Line line) {
        int[] iv = doc.lineFlags(line.index());
        String text = doc.text();
        for (int k = 1; k < iv.length; k += 2) {
            int p = iv[k];
            while (p < line.end() && Texts.isSpace(text.charAt(p))) {
                p++;
            }
            if (p < line.end() && Words.mayStartCreditWord(text.charAt(p))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The {@link Words#lineChars} bits of a line that may hold a credit: without any of them (and
     * without an agency name at its end) a line that no flag touches has neither a credit at its
     * end ({@link #creditStart}: a slash, a credit word such as "Photo", or an agency) nor one inside
     * it ({@link InlineCredits#find}: a slash, a parenthesis or a credit word).
     */
    private static final int MAY_CREDIT = Texts.SLASH_BIT | Texts.PAREN_BIT | Words.CREDIT_WORD | Texts.TRICKY_BIT;

    /**
     * @return the first three letters of every word that opens a credit ({@link #PREFIXES},
     *     {@link InlineCredits#openers()}), for {@link Words#CREDIT_WORD}
     */
    static Set<String> creditWordStarts() {
        Set<String> starts = new HashSet<>();
        for (String p : PREFIXES) {
            starts.add(p.substring(0, 3));
        }
        for (String o : InlineCredits.openers()) {
            starts.add(o.substring(0, 3));
        }
        return starts;
    }

    /** @return where the credits at the end of a line's text begin, or -1 */
    private int gluedCredits(String vt, boolean creditWords) {
        int vEnd = vt.length();
        int credit = vEnd == 0 ? -1 : creditStart(vt, 0, vEnd, creditWords);
        // credits glued one after another all go now, not one per round (a later run would find the next)
        while (credit > 0) {
            int e = credit;
            while (e > 0 && Texts.isSpace(vt.charAt(e - 1))) {
                e--;
            }
            int more = e == 0 ? -1 : creditStart(vt, 0, e, creditWords);
            if (more < 0 || more >= credit) {
                break;
            }
            credit = more;
        }
        return credit;
    }

    /** @return {@link HashFilter#hash} of the folded chars of t[from, to) */
    private static int foldedHash(String t, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + Texts.fold(t.charAt(i));
        }
        return h;
    }

    /**
     * Per line, the view last looked at, its credit start and its inline credits (null: not looked
     * for); and what each line decided in the last round.
     */
    private static final class Memo {
        final String[] view;
        final int[] credit;
        final int[][] inline;
        /** Per line, its flag count when last decided (-1: never). */
        final int[] looked;
        /**
         * Per line, the key of its normalised text, when a later copy with a credit may repeat it
         * ({@code put}); for a touched line, what is left of it until a later line asks ({@code pending}).
         */
        final long[] keys;
        final boolean[] put;
        final String[] pending;

        Memo(int lines) {
            view = new String[lines];
            credit = new int[lines];
            inline = new int[lines][];
            looked = new int[lines];
            java.util.Arrays.fill(looked, -1);
            keys = new long[lines];
            put = new boolean[lines];
            pending = new String[lines];
        }

        /**
         * @return whether line j, which is {@code put}, has that key; a touched line's is worked out
         *     now, and the line is no longer put when too long or without a word
         */
        boolean hasKey(int j, long key, int maxWords) {
            String t = pending[j];
            if (t != null) {
                pending[j] = null;
                keys[j] = Words.hashOf(t, 0, t.length());
                put[j] = Texts.countWords(t, 0, t.length(), maxWords) <= maxWords && keys[j] != Words.EMPTY_HASH;
            }
            return put[j] && keys[j] == key;
        }
    }

    /**
     * @param creditWords false when t[start, end) surely holds no capitalised credit word ({@link
     *     Words#CREDIT_WORD}): a credit then needs a slash or an agency
     * @return where a credit at the end of [start, end) begins: {@code start} when the whole line
     *     is a credit, -1 when there is none
     */
    int creditStart(String t, int start, int end, boolean creditWords) {
        int tailFrom = Math.max(start, end - 160);
        int c = slashCredit(t, start, end, tailFrom);
        if (c >= 0) {
            return c;
        }
        c = creditWords ? prefixCredit(t, start, end, tailFrom) : -1;
        if (c >= 0) {
            return c;
        }
        return agencyCredit(t, start, end, tailFrom);
    }

    /** {@code Name Name/Agency} or {@code (AP Photo/Name Name)} ending the line. */
    private int slashCredit(String t, int start, int end, int tailFrom) {
        int anySlash = t.indexOf('/', tailFrom);
        if (anySlash < 0 || anySlash >= end) {
            return -1; // most lines: no slash near their end
        }
        int e = end;
        boolean paren = t.charAt(e - 1) == ')';
        if (paren) {
            e--;
        }
        int slash = -1;
        for (int i = e - 1; i >= tailFrom; i--) {
            char ch = t.charAt(i);
            if (ch == '/') {
                slash = i;
                break;
            }
            if (ch == '.' && i + 1 < e && Texts.isSpace(t.charAt(i + 1)) || ch == '!' || ch == '?' || ch == '"'
                    || ch == '\u201d' || ch == '(' || ch == ')') {
                return -1;
            }
        }
        if (slash < 0) {
            return -1;
        }
        // right of the slash: 1 to 6 capitalised words (an agency or a name)
        int ra = slash + 1;
        int rb = e;
        while (ra < rb && Character.isWhitespace(t.charAt(ra))) {
            ra++;
        }
        while (rb > ra && Character.isWhitespace(t.charAt(rb - 1))) {
            rb--;
        }
        int rWords = rb - ra <= longestAgency && agencyNames.contains(PhraseBook.fold(t.substring(ra, rb)))
                ? 1 : capitalisedWords(t, slash + 1, e, 6);
        if (rWords < 1) {
            return -1;
        }
        // left of the slash: up to 5 capitalised words back to punctuation or the line start
        int i = slash;
        while (i > start && Texts.isSpace(t.charAt(i - 1))) {
            i--;
        }
        int words = 0;
        while (i > start) {
            int we = i;
            int ws = we;
            while (ws > start && (Character.isLetterOrDigit(t.charAt(ws - 1)) || t.charAt(ws - 1) == '\''
                    || t.charAt(ws - 1) == '\u2019' || t.charAt(ws - 1) == '-' || t.charAt(ws - 1) == '.' && ws - 1 > start
                    && Texts.isUpper(t.charAt(ws - 2)) && (ws - 2 == start || !Texts.isLetter(t.charAt(ws - 3))))) {
                ws--;
            }
            if (ws == we) {
                break;
            }
            String w = t.substring(ws, we);
            boolean cap = Texts.isUpper(w.charAt(0));
            if (!cap && !NAME_PARTICLES.contains(w)) {
                // a lower-case word glued to a capitalised one ("Monday.Karim" has a period; "crewKarim" has none)
                int k = ws;
                while (k < we && !Texts.isUpper(t.charAt(k))) {
                    k++;
                }
                if (k < we && k > ws && words < 5 && isSentenceEndBefore(t, k)) {
                    return k;
                }
                return -1;
            }
            words++;
            if (words > 5) {
                return -1;
            }
            i = ws;
            if (i > start && t.charAt(i - 1) == '(') {
                return paren ? i - 1 : -1;
            }
            if (i > start && isSentenceEnd(t.charAt(i - 1))) {
                return i;
            }
            while (i > start && Texts.isSpace(t.charAt(i - 1))) {
                i--;
            }
            if (i > start && isSentenceEnd(t.charAt(i - 1))) {
                return i == ws ? ws : Texts.skipSpaces(t, i, ws);
            }
            if (i > start && !Character.isLetterOrDigit(t.charAt(i - 1))) {
                return -1;
            }
        }
        return words >= 1 && i == start ? start : -1;
    }

    /** File name endings of images, lower-cased, with their dot. */
    private static final String[] IMAGE_ENDINGS = {".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".svg"};

    /**
     * @return true when t[from, to), spaces aside, is one token (no space inside, at most 200
     *     chars) that ends as an image's file name does: "wyze-sense-yellow.jpg", "IMG_0042.JPEG"
     */
    static boolean isImageFileName(String t, int from, int to) {
        while (to > from && Texts.isSpace(t.charAt(to - 1))) {
            to--;
        }
        if (to == from) {
            return false;
        }
        char last = (char) (t.charAt(to - 1) | 0x20);
        if (last != 'g' && last != 'f' && last != 'p') {
            return false; // most lines: not one of the endings' last letters
        }
        while (from < to && Texts.isSpace(t.charAt(from))) {
            from++;
        }
        if (to - from > 200) {
            return false;
        }
        for (String e : IMAGE_ENDINGS) {
            if (to - from > e.length() && t.regionMatches(true, to - e.length(), e, 0, e.length())) {
                for (int i = from; i < to; i++) {
                    if (Texts.isSpace(t.charAt(i))) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /**
     * @return true when t[i] follows a whole word of small letters, two or more, without a space
     *     ("rabbitCredit"; not a name such as "McCredit")
     */
    private static boolean gluedToWord(String t, int start, int i) {
        int k = i;
        int from = Math.max(start, i - 40); // no word is longer: the look back stays bounded
        while (k > from && Character.isLowerCase(t.charAt(k - 1))) {
            k--;
        }
        return i - k >= 2 && (k == start || k == from || !Character.isLetterOrDigit(t.charAt(k - 1)));
    }

    /** {@link #galleryCounter}: no counter. */
    private static final int NO_COUNTER = 0;
    /** {@link #galleryCounter}: "Image 2 of 5", the caption of that image follows. */
    private static final int IMAGE_COUNTER = 1;
    /** {@link #galleryCounter}: "Slide 2 of 5", the slide's own text follows. */
    private static final int SLIDE_COUNTER = 2;
    private static final List<String> IMAGE_WORDS = List.of("image", "photo", "picture", "foto", "bild", "imagen", "immagine");
    private static final List<String> COUNTER_OF = List.of("of", "von", "de", "di");
    private static final String SLIDE_WORD = "slide";
    /** The first letters of {@link #IMAGE_WORDS} and of {@link #SLIDE_WORD}. */
    private static final String COUNTER_INITIALS = IMAGE_WORDS.stream().map(w -> w.substring(0, 1)).distinct()
            .collect(java.util.stream.Collectors.joining()) + SLIDE_WORD.charAt(0);

    /**
     * @return {@link #IMAGE_COUNTER} for a gallery's counter line such as {@code Image 2 of 5} or
     *     {@code Foto 2 von 5} (n at most m), {@link #SLIDE_COUNTER} for {@code Slide 2 of 5}, else
     *     {@link #NO_COUNTER}
     */
    static int galleryCounter(String t, int from, int to) {
        if (to - from > 30 || COUNTER_INITIALS.indexOf(t.charAt(from) | 0x20) < 0) {
            return NO_COUNTER;
        }
        String[] parts = t.substring(from, to).strip().split(" +");
        if (parts.length != 4 || !COUNTER_OF.contains(parts[2].toLowerCase(java.util.Locale.ROOT))) {
            return NO_COUNTER;
        }
        int n = smallNumber(parts[1]);
        int m = smallNumber(parts[3]);
        if (n < 1 || m < n) {
            return NO_COUNTER;
        }
        String word = parts[0].toLowerCase(java.util.Locale.ROOT);
        return IMAGE_WORDS.contains(word) ? IMAGE_COUNTER : word.equals(SLIDE_WORD) ? SLIDE_COUNTER : NO_COUNTER;
    }

    /** @return the value of one to four ASCII digits, else -1 */
    private static int smallNumber(String s) {
        if (s.isEmpty() || s.length() > 4) {
            return -1;
        }
        int v = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + c - '0';
        }
        return v;
    }

    /**
     * @return true when t[from, to) is a gallery's photo count or index ("6", "3/12", "3 / 12"):
     *     a line of digits, with a slash and spaces at most, no longer than 9 chars
     */
    static boolean isPhotoCount(String t, int from, int to) {
        while (from < to && Texts.isSpace(t.charAt(from))) {
            from++;
        }
        while (to > from && Texts.isSpace(t.charAt(to - 1))) {
            to--;
        }
        if (to == from || to - from > 9) {
            return false;
        }
        int digits = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c != '/' && c != ' ') {
                return false;
            }
        }
        return digits > 0 && Character.isDigit(t.charAt(from)) && Character.isDigit(t.charAt(to - 1));
    }

    private static boolean isSentenceEndBefore(String t, int k) {
        return k > 0 && isSentenceEnd(t.charAt(k - 1));
    }

    private static boolean isSentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?' || c == '"' || c == '\u201d' || c == '\u2019' || c == ')';
    }

    /** @return how many words in [from, to), when each starts with a capital (or is an agency particle), else -1 */
    private static int capitalisedWords(String t, int from, int to, int max) {
        int words = 0;
        int i = from;
        while (i < to) {
            char c = t.charAt(i);
            if (Texts.isSpace(c) || c == '-' || c == '&') {
                i++;
                continue;
            }
            int ws = i;
            while (i < to && !Texts.isSpace(t.charAt(i))) {
                i++;
            }
            char first = t.charAt(ws);
            if (!Texts.isUpper(first) && !Character.isDigit(first) && !NAME_PARTICLES.contains(t.substring(ws, i))) {
                return -1;
            }
            if (t.charAt(i - 1) == '.' && i - ws > 4 && Character.isLowerCase(t.charAt(i - 2))) {
                return -1; // a sentence ends here: not a credit
            }
            if (++words > max) {
                return -1;
            }
        }
        return words;
    }

    /** {@code Photo: Jane Doe}, {@code Image credit: Reuters}, {@code Foto: dpa} ending the line (at most 10 words). */
    private int prefixCredit(String t, int start, int end, int tailFrom) {
        for (int i = tailFrom; i < end; i++) {
            if (!Texts.isUpper(t.charAt(i))) {
                continue;
            }
            // glued to a caption's last word ("a rabbitCredit: Getty"): then only with a colon after it
            boolean glued = false;
            if (i > start) {
                char prev = t.charAt(i - 1);
                glued = gluedToWord(t, start, i);
                if (!glued && !isSentenceEnd(prev) && !Texts.isSpace(prev) && prev != '|' && prev != '(') {
                    continue;
                }
                if (Texts.isSpace(prev)) {
                    int p = i - 1;
                    while (p > start && Texts.isSpace(t.charAt(p))) {
                        p--;
                    }
                    if (!isSentenceEnd(t.charAt(p)) && t.charAt(p) != '|') {
                        continue;
                    }
                }
            }
            if (!Texts.isUpper(t.charAt(i))) {
                continue;
            }
            char first = Texts.lower(t.charAt(i));
            for (String p : PREFIXES) {
                if (p.charAt(0) != first) {
                    continue;
                }
                int pe = i + p.length();
                if (pe >= end || !t.regionMatches(true, i, p, 0, p.length())) {
                    continue;
                }
                int k = pe;
                while (k < end && Texts.isSpace(t.charAt(k))) {
                    k++;
                }
                boolean marker = k < end && (t.charAt(k) == ':' || !glued && t.charAt(k) == '/')
                        || !glued && (t.regionMatches(true, k, "by ", 0, 3) || t.regionMatches(true, k, "courtesy", 0, 8)
                        || t.regionMatches(true, k, "von ", 0, 4) || t.regionMatches(true, k, "par ", 0, 4));
                if (marker && Texts.countWords(t, pe, end) <= 10) {
                    int s = (i > start && t.charAt(i - 1) == '(') ? i - 1 : i;
                    return s;
                }
            }
        }
        return -1;
    }

    /** @return where the last token of t[start, end) ends, before closing parentheses and full stops */
    private static int tokenEnd(String t, int start, int end) {
        int e = end;
        while (e > start && (t.charAt(e - 1) == ')' || t.charAt(e - 1) == '.')) {
            e--;
        }
        return e;
    }

    /** A known agency ending the line after a sentence: {@code ...on Monday. John Smith Getty Images}. */
    int agencyCredit(String t, int start, int end, int tailFrom) {
        int e = tokenEnd(t, start, end);
        int lw = e;
        while (lw > start && !Texts.isSpace(t.charAt(lw - 1))) {
            lw--;
        }
        int from = Math.max(lw, e - AGENCY_TOKEN);
        if (!lastWordFilter.mayContain(foldedHash(t, from, e))
                || !agencyLastWords.contains(PhraseBook.fold(t.substring(from, e)))) {
            return -1;
        }
        // an agency's name is no longer than the longest: start looking there
        for (int i = Math.max(tailFrom, e - longestAgency); i < e; i++) {
            if (i > start && Character.isLetterOrDigit(t.charAt(i - 1)) && !(Texts.isUpper(t.charAt(i))
                    && Character.isLowerCase(t.charAt(i - 1)))) {
                continue;
            }
            String rest = PhraseBook.fold(t.substring(i, e));
            if (!agencyNames.contains(rest)) {
                continue;
            }
            // the agency ends the line; take up to 4 capitalised words before it, back to a sentence end
            int s = i;
            int words = 0;
            // "Michael Conroy, AP": a comma between the names and the agency, a credit only as a line of its own
            boolean comma = false;
            while (true) {
                int p = s;
                while (p > start && Texts.isSpace(t.charAt(p - 1))) {
                    p--;
                }
                if (p == start) {
                    return comma && words == 0 ? -1 : start;
                }
                char prev = t.charAt(p - 1);
                if (prev == ',' && s == i) {
                    comma = true;
                    s = p - 1;
                    continue;
                }
                if (isSentenceEnd(prev) || prev == '|' || prev == '/' || prev == '(') {
                    return comma ? -1 : prev == '(' ? p - 1 : (prev == '/' ? -1 : s);
                }
                int ws = p;
                // a name's letters, and a hyphen or an apostrophe inside it ("Jean-Pierre", "Kwan-ho", "O'Neil")
                while (ws > start && (Texts.isLetter(t.charAt(ws - 1))
                        || ws - 1 > start && ws < p && Words.isJoiner(t.charAt(ws - 1)) && Texts.isLetter(t.charAt(ws - 2)))) {
                    ws--;
                }
                String w = t.substring(ws, p);
                if (ws == p || words >= 4 || !(Texts.isUpper(w.charAt(0)) || NAME_PARTICLES.contains(w))) {
                    return -1;
                }
                words++;
                s = ws;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return "captions";
    }
}
