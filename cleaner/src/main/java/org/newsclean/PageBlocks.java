package org.newsclean;

import java.util.List;
import java.util.Locale;

/**
 * The analysis behind {@link PageBlocksHeuristic}: a class and a score per line, the article
 * region (the best-scoring contiguous run of lines) and the headline. Linear in the document's
 * size. Looks at the lines' text only, never at flags.
 */
final class PageBlocks {
    /** What a line looks like on its own. */
    enum Kind {
        /** Boilerplate phrases make up most of the line. */
        PHRASE,
        /** A phrase that opens a block of other stories, comments or a newsletter form. */
        BARRIER,
        /** Few words and no sentence: a menu item, a button, a label. */
        SHORT,
        /** Enough words but few function words: lists of names, tickers, tags. */
        POOR,
        /** Neither clearly text nor clearly boilerplate. */
        MEDIUM,
        /** A sentence-like block dense in function words. */
        GOOD
    }

    /**
     * What a boilerplate line opens, which decides how the text after it counts. A line still
     * standing has one when it is a barrier line ({@link Kind#BARRIER}, or a short line that asks for
     * a comment); a line another heuristic removed (a gap line) has one too, and its score in the
     * region search is this one's.
     */
    enum Opener {
        /** Opens nothing. A removed line of this kind counts as a boilerplate phrase line. */
        NONE(P_PHRASE),
        /** Opens nothing either: a removed byline or date line ({@link #isBylineText}), which a teaser may have under it. */
        BYLINE(P_PHRASE),
        /** Opens comments or a notice. */
        NOTICE(P_BARRIER),
        /** Opens a newsletter box (a line of the newsletter list's phrases), after which the article may go on. */
        NEWSLETTER(P_BARRIER),
        /**
         * Asks for a comment ("Leave a reply", {@link #COMMENT_FORMS}): after a paragraph of the
         * article, whatever text follows is the form's notices and the comments, and counts for
         * little ({@link #dampAfterOpener}).
         */
        COMMENT_FORM(P_BARRIER - 0.5),
        /**
         * Opens the author's bio ({@link #opensBio}: "About the author", "Über Lena Hartmann"):
         * after a paragraph of the article, what follows counts for little, as after a comment form.
         */
        BIO(P_BARRIER - 0.5),
        /** Only opens other stories: lone text blocks after it count as teasers ({@link #dampAfterOpener}). */
        STORIES(P_BARRIER - 1),
        /**
         * Of two words or more, names a list of other stories ("More videos", "You may also like";
         * not "Read more", a teaser's link): lone text blocks after it count for nothing even before
         * the article ({@link #dampAfterOpener}).
         */
        STORY_LIST(P_BARRIER - 1.5);

        /** The score of a line that opens this. */
        final double score;

        Opener(double score) {
            this.score = score;
        }

        /** @return true when the line opens something (a barrier), false for {@link #NONE} and {@link #BYLINE} */
        boolean isBarrier() {
            return this != NONE && this != BYLINE;
        }
    }

    static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
            "sep", "oct", "nov", "dec", "januar", "februar", "märz", "mai", "juni", "juli", "okt", "dez",
            "janvier", "février", "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
            "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
            "noviembre", "diciembre", "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre",
            "ottobre", "dicembre", "janeiro", "fevereiro", "março", "maio", "junho", "julho", "setembro", "outubro",
            "novembro", "dezembro", "januari", "februari", "maart", "mei", "augustus", "oktober");
    /** {@link #MONTHS} by their first char (all ASCII). */
    private static final String[][] MONTHS_BY_START = new String[128][];
    private static final String[] NO_MONTHS = {};

    static {
        java.util.Arrays.fill(MONTHS_BY_START, NO_MONTHS);
        for (String m : MONTHS) {
            String[] same = MONTHS_BY_START[m.charAt(0)];
            same = java.util.Arrays.copyOf(same, same.length + 1);
            same[same.length - 1] = m;
            MONTHS_BY_START[m.charAt(0)] = same;
        }
    }

    private static final java.util.Set<String> BY_WORDS = java.util.Set.of("by", "von", "par", "por", "di", "door", "de", "av", "oleh",
            "posted", "published", "updated", "written", "veröffentlicht", "aktualisiert", "publié", "publicado",
            "pubblicato", "gepubliceerd", "stand");

    /**
     * Short lines that open a block of other content (comments, other stories, tags), compared
     * lower-case without trailing punctuation and leading counts ("34 comments").
     */
    private static final int MAX_BY_WORD = BY_WORDS.stream().mapToInt(String::length).max().orElse(0);
    /** The first chars of {@link #BY_WORDS}: a word lower-cased starts with the lower case of its first char. */
    private static final String BY_WORD_STARTS = BY_WORDS.stream().map(w -> w.substring(0, 1)).distinct().sorted()
            .collect(java.util.stream.Collectors.joining());
    private static final java.util.Set<String> OPENERS = java.util.Set.of("comments", "comment", "responses",
            "replies", "reply", "leave a reply", "leave a comment", "post a comment", "add a comment", "join the discussion",
            "join the conversation", "previous post", "next post", "recent posts", "related posts", "related articles",
            "related stories", "related", "more stories", "more from", "top stories", "most popular", "most read",
            "popular", "trending", "trending now", "latest news", "latest", "recommended", "recommended for you",
            "you may also like", "you might also like", "read next", "more news", "tags", "topics", "categories", "avatar",
            "kommentare", "kommentar", "antworten", "meistgelesen", "mehr zum thema", "commentaires", "répondre",
            "à lire aussi", "comentarios", "responder", "commenti", "rispondi", "comentários", "reacties",
            "reageer", "lees ook", "комментарии", "ответить", "читайте также", "komentarze", "yorumlar", "komentar",
            "like this article", "we recommend", "about the author", "editor's picks", "editors' picks", "most viewed",
            "most shared", "around the web", "from our partners", "sponsored", "sponsored stories", "promoted stories",
            "paid content", "more on this story", "more on this topic", "related topics", "related content",
            "related coverage", "related video", "related videos", "don't miss", "also read", "read more", "see also",
            "what to read next", "up next", "more videos", "latest videos", "das könnte sie auch interessieren",
            "weitere artikel", "sur le même sujet", "à voir aussi", "le lecture consigliate", "leggi anche", "te puede interesar",
            "leia também", "veja também", "mais lidas", "notícias relacionadas", "você pode gostar", "você também pode gostar", "noticias relacionadas", "похожие новости",
            "関連記事", "関連ニュース", "新着記事", "人気記事", "おすすめ記事", "スポンサードリンク", "コメント", "カテゴリー", "相关文章",
            "相关新闻", "热门文章", "推荐阅读", "评论", "관련기사", "관련 기사", "많이 본 뉴스", "댓글");

    /** How much more than its own score the n-th line of a boilerplate run may weigh. */
    private static final double MAX_RUN_WEIGHT = 2.5;
    /** Weight of a text block with no text block next to it (a teaser between its headline and byline). */
    private static final double P_ISO = 0.5;
    /**
     * Score of a barrier line (see {@link Opener}; the kinds of barrier score a little apart, as
     * they were tuned when the kind was told by the score).
     */
    private static final double P_BARRIER = -20;
    /** A line of at most this many words that starts as one of {@link #COMMENT_FORMS} asks for a comment. */
    private static final int FORM_WORDS = 6;
    /** How a line that asks for a comment starts, lower-cased. */
    private static final List<String> COMMENT_FORMS = List.of("leave a reply", "leave a comment", "post a comment",
            "add a comment", "write a comment", "submit a comment", "add your comment", "schreibe einen kommentar",
            "kommentar schreiben", "laisser un commentaire", "laissez un commentaire", "deja un comentario",
            "dejar un comentario", "deixe um comentário", "deixe seu comentário", "lascia un commento",
            "laat een reactie achter", "оставить комментарий", "оставьте комментарий");
    private static final int SHORTEST_FORM = COMMENT_FORMS.stream().mapToInt(String::length).min().orElse(0);
    /** The {@link Words} hashes of the first words of {@link #COMMENT_FORMS} (all lower-case). */
    private static final HashFilter FORM_FIRST_WORDS = new HashFilter(10);

    static {
        for (String f : COMMENT_FORMS) {
            FORM_FIRST_WORDS.add(HashFilter.hash(f, 0, f.indexOf(' ')));
        }
    }
    /** A box's removed parts with at most this many lines between them open once (see {@link #findRegion}). */
    private static final int BOX_PARTS = 2;
    /** How much each further line of a boilerplate run adds to its weight. */
    private static final double P_STEP = 0.5;
    /** Score of a medium line that is not a sentence (a teaser headline, a subheading). */
    private static final double P_MED = -1.5;
    /** Score of a short line: a menu item, a button, a label. */
    private static final double P_SHORT = -4;
    /** Score of a line made of boilerplate phrases. */
    private static final double P_PHRASE = -5;

    /** How many lines before the article the headline is looked for. */
    private static final int HEADLINE_WINDOW = 10;

    /** Lines that mark each single comment in a thread. */
    private static final java.util.Set<String> COMMENT_MARKERS = java.util.Set.of("reply", "avatar", "antworten",
            "répondre", "responder", "rispondi", "reageer", "ответить", "odpowiedz", "yanıtla", "balas",
            "report", "report comment", "like reply", "flag", "permalink");
    private static final int MAX_MARKER = COMMENT_MARKERS.stream().mapToInt(String::length).max().orElse(0);
    /** An announced list keeps at most this many lines. */
    private static final int MAX_LIST_ITEMS = 60;
    /**
     * Short lines in a row outside the article for them to be a menu (of the site's own sections,
     * which no phrase list knows), and so a page's chrome.
     */
    static final int MENU_LINES = 10;
    /** A block of at most this many words that ends no sentence is short (a menu item, a subheading). */
    private static final int SHORT_BLOCK_WORDS = 3;
    /** A line that opens other stories ("Most read", "You may also like") has at most this many words. */
    private static final int OPENER_WORDS = 8;
    /** A teaser snippet has at most this many words. */
    private static final int TEASER_WORDS = 45;
    /** Teasers of one list stand at most this many lines apart. */
    private static final int TEASER_SPAN = 5;
    /** How much a text block counts in a teaser list. */
    private static final double TEASER_WEIGHT = 0.2;
    /**
     * Lone text blocks after a list of other stories before the article for them to count as its
     * items, which then count for nothing: captions of a video carousel, teasers.
     */
    private static final int MIN_LISTED = 3;
    /** Such blocks stand at most this many lines apart, the first as far from the line: one further away is not the list's. */
    private static final int LISTED_SPAN = 8;
    /** Words of text before an opener of other stories for the blocks after it to count as teasers. */
    private static final double OPENER_TEXT_BEFORE = 40;
    /** How much a text block counts inside a comment thread. */
    private static final double COMMENT_WEIGHT = 0.2;

    private final OthersView view;
    /** The view's lines ({@link OthersView#lines}); not modified. */
    private final Line[] lines;
    private final Kind[] kinds;
    private final double[] scores;
    /** Per line, what it opens ({@link Opener#NONE} for most). */
    private final Opener[] openers;
    private final boolean[] byline;
    /** Per line, {@link #isBylineText} once known: 0 unknown, 1 no, 2 yes. */
    private final byte[] bylineText;
    /** Per line, the category of its first phrase match when phrases make up the line, else null. */
    private final Category[] phraseCategory;
    private int[] blockOf;
    private int regionStart = -1;
    private int regionEnd = -1;
    /**
     * Per line, whether it stands in a box inside the region before its last paragraphs
     * ({@link #lastParagraphAfterBox}); or null.
     */
    private boolean[] inBox;
    private int headline = -1;
    private int standfirst = -1;
    /** The region found without the gaps. */
    private int[] plain;
    /** That region extended to whole blocks and into a list it announces, {first, last} or {-1, -1}. */
    private int[] plainBlocks;
    private int plainOutside;
    /** {@link #chromeOutside}, worked out once. */
    private boolean chrome;
    private int commentsFrom = -1;
    /** Per line, {@link #isCommentMarker} once known: 0 unknown, 1 no, 2 yes. */
    private final byte[] commentMarker;
    /** {@link #commentThread()} once known, else {@link #UNKNOWN}. */
    private int commentThread = UNKNOWN;
    private static final int UNKNOWN = -2;
    private int commentsTo = -1;

    private PageBlocks(OthersView view) {
        this.view = view;
        this.lines = view.lines();
        this.kinds = new Kind[lines.length];
        this.scores = new double[lines.length];
        this.openers = new Opener[lines.length];
        this.byline = new boolean[lines.length];
        this.bylineText = new byte[lines.length];
        this.phraseCategory = new Category[lines.length];
        this.commentMarker = new byte[lines.length];
    }

    /**
     * The first step of the analysis: classifies the lines and finds the region without the gaps,
     * all that {@link #blocksOutside()} and {@link #blocks()} need; {@link #locate} does the rest.
     *
     * @param view the text, one block per line (or paragraphs between blank lines)
     * @param stops the stopword counts of the view's lines ({@link OthersView#stops})
     * @param lang the view's language ({@link OthersView#language})
     */
    static PageBlocks classify(OthersView view, Stopwords.LineStops stops, String lang) {
        PageBlocks pb = new PageBlocks(view);
        pb.classify(lang, stops);
        pb.plain = pb.findRegion(null);
        pb.plainBlocks = pb.wholeBlocks(pb.plain[0], pb.extendIntoList(pb.plain[1], null, false));
        pb.plainOutside = pb.outside(pb.plainBlocks[0], pb.plainBlocks[1]);
        pb.chrome = pb.phraseLineOutside(pb.plainBlocks[0], pb.plainBlocks[1]);
        return pb;
    }

    /**
     * Whether {@link PageBlocksHeuristic} may act on the view at all, told before the stopword
     * counts and the classification, which cost the most. It acts only when a line of boilerplate
     * phrases or a menu stands outside the run of paragraphs it keeps ({@link #chromeOutside},
     * {@link #looksExtracted}), and such lines show here. A block of phrases has a line most of
     * whose word chars phrases cover, or it is one short line that opens other stories
     * ({@link #isOpener}); a menu is {@link #MENU_LINES} short lines in a row (at most
     * {@value #SHORT_BLOCK_WORDS} words, or a line the text repeats that is no list's label:
     * {@link #repeatedLines}). The thresholds are the classification's own ({@link #SHORT_BLOCK_WORDS},
     * {@link #OPENER_WORDS}, {@link #mostlyPhrases}, {@link #repeatedLines}). A line's word count here
     * ({@link Line#wordCount}, which joins words at hyphens as well as apostrophes) is at most the
     * classification's, so every line the classification finds short is short here too. Text with
     * Han, kana or Hangul letters, whose words the classification counts otherwise, always may.
     *
     * @return false when the view has no line of boilerplate phrases and no menu
     */
    static boolean mayAct(OthersView view) {
        Line[] lines = view.lines();
        boolean[] repeated = null;
        int shortRun = 0;
        for (int i = 0; i < lines.length; i++) {
            Line l = lines[i];
            if ((view.lineChars(i) & Texts.SCRIPT_LETTER_BIT) != 0) {
                return true;
            }
            int[] m = view.matches(i);
            int w = l.wordCount();
            if (m != null && mostlyPhrases(l, coveredChars(l, m)) || opens(view.source(i), l, w)) {
                return true;
            }
            if (w > SHORT_BLOCK_WORDS && repeated == null) {
                repeated = repeatedLines(view);
            }
            shortRun = w <= SHORT_BLOCK_WORDS || repeated[i] ? shortRun + 1 : 0;
            if (shortRun >= MENU_LINES) {
                return true;
            }
        }
        return false;
    }

    /**
     * The second step of the analysis: the region with the gaps (which {@link #regionStart()} and
     * {@link #regionEnd()} give), its headline, the bylines and the comments after it. In a live
     * blog ({@link LiveBlog#span}) the gaps between its entries do not count, and the region starts
     * at its first entry's time.
     *
     * @param gaps see {@link #findRegion}; or null
     */
    void locate(Opener[][] gaps) {
        markBylines();
        int[] live = gaps == null ? null : LiveBlog.span(lines, kinds, view::source);
        if (live != null) {
            // each entry of a live blog ends in its share buttons: between entries, removed lines are no border
            gaps = gaps.clone();
            java.util.Arrays.fill(gaps, live[0] + 1, live[1] + 1, null);
        }
        int[] region = gaps == null ? plain : findRegion(gaps);
        int[] whole = wholeBlocks(region[0], region[1]);
        regionStart = whole[0];
        if (live != null && regionStart > live[0] && regionStart <= live[1]) {
            regionStart = live[0]; // from the first entry's time and title on
        }
        regionEnd = extendIntoList(whole[1], gaps, true);
        int last = lastParagraphAfterBox(regionEnd, gaps);
        if (last > regionEnd) {
            regionEnd = last;
        }
        findHeadline(gaps);
        findComments(gaps);
    }

    int regionStart() {
        return regionStart;
    }

    /** @return whether line i, inside the region, belongs to a box inside the article before its last paragraphs */
    boolean inBox(int i) {
        return inBox != null && inBox[i];
    }

    /** A box inside the article has at most this many lines still standing. */
    private static final int BOX_LINES = 3;
    /** Whether the box {@link #paragraphAfterBox} last went past names a list of other stories ... */
    private boolean boxNamesStories;
    /** ... and how many of its lines open a newsletter box (its heading, its button). */
    private int boxNewsletterParts;
    /** The article's end runs through at most this many boxes. */
    private static final int MAX_BOXES = 3;

    /**
     * The article's last paragraphs after boxes inside it: a box of other stories ("Related stories"
     * and a headline or two) or a newsletter box, then a paragraph or more, perhaps another box and
     * more paragraphs ({@value #MAX_BOXES} boxes at most), then the page's end. A box breaks the run
     * of paragraphs, and a text block alone after a line that opens other stories counts as a teaser.
     * The paragraphs are the article's when each box holds no text block (at most {@value #BOX_LINES}
     * lines still standing, none a barrier of another kind; a headline's date may stand), each
     * paragraph ends a sentence, a newsletter box alone showed two parts before them (its heading
     * and its button: with the heading alone, the paragraph is its pitch), and no byline (a
     * teaser's) and no text block follow the last paragraph within {@value #TEASER_SPAN} lines: a
     * list of teasers goes on with more of them. The boxes' lines still standing are marked
     * ({@link #inBox}).
     *
     * @param end the region's last line
     * @return the last line of those paragraphs, or -1
     */
    private int lastParagraphAfterBox(int end, Opener[][] gaps) {
        return end < 0 ? -1 : afterBoxes(end, gaps, 1);
    }

    /** @return see {@link #lastParagraphAfterBox}, through at most {@link #MAX_BOXES} - depth + 1 boxes */
    private int afterBoxes(int end, Opener[][] gaps, int depth) {
        int first = paragraphAfterBox(end, gaps);
        boolean stories = boxNamesStories;
        int newsletterParts = boxNewsletterParts;
        int last = first < 0 ? -1 : paragraphsFrom(first, gaps);
        if (last < 0) {
            return -1;
        }
        int further = depth < MAX_BOXES ? afterBoxes(last, gaps, depth + 1) : -1;
        if (further < 0) {
            // the page's end: after a newsletter box alone whose button did not show before the
            // paragraph, it is the box's pitch ("Sign up for newsletters", "Get breaking news and
            // more!"); a paragraph with a byline under it is a teaser
            if (!stories && newsletterParts < 2
                    || last + 1 < lines.length && (byline[last + 1] || gapHas(gaps, last + 1, Opener.BYLINE))) {
                return -1;
            }
            for (int k = last + 1; k < lines.length && k - last <= TEASER_SPAN; k++) {
                if (scores[k] > 0) {
                    return -1;
                }
            }
        }
        if (inBox == null) {
            inBox = new boolean[lines.length];
        }
        java.util.Arrays.fill(inBox, end + 1, first, true);
        return further < 0 ? last : further;
    }

    /**
     * @return the first text block after a box right after line {@code end}: lines that score
     *     nothing, among them a line (still standing or removed) that names a list of other stories
     *     or opens a newsletter box, and no barrier of another kind; or -1
     */
    private int paragraphAfterBox(int end, Opener[][] gaps) {
        boolean opener = false;
        boxNamesStories = false;
        boxNewsletterParts = 0;
        int removed = 0;
        for (int i = end + 1; i < lines.length; i++) {
            if (gaps != null && gaps[i] != null) {
                for (Opener g : gaps[i]) {
                    if (g.isBarrier() && !opensBox(g) || ++removed > BOX_REMOVED) {
                        return -1; // comments or a notice, or no box but a page's end
                    }
                    opener |= opensBox(g);
                    boxNamesStories |= g == Opener.STORY_LIST;
                    boxNewsletterParts += g == Opener.NEWSLETTER ? 1 : 0;
                }
            }
            if (scores[i] > 0) {
                return opener ? i : -1;
            }
            if (i - end > BOX_LINES || kinds[i] == Kind.BARRIER && !opensBox(openers[i])) {
                return -1; // too long for a box, comments or a notice
            }
            opener |= opensBox(openers[i]);
            boxNamesStories |= openers[i] == Opener.STORY_LIST;
            boxNewsletterParts += openers[i] == Opener.NEWSLETTER ? 1 : 0;
        }
        return -1;
    }

    /**
     * @return for {@link #lastParagraphAfterBox}, the last line of the paragraphs from line i on
     *     (text blocks next to each other) when they end sentences and have {@value #BOX_PARAGRAPH_WORDS}
     *     words or more; else -1
     */
    private int paragraphsFrom(int i, Opener[][] gaps) {
        int last = i;
        while (last + 1 < lines.length && scores[last + 1] > 0 && (gaps == null || gaps[last + 1] == null)) {
            last++;
        }
        int words = 0;
        for (int k = i; k <= last; k++) {
            if (kinds[k] != Kind.GOOD || !endsSentence(k)) {
                return -1;
            }
            words += lines[k].wordCount();
        }
        if (words < BOX_PARAGRAPH_WORDS) {
            return -1; // a notice or a prompt ("Tell us what you think.") more often than a paragraph
        }
        return last;
    }

    /** @return whether one of the removed lines right before line i opens that */
    private static boolean gapHas(Opener[][] gaps, int i, Opener o) {
        if (gaps != null && gaps[i] != null) {
            for (Opener g : gaps[i]) {
                if (g == o) {
                    return true;
                }
            }
        }
        return false;
    }

    /** @return whether the opener opens a box the article may go on after: a list of other stories, a newsletter box */
    private static boolean opensBox(Opener o) {
        return o == Opener.STORY_LIST || o == Opener.NEWSLETTER;
    }

    /** ... and at most this many lines other heuristics removed. */
    private static final int BOX_REMOVED = 12;
    /** The article's paragraphs after such a box have at least this many words. */
    private static final int BOX_PARAGRAPH_WORDS = 15;

    int regionEnd() {
        return regionEnd;
    }

    int headline() {
        return headline;
    }

    /** @return the line between headline and article that stays with them, or -1 */
    int standfirst() {
        return standfirst;
    }

    /**
     * @return how many blocks lie outside the region found without the gaps (extended to whole
     *     blocks, with one block before it for a headline)
     */
    int blocksOutside() {
        return plainOutside;
    }

    /** @return the run of lines a to b (-1 when none) widened to start and end with whole blocks */
    private int[] wholeBlocks(int a, int b) {
        if (a < 0) {
            return new int[] {a, b};
        }
        while (a > 0 && blockOf[a - 1] == blockOf[a]) {
            a--;
        }
        while (b + 1 < lines.length && blockOf[b + 1] == blockOf[b]) {
            b++;
        }
        return new int[] {a, b};
    }

    /** @return how many blocks lie outside whole blocks a to b and the block before them (a headline's) */
    private int outside(int a, int b) {
        if (a < 0) {
            return blocks();
        }
        int n = 0;
        for (int i = 0; i < lines.length; i++) {
            boolean inside = i >= a - 1 && i <= b;
            if (!inside && (i == 0 || blockOf[i - 1] != blockOf[i])) {
                n++;
            }
        }
        return n;
    }

    /**
     * Whether the region found is most likely a fragment of an article that was extracted already,
     * lists and tables in it: no line outside the region is one of boilerplate phrases
     * ({@link #chromeOutside}), and no run of {@link #MENU_LINES} short lines or more stands
     * outside it either (a menu of the site's own sections), unless the sentence-like text outside
     * weighs at least half of the region's. A stats table between the paragraphs of a sports
     * report, a recipe's ingredient lists or a ranking break an article into runs; whole-page text
     * shows its chrome beside such runs. Known after {@link #classify}.
     *
     * @return true when the text should be left as it is
     */
    boolean looksExtracted() {
        int a = plainBlocks[0];
        int b = plainBlocks[1];
        if (a < 0 || chromeOutside()) {
            return false;
        }
        int inside = 0;
        int outside = 0;
        int shortRun = 0;
        boolean menu = false;
        for (int i = 0; i < lines.length; i++) {
            boolean in = i >= a - 1 && i <= b;
            shortRun = !in && kinds[i] == Kind.SHORT ? shortRun + 1 : 0;
            menu |= shortRun >= MENU_LINES;
            if (kinds[i] == Kind.GOOD) {
                if (in) {
                    inside += lines[i].wordCount();
                } else {
                    outside += lines[i].wordCount();
                }
            }
        }
        return !menu || outside > 0 && outside * 2 >= inside;
    }

    /**
     * Whether a line of boilerplate phrases (a menu, a footer, an opener of other stories: what the
     * chrome of a whole page leaves) stands outside the region found without the gaps, extended to
     * whole blocks with one block before it for a headline, as {@link #blocksOutside} counts. That
     * region is the one cleaning the output again would find, where no removed line stands, so the
     * answer stays the same then. Known after {@link #classify}.
     */
    boolean chromeOutside() {
        return chrome;
    }

    /** @return whether a line of boilerplate phrases stands outside lines a to b and the line before them */
    private boolean phraseLineOutside(int a, int b) {
        for (int i = 0; i < lines.length; i++) {
            if ((i < a - 1 || i > b) && (kinds[i] == Kind.PHRASE || kinds[i] == Kind.BARRIER)) {
                return true;
            }
        }
        return false;
    }

    /** @return how many blocks the text has */
    int blocks() {
        return lines.length == 0 ? 0 : blockOf[lines.length - 1] + 1;
    }

    Kind kind(int i) {
        return kinds[i];
    }

    boolean isByline(int i) {
        return byline[i];
    }

    /**
     * Splits the lines into blocks: each line is a block, unless the text separates hard-wrapped
     * paragraphs by blank lines (an eighth of the lines or more follow one, and {@value #WRAPPED_LINES}
     * lines or more go on with a sentence the line before left unfinished, see {@link #continues}),
     * in which case lines between blank lines make one block. A page whose paragraphs stand one a
     * line, some of them between blank lines, stays a line a block: its lines between two blank
     * lines are not one paragraph, and which lines other heuristics removed would else decide it.
     */
    private int[] splitBlocks() {
        int blankBefore = 0;
        int wrapped = 0;
        for (int i = 0; i < lines.length; i++) {
            if (view.blankBefore(i)) {
                blankBefore++;
            } else if (i > 0 && wrapped < WRAPPED_LINES && continues(i)) {
                wrapped++;
            }
        }
        int[] blockOf = new int[lines.length];
        boolean paragraphs = blankBefore >= 2 && blankBefore * 8 >= lines.length && wrapped >= WRAPPED_LINES;
        int b = -1;
        for (int i = 0; i < lines.length; i++) {
            if (!paragraphs || i == 0 || view.blankBefore(i)) {
                b++;
            }
            blockOf[i] = b;
        }
        return blockOf;
    }

    /** Lines that go on with the sentence of the line before in a text of hard-wrapped paragraphs, at least. */
    private static final int WRAPPED_LINES = 2;

    /**
     * @return whether line i goes on with a sentence that the line before it leaves unfinished: that
     *     line has {@value #WRAPPED_WORDS} words or more and does not {@link #endsSentence end one},
     *     and line i starts with a small letter ("...the council said on\ntuesday that")
     */
    private boolean continues(int i) {
        return lines[i - 1].wordCount() >= WRAPPED_WORDS && !endsSentence(i - 1)
                && Character.isLowerCase(view.source(i).charAt(lines[i].start()));
    }

    /** The line before a wrapped line has at least this many words. */
    private static final int WRAPPED_WORDS = 4;

    private void classify(String lang, Stopwords.LineStops lineStops) {
        PhraseScan scan = view.phrases();
        double good = goodDensity(lang);
        double poor = good * 0.4;
        boolean noStops = lang.equals(Stopwords.NONE);
        boolean cjkOrKo = lang.equals(Stopwords.JA) || lang.equals(Stopwords.ZH) || lang.equals(Stopwords.KO);
        int langIndex = Stopwords.LANGUAGES.indexOf(lang);
        boolean[] repeated = null;
        blockOf = splitBlocks();
        int n = lines.length;
        for (int first = 0; first < n;) {
            int last = first;
            while (last + 1 < n && blockOf[last + 1] == blockOf[first]) {
                last++;
            }
            int w = 0;
            int stops = 0;
            int phraseCover = 0;
            int letters = 0;
            boolean barrier = false;
            for (int i = first; i <= last; i++) {
                Line l = lines[i];
                if (cjkOrKo) {
                    int[] c = Stopwords.count(view.source(i), l.start(), l.end(), lang);
                    w += c[0];
                    stops += c[1];
                } else {
                    w += lineStops.words[i];
                    stops += lineStops.hits(i, langIndex);
                }
                int[] m = view.matches(i);
                if (m == null) {
                    continue; // no phrase: its letters count only when phrases cover some of the block
                }
                int cover = coveredChars(l, m);
                phraseCover += cover;
                boolean mostly = mostlyPhrases(l, cover);
                barrier |= mostly && barrier(scan, m);
                if (mostly) {
                    phraseCategory[i] = scan.entry(m[2]).category();
                }
            }
            if (phraseCover > 0) {
                for (int i = first; i <= last; i++) {
                    letters += lines[i].wordChars();
                }
            }
            Line lastLine = lines[last];
            double d = w == 0 ? 0 : (double) stops / w;
            boolean sentence = endsSentence(last);
            Kind k;
            if (first == last && opens(view.source(last), lastLine, w)) {
                k = Kind.BARRIER;
            } else if (phraseCover * 2 >= letters && phraseCover > 0) {
                k = barrier ? Kind.BARRIER : Kind.PHRASE;
            } else if (w <= SHORT_BLOCK_WORDS && !sentence || w <= 1) {
                k = Kind.SHORT;
            } else if (!noStops && w >= 4 && d < poor) {
                k = Kind.POOR;
            } else if ((noStops || d >= good) && (w >= 15 || w >= 7 && sentence)) {
                k = Kind.GOOD;
            } else {
                k = Kind.MEDIUM;
            }
            if ((k == Kind.GOOD || k == Kind.MEDIUM) && (endsWith(last, "...") || endsWith(last, "\u2026")
                    || first == last && gluedHeadline(view.source(last), lastLine.start(), lastLine.end()))) {
                // a teaser cut short, or a teaser's headline glued to its snippet
                k = Kind.MEDIUM;
                sentence = false;
            }
            if (k == Kind.MEDIUM && first == last) {
                if (repeated == null) {
                    repeated = repeatedLines(view);
                }
                if (repeated[last]) {
                    k = Kind.SHORT;
                }
            }
            double score;
            Opener opener = Opener.NONE;
            switch (k) {
                case GOOD:
                    score = w;
                    break;
                case MEDIUM:
                    score = sentence ? w * 0.5 : P_MED;
                    break;
                case SHORT:
                    score = P_SHORT;
                    break;
                case POOR:
                    score = -2 - w * 0.5;
                    break;
                case PHRASE:
                    score = P_PHRASE;
                    break;
                default:
                    opener = first == last ? opener(phraseCategory[last], lines[last].text()) : formOrNotice(lines[last].text());
                    score = opener.score;
                    break;
            }
            if (first == last && k != Kind.GOOD && w <= FORM_WORDS
                    && (opener == Opener.NONE || opener == Opener.NOTICE || opener == Opener.NEWSLETTER)
                    && asksForComment(lastLine, view.source(last))) {
                opener = Opener.COMMENT_FORM; // "Leave a Reply Cancel reply": the heading of a comment form with its link
                score = opener.score;
            } else if (first == last && k != Kind.GOOD && w <= 14 && score > -6 && bylineText(last)) {
                score = -6;
            } else if (first == last && k == Kind.GOOD && w <= 16 && (endsWith(last, " said:") || endsWith(last, " says:"))) {
                score = -20;
            } else if (first == last && k == Kind.GOOD && authorBio(view.source(last), lastLine.start(), lastLine.end())) {
                score = -6; // "Jane Doe is a staff writer at the Courier covering...": the author's bio, as a byline
            }
            for (int i = first; i <= last; i++) {
                kinds[i] = k;
                scores[i] = i == last ? score : 0;
                openers[i] = i == last ? opener : Opener.NONE;
            }
            first = last + 1;
        }
        markTables();
    }

    /** A table's cell has at most this many words; a numeric cell at most {@link #NUMBER_WORDS}. */
    private static final int CELL_WORDS = 24;
    private static final int NUMBER_WORDS = 3;
    /** A table has this many columns or more, and no more than {@link #MAX_COLUMNS}. */
    private static final int MIN_COLUMNS = 3;
    private static final int MAX_COLUMNS = 12;
    /** A table has this many rows or more. */
    private static final int MIN_ROWS = 3;
    /** In a table, this share of its cells or more are numeric exactly when the cell a row on is ({@link #columns}). */
    private static final double COLUMN_PURITY = 0.75;

    /**
     * A table, as a page's text gives it: one cell per line ("Pos", "Player", "Plays", then "DL",
     * "Larry Ogunjobi", "63", "85%"...), a run of short lines that would score as a menu. Its
     * columns show as a period: with k columns, a numeric cell ({@link #isNumberCell}) stands k
     * lines after another, and a text cell k lines after a text cell ({@link #columns}, for k from
     * {@value #MIN_COLUMNS} to {@value #MAX_COLUMNS}, with {@value #MIN_ROWS} rows or more; a list
     * of numbers, a pagination, is none, nor are two columns). The table's lines then score 0, not
     * as a menu's: the article may run across a table, but a table alone does not make one, nor
     * does the article end inside one.
     * Linear: each run is looked at a few times for each k.
     */
    private void markTables() {
        int n = lines.length;
        boolean[] number = null;
        int[] cell = null;
        int i = 0;
        while (i < n) {
            if (!isCell(i)) {
                i++;
                continue;
            }
            int a = i;
            while (i < n && isCell(i)) {
                i++;
            }
            if (i - a < MIN_COLUMNS * MIN_ROWS) {
                continue;
            }
            if (number == null) {
                number = new boolean[n];
                cell = new int[n];
            }
            int numbers = 0;
            for (int j = a; j < i; j++) {
                number[j] = (view.lineChars(j) & Texts.DIGIT_BIT) != 0 && isNumberCell(j);
                numbers += number[j] ? 1 : 0;
            }
            if (numbers < MIN_ROWS) {
                continue;
            }
            // the cells as the output keeps them: a byline or date line goes wherever it stands
            // (markBylines), so the table is told without it, as cleaning the output again tells it
            int cells = 0;
            for (int j = a; j < i; j++) {
                if (!bylineLine(j)) {
                    number[a + cells] = number[j];
                    cell[cells++] = j;
                }
            }
            int f = a;
            int e = a + cells;
            while (f < e && !number[f]) {
                f++;
            }
            int l = e - 1;
            while (l > f && !number[l]) {
                l--;
            }
            int k = f == e ? 0 : columns(number, f, l + 1);
            // the table: its rows with numbers, and up to three rows above them (a title and header
            // rows); all its cells score 0, so that the article ends before the table or after it,
            // never at a cell inside it ("Customer service:"), which would leave part of a table that
            // cleaning the output again would not tell for one
            for (int c = Math.max(a, f - HEADER_ROWS * k); k > 0 && c < Math.min(e, l + k); c++) {
                scores[cell[c - a]] = 0;
            }
        }
    }

    /** @return true when line i may be a table's cell: a line of its own, short, no text block and no barrier */
    private boolean isCell(int i) {
        return kinds[i] != Kind.GOOD && kinds[i] != Kind.BARRIER && lines[i].wordCount() <= CELL_WORDS
                && (i == 0 || blockOf[i - 1] != blockOf[i]) && (i + 1 == lines.length || blockOf[i + 1] != blockOf[i]);
    }

    /** Rows above a table's first number that are still its own: a title and header rows. */
    private static final int HEADER_ROWS = 3;

    /**
     * @param f the first numeric cell of a run of cells
     * @param e one past the last numeric cell
     * @return the number of columns k of the table the cells [f, e) make, or 0 for none: from
     *     {@value #MIN_COLUMNS} to {@value #MAX_COLUMNS}, with numbers in {@value #MIN_ROWS} rows
     *     or more, {@link #COLUMN_PURITY} of the cells or more are numeric exactly when the cell k
     *     lines on is (a row with a cell missing shifts the columns after it, which costs only the
     *     pairs across the gap), more so than neighbouring cells are ({@link #PERIOD_GAIN}: a run of
     *     numbers alone agrees at every distance), and numbers pair with numbers, and text with
     *     text, in {@code MIN_ROWS - 1} pairs or more. Only the cells from the first number to the
     *     last are looked at, so what stands around the table does not change the answer.
     */
    private static int columns(boolean[] number, int f, int e) {
        double neighbours = agreement(number, f, e, 1)[0];
        if (agreement(number, f, e, 2)[0] >= COLUMN_PURITY) {
            return 0; // two columns, a label and its count (a poll's votes), or their multiples: no table of the article
        }
        for (int k = MIN_COLUMNS; k <= MAX_COLUMNS && (e - 1 - f) / k >= MIN_ROWS - 1; k++) {
            double[] at = agreement(number, f, e, k);
            if (at[0] >= COLUMN_PURITY && at[0] >= neighbours + PERIOD_GAIN && at[1] >= MIN_ROWS - 1 && at[2] >= MIN_ROWS - 1) {
                return k;
            }
        }
        return 0;
    }

    /** How much more often cells agree with the cell a row on than with the next one, in a table. */
    private static final double PERIOD_GAIN = 0.15;

    /**
     * @return for the cells [f, b) and the cells k lines on: the share that agree (both numeric or
     *     neither; 0 without pairs), the pairs of numbers and the pairs of text cells
     */
    private static double[] agreement(boolean[] number, int f, int b, int k) {
        int numbers = 0;
        int texts = 0;
        for (int j = f; j + k < b; j++) {
            if (number[j] && number[j + k]) {
                numbers++;
            } else if (!number[j] && !number[j + k]) {
                texts++;
            }
        }
        int pairs = b - f - k;
        return new double[] {pairs <= 0 ? 0 : (double) (numbers + texts) / pairs, numbers, texts};
    }

    /** @return true when line i is a number with little else: "63", "85%", "5,040", "1:23.4", "+3", "12th" */
    private boolean isNumberCell(int i) {
        Line l = lines[i];
        if (l.wordCount() > NUMBER_WORDS) {
            return false;
        }
        String t = view.source(i);
        int letters = 0;
        boolean digit = false;
        for (int k = l.start(); k < l.end(); k++) {
            char c = t.charAt(k);
            if (Character.isDigit(c)) {
                digit = true;
            } else if (Character.isLetter(c) && ++letters > 3) {
                return false;
            }
        }
        return digit;
    }

    /** What an author is, in the bio under an article: "Jane Doe is a staff writer at...". */
    private static final java.util.Set<String> AUTHOR_ROLES = java.util.Set.of("writer", "reporter", "editor",
            "correspondent", "contributor", "journalist", "columnist", "author", "producer", "critic", "freelancer",
            "blogger", "educator");
    /** A bio names the role within this many words after "is a". */
    private static final int ROLE_WORDS = 8;

    /**
     * @return true for an author's bio: one to four capitalised words (a name, perhaps with a
     *     handle in parentheses after it), "is" or "was", "a", "an" or "the", and one of
     *     {@link #AUTHOR_ROLES} within {@value #ROLE_WORDS} words ("Louise Matsakis is a Staff
     *     Writer at WIRED covering...", "Jeff Foust (jeff@...) is the editor and publisher of...")
     */
    static boolean authorBio(String t, int from, int to) {
        int i = from;
        int names = 0;
        while (i < to && names <= 4) {
            if (t.charAt(i) == '(') {
                int close = i + 1;
                while (close < to && t.charAt(close) != ')') {
                    close++; // within the line: a search of the whole text from every line could cost its square
                }
                if (close == to || names == 0) {
                    return false;
                }
                i = close + 1;
            } else {
                int e = wordEnd(t, i, to);
                if (e == i) {
                    return false;
                }
                String w = t.substring(i, e);
                if (names > 0 && (w.equals("is") || w.equals("was"))) {
                    return role(t, Texts.skipSpaces(t, e, to), to);
                }
                if (!Texts.isUpper(t.charAt(i))) {
                    return false;
                }
                names++;
                i = e;
            }
            i = Texts.skipSpaces(t, i, to);
        }
        return false;
    }

    /** @return after "is": whether "a", "an" or "the" follows, then one of {@link #AUTHOR_ROLES} within {@value #ROLE_WORDS} words */
    private static boolean role(String t, int i, int to) {
        int e = wordEnd(t, i, to);
        String article = t.substring(i, e);
        if (!article.equals("a") && !article.equals("an") && !article.equals("the")) {
            return false;
        }
        i = Texts.skipSpaces(t, e, to);
        for (int k = 0; k < ROLE_WORDS && i < to; k++) {
            e = wordEnd(t, i, to);
            if (e == i) {
                return false; // punctuation: the first clause is over
            }
            String w = t.substring(i, e).toLowerCase(Locale.ROOT);
            boolean ends = w.endsWith(".");
            if (ends) {
                w = w.substring(0, w.length() - 1); // "a freelance writer."
            }
            if (AUTHOR_ROLES.contains(w) || w.endsWith("s") && AUTHOR_ROLES.contains(w.substring(0, w.length() - 1))) {
                return ends || atPublication(t, e, to);
            }
            if (ends) {
                return false;
            }
            i = Texts.skipSpaces(t, e, to);
        }
        return false;
    }

    /** Words after an author's role that say where the author works: "a reporter for", "an editor at". */
    private static final java.util.Set<String> WORKPLACE_WORDS = java.util.Set.of("at", "for", "with", "of", "in",
            "based", "covering", "and");

    /**
     * @return whether, right after an author's role (or within three words), the bio says where the
     *     author works: "a Staff Writer at WIRED", "the editor and publisher of"; not "a journalist
     *     who has spent...", a profile's opening sentence (a role that ends the sentence, "a freelance
     *     writer.", is told before)
     */
    private static boolean atPublication(String t, int i, int to) {
        i = Texts.skipSpaces(t, i, to);
        for (int k = 0; k < 3 && i < to; k++) {
            int e = wordEnd(t, i, to);
            if (e == i) {
                return false;
            }
            if (WORKPLACE_WORDS.contains(t.substring(i, e))) {
                return true;
            }
            i = Texts.skipSpaces(t, e, to);
        }
        return false;
    }

    /** @return the end of the run of letters, digits, apostrophes, hyphens and full stops from i */
    private static int wordEnd(String t, int i, int to) {
        while (i < to && (Character.isLetterOrDigit(t.charAt(i)) || "'\u2019-.@".indexOf(t.charAt(i)) >= 0)) {
            i++;
        }
        return i;
    }

    /** How far into a line {@link #gluedHeadline} looks for the end of a headline. */
    private static final int GLUE_WINDOW = 200;
    /** Small words a headline in Title Case may keep small. */
    private static final java.util.Set<String> TITLE_SMALL_WORDS = java.util.Set.of("a", "an", "the", "of", "in", "on",
            "to", "for", "and", "or", "at", "by", "as", "v", "vs", "with", "from", "into");

    /**
     * A teaser whose headline, in Title Case, runs into its snippet without a space: "Harvick Fails
     * To Rally In NASCAR FinaleFord v Toyota flopped for the blue oval." The headline has four words
     * or more before the glued one, each capitalised, a number or a small word of
     * {@link #TITLE_SMALL_WORDS}; the glue is a capital after three small letters inside a word,
     * with a small letter or the word's end after it ("SteakhouseA party of six"), or a capital and a
     * small letter after three digits ("250,000The state"); after it comes a sentence of eight words
     * or more, at most three of its first eight capitalised. Looks at most {@link #GLUE_WINDOW} chars
     * for the glue.
     */
    static boolean gluedHeadline(CharSequence t, int start, int end) {
        int limit = Math.min(end, start + GLUE_WINDOW);
        int words = 0;
        int i = start;
        while (i < limit) {
            if (!Texts.isWordChar(t.charAt(i))) {
                i++;
                continue;
            }
            int s = i;
            while (i < end && Texts.isWordChar(t.charAt(i))) {
                i++;
            }
            if (words >= 4) {
                for (int k = s + 3; k < i; k++) {
                    if (glue(t, k, i)) {
                        return sentenceCase(t, k, end);
                    }
                }
            }
            if (s > start + 1 && Words.isJoiner(t.charAt(s - 1)) && Texts.isWordChar(t.charAt(s - 2))) {
                continue; // "Hamlin's", "Student-Athlete": the word goes on
            }
            char first = t.charAt(s);
            if (!Texts.isUpper(first) && !Character.isDigit(first)
                    && (i - s > 4 || !TITLE_SMALL_WORDS.contains(t.subSequence(s, i).toString()))) {
                return false; // a small word: sentence case, not a headline
            }
            words++;
        }
        return false;
    }

    /** @return true when the capital at k, inside a word that ends at e, is glued on (see {@link #gluedHeadline}) */
    private static boolean glue(CharSequence t, int k, int e) {
        if (!Texts.isUpper(t.charAt(k))) {
            return false;
        }
        boolean smallAfter = k + 1 < e && Character.isLowerCase(t.charAt(k + 1));
        boolean letters = Character.isLowerCase(t.charAt(k - 1)) && Character.isLowerCase(t.charAt(k - 2))
                && Character.isLowerCase(t.charAt(k - 3));
        boolean digits = Character.isDigit(t.charAt(k - 1)) && Character.isDigit(t.charAt(k - 2))
                && Character.isDigit(t.charAt(k - 3));
        return letters && (smallAfter || k + 1 == e) || digits && smallAfter;
    }

    /** @return true when t[from, end) has eight words or more and at most three of its first eight are capitalised */
    private static boolean sentenceCase(CharSequence t, int from, int end) {
        int words = 0;
        int capitals = 0;
        int i = from;
        while (i < end && words < 8) {
            if (!Texts.isWordChar(t.charAt(i))) {
                i++;
                continue;
            }
            if (Texts.isUpper(t.charAt(i))) {
                capitals++;
            }
            words++;
            while (i < end && Texts.isWordChar(t.charAt(i))) {
                i++;
            }
        }
        return words == 8 && capitals <= 3;
    }

    /** @return whether line i is a byline or date line ({@link #bylineText}, 14 words at most), which {@link #markBylines} marks */
    private boolean bylineLine(int i) {
        return lines[i].wordCount() <= 14 && bylineText(i);
    }

    /** Marks the blocks made of bylines and date lines (but a text block of one line). */
    private void markBylines() {
        int n = lines.length;
        for (int first = 0; first < n;) {
            int last = first;
            while (last + 1 < n && blockOf[last + 1] == blockOf[first]) {
                last++;
            }
            if (kinds[first] != Kind.GOOD || first != last) {
                boolean allBylines = true;
                for (int i = first; i <= last && allBylines; i++) {
                    allBylines = bylineLine(i);
                }
                for (int i = first; i <= last; i++) {
                    byline[i] = allBylines;
                }
            }
            first = last + 1;
        }
    }

    /**
     * @return per line, whether another line of the view has its {@link Line#normalisedHash}, unless
     *     the line is a label of the article's own list ({@link DuplicateHeuristic#labels})
     */
    private static boolean[] repeatedLines(OthersView view) {
        Line[] lines = view.lines();
        int n = lines.length;
        int cap = Integer.highestOneBit(Math.max(8, n * 2)) << 1;
        long[] keys = new long[cap];
        // the first line with the key in the slot, plus one (0: an empty slot), and how many lines have it
        int[] firstLine = new int[cap];
        int[] count = new int[cap];
        boolean[] repeated = new boolean[n];
        boolean labels = false;
        for (int i = 0; i < n; i++) {
            long h = lines[i].normalisedHash();
            int slot = (int) (Words.spread((int) (h ^ h >>> 32)) >>> 40) & (cap - 1);
            while (firstLine[slot] != 0 && keys[slot] != h) {
                slot = (slot + 1) & (cap - 1);
            }
            if (firstLine[slot] == 0) {
                keys[slot] = h;
                firstLine[slot] = i + 1;
            } else {
                repeated[i] = true;
                repeated[firstLine[slot] - 1] = true;
            }
            labels |= ++count[slot] == DuplicateHeuristic.LABEL_COPIES;
        }
        if (labels) {
            long[] hashes = new long[n];
            for (int i = 0; i < n; i++) {
                hashes[i] = lines[i].normalisedHash();
            }
            boolean[] label = DuplicateHeuristic.labels(hashes, i -> false, null, i -> DuplicateHeuristic.shortForLabel(
                    lines[i].wordCount(), (view.lineChars(i) & Texts.SCRIPT_LETTER_BIT) != 0));
            for (int i = 0; label != null && i < n; i++) {
                repeated[i] &= !label[i];
            }
        }
        return repeated;
    }

    /** @return true when line i's text ends with s */
    private boolean endsWith(int i, String s) {
        Line l = lines[i];
        return l.length() >= s.length() && view.source(i).startsWith(s, l.end() - s.length());
    }

    private static double goodDensity(String lang) {
        switch (lang) {
            case Stopwords.JA:
                return 0.2;
            case Stopwords.ZH:
                return 0.1;
            case Stopwords.KO:
                return 0.3;
            default:
                return 0.25;
        }
    }

    /**
     * A thread of reader comments: from the first of at least three per-comment markers ("Jane
     * says:", "Reply", "Avatar", a name then "August 22, 2018 at 5:57 am") on, text blocks count for little.
     */
    private void dampComments(double[] sc) {
        if (commentThread == UNKNOWN) {
            commentThread = commentThread();
        }
        if (commentThread < 0) {
            return;
        }
        for (int i = commentThread; i < sc.length; i++) {
            if (sc[i] > 0) {
                sc[i] *= COMMENT_WEIGHT;
            }
        }
    }

    /** @return the first line of a comment thread (see {@link #dampComments}), or -1 */
    private int commentThread() {
        int first = -1;
        int count = 0;
        for (int i = 0; i < lines.length; i++) {
            // a timestamp holds digits and a colon (lower-casing makes neither)
            boolean stamp = i > 0 && kinds[i - 1] == Kind.SHORT && lines[i - 1].wordCount() <= 4
                    && (view.lineChars(i) & (Texts.DIGIT_BIT | Texts.COLON_BIT)) == (Texts.DIGIT_BIT | Texts.COLON_BIT)
                    && mayHoldAt(view.source(i), lines[i]) && commentTimestamp(lines[i].text().toLowerCase(Locale.ROOT));
            if (stamp || commentMarker(i)) {
                if (first < 0) {
                    first = i;
                }
                count++;
            }
        }
        return count < 3 ? -1 : first;
    }

    /**
     * @return false when the line's text, lower-cased, cannot hold {@code " at "}: it holds no space,
     *     A, T, space in a row (only {@code A} and {@code T} lower-case to those letters, one char each)
     */
    private static boolean mayHoldAt(String t, Line l) {
        for (int i = l.start(); i + 3 < l.end(); i++) {
            if (t.charAt(i) == ' ' && (t.charAt(i + 1) | 0x20) == 'a' && (t.charAt(i + 2) | 0x20) == 't' && t.charAt(i + 3) == ' ') {
                return true;
            }
        }
        return false;
    }

    /** @return {@link #isCommentMarker} of line i, worked out once */
    private boolean commentMarker(int i) {
        if (commentMarker[i] == 0) {
            Line l = lines[i];
            char last = view.source(i).charAt(l.end() - 1);
            // too long for a marker, and no "says:" ending (as isCommentMarker finds first): no need for the text
            boolean no = l.length() > 120 || l.length() > MAX_MARKER && last != ':' && last != 's' && last != 'S'
                    || cannotMark(view.source(i), l.start(), l.end());
            commentMarker[i] = (byte) (!no && isCommentMarker(l.text()) ? 2 : 1);
        }
        return commentMarker[i] == 2;
    }

    /**
     * @return true for a short "August 22, 2018 at 5:57 am" line; after a commenter's name, it
     *     says when a comment was posted
     */
    private static boolean commentTimestamp(String low) {
        int at = low.lastIndexOf(" at ");
        if (at < 0 || Texts.countWords(low, 0, low.length()) > 10) {
            return false;
        }
        int i = at + 4;
        int digits = 0;
        while (i < low.length() && Character.isDigit(low.charAt(i))) {
            i++;
            digits++;
        }
        return digits >= 1 && digits <= 2 && i + 2 < low.length() && low.charAt(i) == ':' && Character.isDigit(low.charAt(i + 1));
    }

    static boolean isCommentMarker(String t) {
        int n = t.length();
        if (cannotMark(t, 0, n)) {
            return false;
        }
        if (n <= 120 && n > MAX_MARKER && t.charAt(0) > ' ' && t.charAt(0) < 0x7f && t.charAt(n - 1) > ' ' && t.charAt(n - 1) < 0x7f) {
            char last = t.charAt(n - 1);
            if (last != ':' && last != 's' && last != 'S') {
                return false; // too long for a marker, and no "says:" ending
            }
            if (asciiFrom(t, n - 7)) {
                // even lower-cased (nothing to strip) too long for a marker, and ending in ASCII: only the endings count
                return endsLikeSays(t, 0, n);
            }
        }
        return isCommentMarkerLowerCased(t);
    }

    /**
     * An exact shortcut for {@link #isCommentMarker}: true when t[from, to) is no marker, told
     * without lower-casing it. That is when it has nothing to strip, ends in ASCII with neither 's'
     * nor ':' (so only a marker itself, not a "says:" ending, could match), and is shorter than any
     * marker or starts with three ASCII chars that start none.
     */
    private static boolean cannotMark(String t, int from, int to) {
        if (to - from < 3) {
            // shorter than any marker, lower-cased too
            return to > from && ascii(t, from, to) && t.charAt(from) > ' ' && t.charAt(to - 1) > ' ';
        }
        char first = t.charAt(from);
        char last = t.charAt(to - 1);
        if (first <= ' ' || first >= 0x7f || last <= ' ' || last >= 0x7f || last == ':' || last == 's' || last == 'S') {
            return false;
        }
        char b = t.charAt(from + 1);
        char c = t.charAt(from + 2);
        if (b >= 0x80 || c >= 0x80) {
            return false;
        }
        int bit = openerBit(first, b, c);
        return (MARKER_STARTS[bit >>> 6] & 1L << bit) == 0;
    }

    /** The first three chars of the {@link #COMMENT_MARKERS} that start with three ASCII chars, as {@link #OPENER_STARTS} keeps openers'. */
    private static final long[] MARKER_STARTS = new long[64];

    static {
        for (String m : COMMENT_MARKERS) {
            if (m.length() < 4 || Character.isWhitespace(m.charAt(0))) {
                throw new IllegalStateException("a comment marker shorter than four chars, or starting with a space: " + m);
            }
            if (m.charAt(0) < 0x80 && m.charAt(1) < 0x80 && m.charAt(2) < 0x80) {
                int bit = openerBit(m.charAt(0), m.charAt(1), m.charAt(2));
                MARKER_STARTS[bit >>> 6] |= 1L << bit;
            }
        }
    }

    /** {@link #isCommentMarker}, worked out on the lower-cased text. */
    static boolean isCommentMarkerLowerCased(String t) {
        if (t.length() > 120) {
            return false;
        }
        int e = t.length();
        while (e > 0 && Texts.isSpace(t.charAt(e - 1))) {
            e--;
        }
        char last = e == 0 ? ' ' : t.charAt(e - 1);
        if (e > MAX_MARKER && last != ':' && last != 's' && last != 'S') {
            return false; // too long for a marker, and no "says:" ending: no need to lower-case it
        }
        String low = t.toLowerCase(Locale.ROOT).strip();
        if (low.endsWith(" says:") || low.endsWith(" said:") || low.endsWith(" wrote:") || low.endsWith(" says")) {
            return true;
        }
        return COMMENT_MARKERS.contains(low);
    }

    /** @return true when the chars of t from {@code from} (or its start) on are ASCII */
    private static boolean asciiFrom(String t, int from) {
        return ascii(t, Math.max(from, 0), t.length());
    }

    /** @return true when t[from, to) is ASCII */
    private static boolean ascii(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (t.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * @return true when t[from, to), lower-cased, ends with " says:", " said:", " wrote:" or " says";
     *     its last seven chars (or all, when fewer) must be ASCII
     */
    private static boolean endsLikeSays(String t, int from, int to) {
        char last = t.charAt(to - 1);
        if (last == 's' || last == 'S') {
            return endsWithAscii(t, from, to, " says");
        }
        if (last != ':' || to - from < 2) {
            return false;
        }
        switch (asciiLower(t.charAt(to - 2))) {
            case 's':
                return endsWithAscii(t, from, to, " says:");
            case 'd':
                return endsWithAscii(t, from, to, " said:");
            case 'e':
                return endsWithAscii(t, from, to, " wrote:");
            default:
                return false;
        }
    }

    /** @return true when the ASCII t[from, to), its letters lower-cased, ends with the lower-case suffix */
    private static boolean endsWithAscii(String t, int from, int to, String suffix) {
        int n = suffix.length();
        if (to - from < n) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (asciiLower(t.charAt(to - n + k)) != suffix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Maximum-sum contiguous run of line scores (Kadane).
     *
     * @param gaps per line, what the boilerplate lines that stood before it and are gone open (each
     *     counts with its {@link Opener#score}; null entries when none), or null
     * @return {first, last} line of the run, or {-1, -1}
     */
    private int[] findRegion(Opener[][] gaps) {
        double[] sc = scores.clone();
        dampComments(sc);
        // a text block alone between boilerplate lines is more likely a teaser than a paragraph
        for (int i = 0; i < sc.length; i++) {
            boolean prev = textBefore(i, gaps);
            boolean next = textAfter(i, gaps);
            if (scores[i] > 0 && !prev && !next) {
                sc[i] *= P_ISO;
            }
        }
        dampTeasers(sc, gaps);
        dampAfterOpener(sc, gaps);
        double best = 0;
        double cur = 0;
        int curStart = 0;
        int run = 0;
        int[] region = {-1, -1};
        // lines since the last barrier of removed lines, no text block among them
        int sinceBarrier = Integer.MAX_VALUE;
        for (int i = 0; i < sc.length; i++) {
            if (gaps != null && gaps[i] != null) {
                // one box opens once: a newsletter prompt's field and button are its parts, removed
                // together or with its line of text still standing between them
                boolean barrier = sinceBarrier <= BOX_PARTS;
                for (Opener g : gaps[i]) {
                    double v = barrier && g.isBarrier() ? P_PHRASE : g.score;
                    if (g.isBarrier()) {
                        barrier = true;
                        sinceBarrier = 0;
                    }
                    cur += v * Math.min(1 + P_STEP * run, MAX_RUN_WEIGHT);
                    run++;
                }
            }
            sinceBarrier = scores[i] > 0 || sinceBarrier == Integer.MAX_VALUE ? Integer.MAX_VALUE : sinceBarrier + 1;
            if (cur <= 0) {
                cur = 0;
                curStart = i;
            }
            double v = sc[i];
            if (v < 0) {
                // a run of boilerplate lines weighs more than its parts: a lone subheading is cheap, a menu is not
                v *= Math.min(1 + P_STEP * run, MAX_RUN_WEIGHT);
                run++;
            } else if (v > 0) {
                run = 0;
            }
            cur += v;
            if (cur > best) {
                best = cur;
                region[0] = curStart;
                region[1] = i;
            }
        }
        return region;
    }

    /** @return true when a text block stands right before line i, no line another heuristic removed between them */
    private boolean textBefore(int i, Opener[][] gaps) {
        return i > 0 && scores[i - 1] > 0 && (gaps == null || gaps[i] == null);
    }

    /** @return true when a text block stands right after line i, no line another heuristic removed between them */
    private boolean textAfter(int i, Opener[][] gaps) {
        return i + 1 < scores.length && scores[i + 1] > 0 && (gaps == null || gaps[i + 1] == null);
    }

    /**
     * Teaser lists: a short text block alone after a headline-like line, three times or more with
     * at most {@link #TEASER_SPAN} lines between them, counts for little.
     */
    private void dampTeasers(double[] sc, Opener[][] gaps) {
        int n = sc.length;
        boolean[] teaser = new boolean[n];
        for (int i = 1; i < n; i++) {
            boolean alone = scores[i] > 0 && !textAfter(i, gaps);
            boolean afterTitle = scores[i - 1] < 0 && (kinds[i - 1] == Kind.MEDIUM || kinds[i - 1] == Kind.SHORT
                    || kinds[i - 1] == Kind.POOR)
                    && !(i > 1 && scores[i - 2] > 0);
            teaser[i] = alone && afterTitle && lines[i].wordCount() <= TEASER_WORDS;
        }
        int prev = -1;
        int chain = 0;
        int chainStart = -1;
        for (int i = 0; i <= n; i++) {
            if (i < n && !teaser[i]) {
                continue;
            }
            if (i < n && prev >= 0 && i - prev <= TEASER_SPAN) {
                chain++;
            } else {
                if (chain >= 3) {
                    for (int k = chainStart; k <= prev; k++) {
                        if (teaser[k]) {
                            sc[k] *= TEASER_WEIGHT;
                        }
                    }
                }
                chain = 1;
                chainStart = i;
            }
            prev = i;
        }
    }

    /**
     * Other stories under a heading: after a line that only opens other stories ("You may also
     * like", "Most read"; {@link Opener#STORIES}) with a paragraph of at least {@link #OPENER_TEXT_BEFORE}
     * words somewhere before it, a text block standing alone between boilerplate lines (a teaser
     * between its share buttons or headlines) counts for little. Paragraphs next to each other, as
     * an article continues after a related box inside it, keep their weight. Before such a
     * paragraph, a line naming a list of other stories ("More videos"; {@link Opener#STORY_LIST}) with
     * {@link #MIN_LISTED} lone blocks or more after it, up to the first block with text next to
     * it, makes them count for nothing: a video carousel's captions between its headlines.
     */
    private void dampAfterOpener(double[] sc, Opener[][] gaps) {
        boolean paragraph = false;
        int n = sc.length;
        int i = 0;
        while (i < n) {
            if (paragraph && opensFormOrBio(i, gaps)) {
                for (int k = openers[i] == Opener.COMMENT_FORM || openers[i] == Opener.BIO ? i + 1 : i; k < n; k++) {
                    if (sc[k] > 0) {
                        sc[k] *= COMMENT_WEIGHT;
                    }
                }
                return;
            }
            if (paragraph && opensOtherStories(i, gaps)) {
                break;
            }
            if (opensStoryList(i, gaps)) {
                // no article text yet: three or more lone blocks close to each other from it on, up to a block with text next to it, are its list
                int from = openers[i] == Opener.STORY_LIST ? i + 1 : i; // else it was removed, right before line i
                int k = from;
                int lone = 0;
                int last = from;
                for (; k < n && k - last <= LISTED_SPAN && !(scores[k] > 0 && (textBefore(k, gaps) || textAfter(k, gaps))); k++) {
                    if (scores[k] > 0) {
                        lone++;
                        last = k;
                    }
                }
                if (lone >= MIN_LISTED) {
                    for (int j = from; j < k; j++) {
                        if (scores[j] > 0) {
                            sc[j] = 0;
                        }
                    }
                    if (k > i) {
                        i = k;
                        continue;
                    }
                }
            }
            paragraph |= kinds[i] == Kind.GOOD && scores[i] >= OPENER_TEXT_BEFORE;
            i++;
        }
        for (; i < n; i++) {
            if (scores[i] > 0 && !textBefore(i, gaps) && !textAfter(i, gaps)) {
                sc[i] *= TEASER_WEIGHT;
            }
        }
    }

    /** @return true when line i opens other stories, or such a line, removed by another heuristic, stood right before it */
    private boolean opensOtherStories(int i, Opener[][] gaps) {
        return opensOrBefore(i, gaps, Opener.STORIES) || opensOrBefore(i, gaps, Opener.STORY_LIST);
    }

    /**
     * @return true when line i asks for a comment or opens the author's bio, or such a removed line
     *     stood right before it
     */
    private boolean opensFormOrBio(int i, Opener[][] gaps) {
        return opensOrBefore(i, gaps, Opener.COMMENT_FORM) || opensOrBefore(i, gaps, Opener.BIO);
    }

    /** @return true when line i names a list of other stories, or such a removed line stood right before it */
    private boolean opensStoryList(int i, Opener[][] gaps) {
        return opensOrBefore(i, gaps, Opener.STORY_LIST);
    }

    /** @return true when line i opens that, or a line another heuristic removed right before it does */
    private boolean opensOrBefore(int i, Opener[][] gaps, Opener opener) {
        return gapHas(gaps, i, opener) || openers[i] == opener;
    }

    /**
     * @param phraseCategory the category of the line's first phrase, or null for an opener
     * @return what a barrier line opens: other stories ({@link Opener#STORY_LIST} when it names a
     *     list of them), a comment form, or else a notice
     */
    private static Opener opener(Category phraseCategory, String text) {
        if (opensStories(phraseCategory, text)) {
            return stories(text);
        }
        Opener o = formOrNotice(text);
        return o == Opener.NOTICE && phraseCategory == Category.NEWSLETTER ? Opener.NEWSLETTER : o;
    }

    /**
     * @return {@link Opener#COMMENT_FORM} for a barrier line that asks for a comment, {@link Opener#BIO}
     *     for one that opens the author's bio, else {@link Opener#NOTICE}
     */
    private static Opener formOrNotice(String text) {
        if (asksForComment(text, 0) || countsComments(text, 0, text.length())) {
            return Opener.COMMENT_FORM;
        }
        return opensBio(text) ? Opener.BIO : Opener.NOTICE;
    }

    /**
     * @return true for a line that opens the author's bio: "About the author", or a person's name
     *     after one of {@link #BIO_OPENERS}, two or three capitalised words ("Über Lena Hartmann",
     *     "Sobre Rita Monteiro"). "About Harbourline" names a company: a press release ends with its
     *     profile, which is often the release's own text.
     */
    static boolean opensBio(String text) {
        String t = text.strip();
        String low = t.toLowerCase(Locale.ROOT);
        if (low.equals("about the author") || low.equals("about the authors")) {
            return true;
        }
        int bio = bioPrefix(low);
        if (bio < 0 || low.length() != t.length() || Texts.countWords(t, bio, t.length(), 4) > 3) {
            return false;
        }
        int names = 0;
        for (int k = bio; k < t.length(); k++) {
            if (Texts.isWordChar(t.charAt(k)) && (k == bio || !Texts.isWordChar(t.charAt(k - 1)))) {
                if (!Texts.isUpper(t.charAt(k))) {
                    return false;
                }
                names++;
            }
        }
        return names >= 2;
    }

    /**
     * @param source the text the line's offsets refer to
     * @return true when the line starts with one of {@link #COMMENT_FORMS} ("Leave a Reply Cancel reply"), case ignored
     */
    private static boolean asksForComment(Line l, String source) {
        if (l.length() < SHORTEST_FORM || !FORM_FIRST_WORDS.mayContain(l.firstWordHash())) {
            return false; // most lines, told by the hash of their first word
        }
        return asksForComment(source, l.start());
    }

    /** @return true when t from {@code from} on starts with one of {@link #COMMENT_FORMS}, case ignored */
    private static boolean asksForComment(String t, int from) {
        for (String f : COMMENT_FORMS) {
            if (t.regionMatches(true, from, f, 0, f.length())) {
                return true;
            }
        }
        return false;
    }

    /** @return what a line that opens other stories opens: {@link Opener#STORY_LIST} when it names a list of them */
    private static Opener stories(String text) {
        boolean names = Texts.countWords(text, 0, text.length(), 2) >= 2 && !text.regionMatches(true, 0, "read more", 0, 9);
        return names ? Opener.STORY_LIST : Opener.STORIES;
    }

    /**
     * A list the article announces ("Tour dates:"): when the region ends with a line ending in a
     * colon, the short lines that follow stay with it, up to the next text block or boilerplate line.
     */
    private int extendIntoList(int end, Opener[][] gaps, boolean mark) {
        if (end < 0) {
            return end;
        }
        if (!endsWith(end, ":")) {
            return extendIntoShapedList(end, gaps);
        }
        int i = end + 1;
        while (i < lines.length && (gaps == null || gaps[i] == null) && i - end <= MAX_LIST_ITEMS && listLine(i) && !isOpener(i)) {
            i++;
        }
        if (mark) {
            for (int k = end + 1; k < i; k++) {
                byline[k] = false; // a list of dates or times, not a dateline
            }
        }
        return i - 1;
    }

    /** A list whose lines share their shape has at least this many of them. */
    private static final int MIN_SHAPED_ITEMS = 5;
    /** A list's heading has at most this many words. */
    private static final int LIST_HEADING_WORDS = 8;

    /**
     * A list right after the article, under a heading of its own or none, whose lines share their
     * shape ({@link #shape}: "June 9 – West Palm Beach, FL @ ..." and "June 10 – Tampa, FL @ ...";
     * "England (Group A): 10th appearance"): the article's tour dates, its table of teams. The
     * list (at least {@value #MIN_SHAPED_ITEMS} lines, none a text block, a barrier or a line of
     * phrases, each {@code 25} words at most) and its heading stay with the article; a heading
     * that opens other stories ends it, and so does a line other heuristics removed.
     *
     * @return the list's last line, or {@code end} when no such list follows
     */
    private int extendIntoShapedList(int end, Opener[][] gaps) {
        int i = end + 1;
        if (i < lines.length && (gaps == null || gaps[i] == null) && listLine(i) && lines[i].wordCount() <= LIST_HEADING_WORDS
                && !isOpener(i) && shape(i + 1) != 0 && shape(i) != shape(i + 1)) {
            i++; // the list's heading: "Tour dates"
        }
        int from = i;
        long first = shape(from);
        if (first == 0) {
            return end;
        }
        // a line may differ in its second char ("August 14 – St. Louis, MO"), four in five share both
        int same = 0;
        long s;
        while (i < lines.length && (gaps == null || gaps[i] == null) && i - from < MAX_LIST_ITEMS && listLine(i)
                && firstOfShape(s = shape(i)) == firstOfShape(first)) {
            same += s == first ? 1 : 0;
            i++;
        }
        return i - from >= MIN_SHAPED_ITEMS && same * 5 >= (i - from) * 4 ? i - 1 : end;
    }

    /** @return the first char of a {@link #shape} */
    private static long firstOfShape(long shape) {
        return shape > 0xffff ? shape >>> 16 : shape;
    }

    /** @return true when line i may stand in a list: short, and no text block, barrier or line of phrases */
    private boolean listLine(int i) {
        return (kinds[i] == Kind.SHORT || kinds[i] == Kind.POOR || kinds[i] == Kind.MEDIUM) && lines[i].wordCount() <= 25;
    }

    /**
     * A line's shape: its first two chars that are neither letters, digits nor spaces, packed into
     * a number ("–," for "June 9 – West Palm Beach, FL"); 0 for a line out of range or without such
     * a char.
     */
    private long shape(int i) {
        if (i >= lines.length) {
            return 0;
        }
        Line l = lines[i];
        String t = view.source(i);
        long shape = 0;
        int found = 0;
        for (int k = l.start(); k < l.end() && found < 2; k++) {
            char c = t.charAt(k);
            if (!Character.isLetterOrDigit(c) && !Character.isWhitespace(c)) {
                shape = shape << 16 | c;
                found++;
            }
        }
        return shape;
    }

    /**
     * @return what a boilerplate line other heuristics removed opens; its score in the region
     *     search is the opener's ({@link Opener#NONE}: a phrase line's)
     */
    static Opener removedLineOpener(TextDocument doc, Line l) {
        PhraseScan scan = doc.phrases();
        int[] m = scan.matches(l.index());
        boolean mostlyPhrases = (m == null ? 0 : coveredChars(l, m)) * 2 >= l.wordChars();
        if (mostlyPhrases && barrier(scan, m)) {
            return opener(scan.entry(m[2]).category(), l.text());
        }
        if (opens(doc.text(), l, l.wordCount())) {
            return opener(null, l.text());
        }
        if (l.wordCount() <= FORM_WORDS && asksForComment(l, doc.text())) {
            return Opener.COMMENT_FORM;
        }
        return isBylineText(l.text()) ? Opener.BYLINE : Opener.NONE;
    }

    /**
     * @param phraseCategory the category of the barrier line's first phrase, or null for an opener
     * @return true when a barrier line with that text opens other stories rather than comments, a form or a notice
     */
    static boolean opensStories(Category phraseCategory, String text) {
        if (phraseCategory != null) {
            return phraseCategory == Category.RELATED && !opensComments(text);
        }
        // an opener: not "About Jane Doe" (a bio follows) nor "Jane says:" (a comment)
        String low = text.toLowerCase(Locale.ROOT).strip();
        return !opensComments(low) && bioPrefix(low) < 0 && !low.contains(" says") && !low.contains(" said")
                && !low.contains(" wrote");
    }

    /**
     * The nearest plausible title line just before the region, skipping bylines, dates, phrase
     * lines and single words; when the line above it is a title too, that one is the headline and
     * the nearer one its standfirst.
     */
    private void findHeadline(Opener[][] gaps) {
        if (regionStart <= 0 || regionStart + 1 < lines.length && isTitleAndStandfirst(regionStart + 1)) {
            return; // none, or the run starts with them: a headline and standfirst dense enough to read as text
        }
        for (int i = regionStart - 1; i >= 0 && i >= regionStart - HEADLINE_WINDOW; i--) {
            if (byline[i] || kinds[i] == Kind.PHRASE) {
                continue;
            }
            if (kinds[i] == Kind.BARRIER) {
                return;
            }
            if (isTitle(i)) {
                if (kinds[i] == Kind.SHORT && headerAbove(i - 1, gaps)) {
                    return; // a button ("Gift this article") or a desk's name under the headline
                }
                headline = i;
                if (isTitleAndStandfirst(i)) {
                    standfirst = i;
                    headline = i - 1;
                }
                return;
            }
            if (lines[i].wordCount() > 3) {
                return;
            }
        }
    }

    /** @return whether line i is a standfirst under a headline: both read as titles, and it has 8 words or more */
    private boolean isTitleAndStandfirst(int i) {
        return i > 0 && isTitle(i - 1) && isTitle(i) && lines[i].wordCount() >= 8 && kinds[i - 1] != Kind.SHORT;
    }

    /** A standfirst has at most this many words. */
    private static final int STANDFIRST_WORDS = 40;

    /**
     * Finds the header above a short line that reads as a title (a button such as "Gift this
     * article", a desk's name such as "BBC News, Dorset"), past the lines {@link #findHeadline}
     * passes over: a headline that is no short line and its standfirst (8 to
     * {@value #STANDFIRST_WORDS} words, starting with a capital, that read as a title or end a
     * sentence), or a headline of five words or more with a byline or date line between it and the
     * short line. Sets {@link #headline} and {@link #standfirst}.
     *
     * @param from the line above the short one
     * @param gaps see {@link #findRegion}: a byline or date line other heuristics removed counts
     * @return whether it found one
     */
    private boolean headerAbove(int from, Opener[][] gaps) {
        boolean bylineBetween = gapHas(gaps, from + 1, Opener.BYLINE);
        for (int i = from; i >= 0 && i >= regionStart - HEADLINE_WINDOW; i--) {
            int w = lines[i].wordCount();
            if (i > 0 && isTitle(i - 1) && kinds[i - 1] != Kind.SHORT && w >= 8 && w <= STANDFIRST_WORDS
                    && Character.isUpperCase(lines[i].text().codePointAt(0)) && (isTitle(i) || endsSentence(i))) {
                headline = i - 1;
                standfirst = i;
                return true;
            }
            if (bylineBetween && isTitle(i) && kinds[i] != Kind.SHORT && w >= 5) {
                headline = i;
                return true;
            }
            bylineBetween |= byline[i] || gapHas(gaps, i, Opener.BYLINE);
            if (kinds[i] == Kind.BARRIER || !byline[i] && kinds[i] != Kind.PHRASE && w > 3) {
                return false;
            }
        }
        return false;
    }

    private boolean isTitle(int i) {
        Line l = lines[i];
        int w = l.wordCount();
        String t = l.text();
        char last = t.charAt(t.length() - 1);
        if (w < 3 || w > 30 || byline[i] || kinds[i] == Kind.PHRASE || kinds[i] == Kind.BARRIER) {
            return false;
        }
        return last != '.' && last != ':' && last != '|' && Character.isUpperCase(t.codePointAt(0))
                || !Texts.isLetter(t.charAt(0)) && Texts.isLetter(last) && kinds[i] != Kind.SHORT;
    }

    /** @return the category of a line outside the region: comments after a comment opener, menus, related content, layout */
    Category outsideCategory(int i) {
        if (i > regionEnd && commentsFrom >= 0 && i >= commentsFrom && i < commentsTo) {
            return Category.COMMENTS;
        }
        if (byline[i]) {
            return Category.BYLINE;
        }
        if (phraseCategory[i] != null) {
            return phraseCategory[i];
        }
        if (kinds[i] == Kind.SHORT) {
            return Category.NAVIGATION;
        }
        return i > regionEnd ? Category.RELATED : Category.LAYOUT;
    }

    /**
     * Where reader comments lie after the region: from the first comment opener or marker up to
     * the next boilerplate line that is not a comment marker.
     */
    private void findComments(Opener[][] gaps) {
        for (int i = regionEnd + 1; regionEnd >= 0 && i < lines.length; i++) {
            if (commentMarker(i) || kinds[i] == Kind.BARRIER && (lines[i].length() < 60 && opensComments(lines[i].text())
                    || countsComments(view.source(i), lines[i].start(), lines[i].end()))) {
                commentsFrom = i;
                commentsTo = i + 1;
                // the thread ends where other boilerplate starts
                while (commentsTo < lines.length && kinds[commentsTo] != Kind.PHRASE && kinds[commentsTo] != Kind.BARRIER
                        && (gaps == null || gaps[commentsTo] == null) || commentsTo < lines.length && commentMarker(commentsTo)) {
                    commentsTo++;
                }
                return;
            }
        }
    }

    /** @return true when a barrier line's text names comments or a discussion */
    private static boolean opensComments(String t) {
        String low = t.toLowerCase(Locale.ROOT);
        return low.contains("comment") || low.contains("kommentar") || low.contains("repl") || low.contains("respon")
                || low.contains("discussion") || low.contains("conversation") || low.contains("коммент")
                || countsComments(t, 0, t.length());
    }

    String outsideReason(int i) {
        String where = i < regionStart ? "before the article" : "after the article";
        if (byline[i]) {
            return "byline or date line " + where;
        }
        if (outsideCategory(i) == Category.COMMENTS) {
            return "reader comments " + where;
        }
        switch (kinds[i]) {
            case SHORT:
                return "short link-like line " + where;
            case POOR:
                return "list-like line with few function words " + where;
            case PHRASE:
            case BARRIER:
                return "boilerplate phrase line " + where;
            default:
                return "text block " + where + " (teaser, notice or footer)";
        }
    }

    /** @return true when line i ends like a sentence, perhaps before closing quotes or brackets */
    private boolean endsSentence(int i) {
        String t = view.source(i);
        int s = lines[i].start();
        int e = Texts.endBeforeClosers(t, s, lines[i].end());
        if (e == s) {
            return false;
        }
        char c = t.charAt(e - 1);
        return c == '.' || c == '!' || c == '?' || c == '\u3002' || c == '\uff01' || c == '\uff1f' || c == '\u2026'
                || c == ':' || c == ';';
    }

    /** @return whether phrases cover most of the line's word chars, given how many they cover */
    private static boolean mostlyPhrases(Line l, int cover) {
        return cover > 0 && cover * 2 >= l.wordChars();
    }

    /** @return how many word chars of the line its phrase matches m cover */
    private static int coveredChars(Line l, int[] m) {
        String t = l.text();
        int n = 0;
        for (int k = 0; k < m.length; k += 3) {
            for (int p = m[k]; p < m[k + 1]; p++) {
                if (Texts.isWordChar(t.charAt(p - l.start()))) {
                    n++;
                }
            }
        }
        return n;
    }

    /** @return true when one of the phrase matches m (or null) opens other stories, a newsletter form, comments or a cookie notice */
    private static boolean barrier(PhraseScan scan, int[] m) {
        if (m == null) {
            return false;
        }
        for (int k = 2; k < m.length; k += 3) {
            Category c = scan.entry(m[k]).category();
            if (c == Category.RELATED || c == Category.NEWSLETTER || c == Category.COMMENTS || c == Category.COOKIE) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return true for a short line that opens comments or other stories: "Comments", "34 responses
     *     to ...", "Jane says:", "Most popular"
     */
    static boolean isOpener(String t) {
        return !cannotOpen(t, 0, t.length()) && isOpenerLowerCased(t);
    }

    /**
     * @param source the text the line's offsets refer to
     * @param words the line's word count, as the caller counts it
     * @return whether the line opens comments or other stories: a short opener ({@link #isOpener},
     *     {@value #OPENER_WORDS} words at most) or a count of comments before the article's title,
     *     however long ({@link #countsComments})
     */
    private static boolean opens(String source, Line l, int words) {
        return words <= OPENER_WORDS && !cannotOpen(source, l.start(), l.end()) && isOpenerLowerCased(l.text())
                || countsComments(source, l.start(), l.end());
    }

    /** @return {@link #isOpener} of line i */
    private boolean isOpener(int i) {
        return isOpener(view, i);
    }

    /** @return {@link #isOpener} of view line i */
    private static boolean isOpener(OthersView view, int i) {
        Line l = view.lines()[i];
        return !cannotOpen(view.source(i), l.start(), l.end()) && isOpenerLowerCased(l.text());
    }

    /** {@link #isOpener}, worked out on the lower-cased text. */
    static boolean isOpenerLowerCased(String t) {
        String low = t.toLowerCase(Locale.ROOT).strip();
        int e = low.length();
        while (e > 0 && !Character.isLetterOrDigit(low.charAt(e - 1))) {
            e--;
        }
        int s = 0;
        while (s < e && (Character.isDigit(low.charAt(s)) || low.charAt(s) == ' ' || low.charAt(s) == '(')) {
            s++;
        }
        String core = low.substring(s, e);
        if (OPENERS.contains(core)) {
            return true;
        }
        if (core.startsWith("more from ") && Texts.countWords(core, 0, core.length()) <= 4) {
            return true;
        }
        int bio = bioPrefix(core);
        if (bio > 0 && Texts.countWords(core, bio, core.length()) <= 3) {
            return true; // "About Jane Doe": an author's bio follows
        }
        if (low.endsWith(" says:") || low.endsWith(" said:") || low.endsWith(" says") || low.endsWith(" wrote:")) {
            return true;
        }
        if (s > 0) {
            for (String c : COUNTED_OPENERS) {
                if (core.startsWith(c)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How a short line that opens a bio starts, lower-cased: "About Jane Doe", "Sobre Rita Monteiro". */
    private static final List<String> BIO_OPENERS = List.of("about ", "sobre ", "über ", "à propos de ", "acerca de ",
            "informazioni su ");

    /** @return the length of the one of {@link #BIO_OPENERS} the lower-cased text starts with, else -1 */
    private static int bioPrefix(String low) {
        for (String b : BIO_OPENERS) {
            if (low.startsWith(b)) {
                return b.length();
            }
        }
        return -1;
    }

    /**
     * What a count of the comments on the article says between the count and the article's title in
     * quotes, lower-cased: "10 thoughts on “Title”" ({@link #countsComments}).
     */
    private static final List<String> TITLED_COUNTS = List.of("thoughts on", "thought on", "responses to", "response to",
            "comments on", "comment on", "comments to", "replies to", "reply to", "reactions to", "kommentare zu",
            "kommentar zu", "commentaires sur", "commentaire sur", "comentarios en", "comentários em", "reacties op",
            "commenti su");

    /**
     * A count of the comments on the article followed by its title, which opens the comments however
     * long the title: "10 thoughts on “Business Focus: ...”", "2 responses to "Title"". Only the
     * line's start is looked at: a digit, then {@link #TITLED_COUNTS} and an opening quote.
     *
     * @return true when t[from, to) is such a line
     */
    static boolean countsComments(String t, int from, int to) {
        int s = from;
        while (s < to && t.charAt(s) >= '0' && t.charAt(s) <= '9') {
            s++;
        }
        if (s == from || s == to || t.charAt(s) != ' ') {
            return false;
        }
        s++;
        for (String c : TITLED_COUNTS) {
            if (t.regionMatches(true, s, c, 0, c.length())) {
                int q = Texts.skipSpaces(t, s + c.length(), to);
                return q > s + c.length() && q < to && "\"'\u201c\u2018\u00ab\u201e\u201a\u2039\u300c".indexOf(t.charAt(q)) >= 0;
            }
        }
        return false;
    }

    /** What a count opens: "34 comments", "2 responses to ...". */
    private static final List<String> COUNTED_OPENERS = List.of("comments", "responses", "replies", "reactions", "thoughts on",
            "kommentare", "commentaires", "comentarios", "commenti", "comentários", "reacties");

    /**
     * A filter of the first three chars of what {@link #isOpener} looks for (those that are ASCII):
     * the bit {@link #openerBit} of each is set, so a core whose first three chars have their bit
     * clear starts no opener.
     */
    private static final long[] OPENER_STARTS = new long[64];

    static {
        for (String o : OPENERS) {
            openerStart(o);
        }
        for (String o : COUNTED_OPENERS) {
            openerStart(o);
        }
        BIO_OPENERS.forEach(PageBlocks::openerStart);
        openerStart("more from ");
    }

    private static void openerStart(String opener) {
        char c = opener.charAt(0);
        if (Character.isWhitespace(c) || c == '(' || Character.isDigit(c)) {
            throw new IllegalStateException("an opener starting with a char a count may hold: " + opener);
        }
        if (c < 0x80 && opener.length() < 3) {
            throw new IllegalStateException("an opener of less than three chars starting with an ASCII one: " + opener);
        }
        if (c < 0x80 && opener.charAt(1) < 0x80 && opener.charAt(2) < 0x80) {
            int bit = openerBit(c, opener.charAt(1), opener.charAt(2));
            OPENER_STARTS[bit >>> 6] |= 1L << bit;
        }
    }

    /** @return the bit of {@link #OPENER_STARTS} for three ASCII chars, lower-cased */
    private static int openerBit(char a, char b, char c) {
        return (asciiLower(a) << 14 | asciiLower(b) << 7 | asciiLower(c)) * 0x9E3779B9 >>> 20;
    }

    /**
     * An exact shortcut for {@link #isOpener}: true when t is no opener, told without lower-casing
     * it. That is when t has nothing to strip, ends in ASCII with no "says:" ending, and its core
     * (it starts at the first char that is no digit, space or parenthesis, or before it, with a
     * space) is shorter than three chars or starts with three ASCII chars that start no opener.
     */
    private static boolean cannotOpen(String t, int from, int n) {
        if (n == from) {
            return false;
        }
        char first = t.charAt(from);
        char last = t.charAt(n - 1);
        if (first <= ' ' || first >= 0x7f || last <= ' ' || last >= 0x7f) {
            return false;
        }
        if ((last == ':' || last == 's' || last == 'S') && (!ascii(t, Math.max(from, n - 7), n) || endsLikeSays(t, from, n))) {
            return false;
        }
        int s = from;
        while (s < n && (Character.isDigit(t.charAt(s)) || Character.isWhitespace(t.charAt(s)) || t.charAt(s) == '(')) {
            s++;
        }
        if (s + 3 > n) {
            return s == n || t.charAt(s) < 0x80; // a core of less than three chars, starting with an ASCII one: no opener
        }
        char a = t.charAt(s);
        char b = t.charAt(s + 1);
        char c = t.charAt(s + 2);
        if (a >= 0x80 || b >= 0x80 || c >= 0x80) {
            return false;
        }
        int bit = openerBit(a, b, c);
        return (OPENER_STARTS[bit >>> 6] & 1L << bit) == 0;
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    /** Words that may join names in a byline. */
    private static final java.util.Set<String> NAME_JOINERS = java.util.Set.of("and", "und", "et", "y", "e", "en", "og",
            "och", "dan", "i", "de", "da", "del", "van", "von", "der", "den", "di", "du", "la", "le", "staff", "the", "in",
            "for", "für", "pour", "para", "per", "at", "im", "am");

    /**
     * @return true when, after the word that ends at from ("By"), the text reads like names
     *     (capitalised words joined by "and", commas, "|"; a date or time may follow) and not like a sentence
     */
    private static boolean namesFollow(String t, int from) {
        String rest = t.substring(from).strip();
        int n = rest.length();
        boolean initial = n >= 2 && Texts.isUpper(rest.charAt(n - 2)) && (n == 2 || !Texts.isLetter(rest.charAt(n - 3)));
        if (rest.endsWith(".") && !initial || rest.endsWith("!") || rest.endsWith("?")) {
            return false;
        }
        int bad = 0;
        int words = 0;
        int i = 0;
        while (i < rest.length()) {
            char c = rest.charAt(i);
            if (!Texts.isLetter(c)) {
                if (Character.isDigit(c)) {
                    return bad <= 1 && words > bad; // a date or time after the names
                }
                i++;
                continue;
            }
            int s = i;
            while (i < rest.length() && (Texts.isLetter(rest.charAt(i)) || rest.charAt(i) == '\'' || rest.charAt(i) == '-'
                    || rest.charAt(i) == '\u2019')) {
                i++;
            }
            String w = rest.substring(s, i);
            words++;
            if (!Texts.isUpper(w.charAt(0)) && !NAME_JOINERS.contains(w.toLowerCase(Locale.ROOT))) {
                bad++;
            }
        }
        return words > bad && bad <= 1;
    }

    /** @return {@link #isBylineText} of line i, worked out once */
    private boolean bylineText(int i) {
        if (bylineText[i] == 0) {
            int chars = view.lineChars(i);
            String t = view.source(i);
            int s = lines[i].start();
            int e = lines[i].end();
            int sp = s;
            while (sp < e && Texts.isLetter(t.charAt(sp))) {
                sp++;
            }
            // without a by-word first, only a date or time makes a byline line, and they need a digit; or a name, a comma and a role
            boolean byWord = sp < e && sp - s <= MAX_BY_WORD && (t.charAt(sp) == ' ' || t.charAt(sp) == ':')
                    && BY_WORD_STARTS.indexOf(Character.toLowerCase(t.charAt(s))) >= 0;
            boolean role = e - s <= MAX_NAME_WITH_ROLE && hasComma(t, s, e);
            boolean maybe = (chars & Texts.LETTER_BIT) != 0 && (byWord || role || (chars & Texts.DIGIT_BIT) != 0);
            bylineText[i] = (byte) (maybe && isBylineText(lines[i].text(), chars) ? 2 : 1);
        }
        return bylineText[i] == 2;
    }

    /** A short line that names an author or gives a date or time. */
    static boolean isBylineText(String t) {
        return isBylineText(t, -1);
    }

    /**
     * @param chars the {@link Words#lineChars} of t, or bits it may have ({@link Texts#LETTER_BIT}, {@link Texts#DIGIT_BIT})
     * @see #isBylineText(String)
     */
    static boolean isBylineText(String t, int chars) {
        if ((chars & Texts.LETTER_BIT) == 0 || !Texts.hasLetter(t, 0, t.length())) {
            return false; // a bare time or number: a live-blog entry's timestamp, say
        }
        if (tweetAttribution(t)) {
            return false; // the article quotes a tweet: "— Jane Doe (@janedoe) November 18, 2019" is part of it
        }
        int sp = 0;
        while (sp < t.length() && Texts.isLetter(t.charAt(sp))) {
            sp++;
        }
        if (sp < t.length() && sp <= MAX_BY_WORD && (t.charAt(sp) == ' ' || t.charAt(sp) == ':')
                && BY_WORD_STARTS.indexOf(Character.toLowerCase(t.charAt(0))) >= 0
                && BY_WORDS.contains(t.substring(0, sp).toLowerCase(Locale.ROOT)) && namesFollow(t, sp)) {
            return true;
        }
        if ((chars & Texts.DIGIT_BIT) == 0) {
            return nameWithRole(t); // no digit: no date or time
        }
        // digits, ':' and their positions are the same in the lower-cased text: look for them first
        boolean digit = false;
        boolean year = false;
        boolean time = false;
        String low = t;
        for (int i = 0; i < low.length(); i++) {
            char c = low.charAt(i);
            if (isDigit(c)) {
                digit = true;
                if (i + 3 < low.length() && (c == '1' || c == '2') && isDigit(low.charAt(i + 1))
                        && isDigit(low.charAt(i + 2)) && isDigit(low.charAt(i + 3))
                        && (i == 0 || !isDigit(low.charAt(i - 1)))) {
                    year = true;
                }
                if (i + 2 < low.length() && low.charAt(i + 1) == ':' && isDigit(low.charAt(i + 2))) {
                    time = true;
                }
            }
        }
        if (!digit) {
            return nameWithRole(t);
        }
        if (time) {
            return true;
        }
        if (!year) {
            return false;
        }
        low = t.toLowerCase(Locale.ROOT);
        return hasMonthWord(low) || numericDate(low);
    }

    /**
     * @return whether t is the last line of a tweet embedded in an article: a dash, the author's
     *     name and handle, and the date ("— Jane Doe (@janedoe) November 18, 2019")
     */
    static boolean tweetAttribution(String t) {
        if (t.length() < 6 || t.length() > 200 || t.charAt(0) != '\u2014' && t.charAt(0) != '\u2013' && t.charAt(0) != '-'
                || t.charAt(1) != ' ') {
            return false;
        }
        int at = t.indexOf("(@");
        if (at < 0) {
            return false;
        }
        int i = at + 2;
        while (i < t.length() && (Character.isLetterOrDigit(t.charAt(i)) || t.charAt(i) == '_')) {
            i++;
        }
        return i > at + 2 && i < t.length() && t.charAt(i) == ')';
    }

    /** @return whether t[s, e) holds a comma (read within the span only) */
    private static boolean hasComma(String t, int s, int e) {
        for (int i = s; i < e; i++) {
            if (t.charAt(i) == ',') {
                return true;
            }
        }
        return false;
    }

    /** The longest line {@link #nameWithRole} takes. */
    private static final int MAX_NAME_WITH_ROLE = 70;
    /** A reporter's role after the name in a byline without "By" ("Jane Doe, Reporter"), lower-case. */
    private static final java.util.Set<String> ROLES = java.util.Set.of("reporter", "news reporter", "staff reporter",
            "senior reporter", "correspondent", "staff writer", "senior writer", "contributor", "columnist", "editor",
            "news editor", "writer", "journalist", "reporter and editor", "redakteur", "redakteurin", "journaliste",
            "periodista", "redactor", "redactora", "giornalista", "jornalista", "repórter");

    /**
     * @return true for two to four capitalised words, a comma and one of {@link #ROLES}: "Imogen
     *     Adeyemi, Reporter", "Tom Gillespie, news reporter"
     */
    static boolean nameWithRole(String t) {
        if (t.length() > MAX_NAME_WITH_ROLE) {
            return false;
        }
        int comma = t.indexOf(',');
        if (comma < 3 || t.length() - comma > 25) {
            return false;
        }
        String role = t.substring(comma + 1).strip().toLowerCase(Locale.ROOT);
        if (!ROLES.contains(role)) {
            return false;
        }
        int words = 0;
        boolean start = true;
        for (int i = 0; i < comma; i++) {
            char c = t.charAt(i);
            if (c == ' ') {
                start = true;
            } else if (start) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                words++;
                start = false;
            } else if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '\u2019' && c != '.') {
                return false;
            }
        }
        return words >= 2 && words <= 4;
    }

    /**
     * @return true when a word of the text, as {@link Stopwords#forEachWord} finds and lower-cases
     *     them, starts with a month name and is at most six chars longer
     */
    static boolean hasMonthWord(String low) {
        int n = low.length();
        int i = 0;
        while (i < n) {
            if (!Texts.isWordChar(low.charAt(i))) {
                i++;
                continue;
            }
            int s = i;
            // word chars, and an apostrophe between two of them
            while (i < n && (Texts.isWordChar(low.charAt(i)) || isApostrophe(low.charAt(i)) && i + 1 < n && Texts.isWordChar(low.charAt(i + 1)))) {
                i++;
            }
            char first = Texts.lower(low.charAt(s));
            for (String m : first < MONTHS_BY_START.length ? MONTHS_BY_START[first] : NO_MONTHS) {
                if (i - s <= m.length() + 6 && startsWithWord(low, s, i, m)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** @return true when the word low[s, e), lower-cased and with apostrophes as {@code '}, starts with m */
    private static boolean startsWithWord(String low, int s, int e, String m) {
        if (e - s < m.length()) {
            return false;
        }
        for (int k = 0; k < m.length(); k++) {
            char c = low.charAt(s + k);
            if ((isApostrophe(c) ? '\'' : Texts.lower(c)) != m.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    /** @return {@link Character#isDigit(char)}, from a table */
    private static boolean isDigit(char c) {
        return (Texts.lineBits(c) & Texts.DIGIT_BIT) != 0;
    }

    /** @return true when the text holds digits, a separator, digits, the same separator, digits ({@code 21.01.2026}) */
    private static boolean numericDate(String t) {
        int groups = 0;
        char sep = 0;
        int i = 0;
        while (i < t.length()) {
            int s = i;
            while (i < t.length() && Character.isDigit(t.charAt(i))) {
                i++;
            }
            if (i == s) {
                groups = 0;
                i++;
                continue;
            }
            groups++;
            if (groups == 3) {
                return true;
            }
            if (i < t.length() && ".-/".indexOf(t.charAt(i)) >= 0 && (sep == 0 || groups == 1 || t.charAt(i) == sep)) {
                sep = t.charAt(i);
                i++;
            } else {
                groups = 0;
                sep = 0;
            }
        }
        return false;
    }
}
