package org.newsclean.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Makes seed-like scraped documents: an article's text decorated with the residue that scrapers
 * leave in it (tracking snippets, skip links, breadcrumbs, ad labels, share bars, captions that
 * appear twice with a photo credit glued on, "Read more" prompts, newsletter and cookie notices).
 * Generated in code, deterministically from a seed, so no corpus text is ever stored here.
 * The benchmarks' scraped-text input and the evaluation's {@code residue} mode are made this way.
 * Stateless and thread-safe.
 */
public final class Residue {
    private static final String[] TOP = {
        "fb-pixel Skip to main content", "Skip to content", "Skip to main content", "Home › News › World",
        "Menu Search Sign in", "News | Sport | Business | Culture", "Jump to navigation"};
    private static final String[] ADS = {
        "Advertisement", "ADVERTISEMENT", "Story continues below advertisement", "Sponsored", "Advertisement:",
        "Ad Feedback"};
    private static final String[] SHARE = {
        "Share Tweet Email Print", "Share on Facebook Share on Twitter Share via Email", "Share this article",
        "Facebook Twitter LinkedIn Email", "Share Tweet Pin 12 Shares"};
    private static final String[] PROMPTS = {
        "Sign up for our newsletter", "Subscribe now for unlimited access", "Sign up for the morning briefing",
        "Download our app for the latest news"};
    private static final String[] COOKIES = {
        "We use cookies to improve your experience on our site. Accept all cookies",
        "This site uses cookies. By continuing to browse you agree to our use of cookies."};
    private static final String[] TAIL = {"Back to top", "© 2019 All rights reserved.", "Comments", "Most Read"};
    private static final String[] FIRST = {"Karim", "Jane", "Hadi", "Maria", "John", "Li", "Ahmed", "Sofia"};
    private static final String[] LAST = {"Kadim", "Doe", "Mizban", "Alvarez", "Smith", "Wei", "Hassan", "Rossi"};
    private static final String[] AGENCIES = {"Associated Press", "Reuters", "Getty Images", "AFP", "EPA"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
    private static final String[] OTHER_TITLES = {"Council approves new cycle lanes on the seafront",
        "Storm warning for the weekend as winds pick up", "Local bakery wins national award",
        "Fish market to close for two weeks of repairs"};

    private Residue() {
    }

    /**
     * @param article the article's text, paragraphs separated by blank lines or newlines
     * @param title the headline, or empty
     * @param otherTitle another article's headline, for "Read more" lines, or empty
     * @param seed the random seed; the same seed gives the same document
     * @return the article as a scraper might have left it
     */
    public static String decorate(String article, String title, String otherTitle, long seed) {
        Random r = new Random(seed);
        List<String> paragraphs = new ArrayList<>();
        for (String p : article.split("\n")) {
            if (!p.isBlank()) {
                paragraphs.add(p.strip());
            }
        }
        StringBuilder sb = new StringBuilder(article.length() + 1024);
        line(sb, pick(r, TOP));
        if (r.nextBoolean()) {
            line(sb, pick(r, TOP));
        }
        if (r.nextInt(4) == 0) {
            line(sb, "<img src=\"https://www.facebook.com/tr?id=" + r.nextInt(1_000_000) + "&ev=PageView\" height=\"1\" width=\"1\">");
        }
        if (!title.isBlank()) {
            sb.append('\n');
            line(sb, title);
        }
        sb.append('\n');
        if (r.nextBoolean()) {
            line(sb, pick(r, SHARE));
            sb.append('\n');
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            line(sb, r.nextInt(20) == 0 ? "&nbsp;" + p : p);
            sb.append('\n');
            if (i == 0 || r.nextInt(8) == 0) {
                caption(sb, paragraphs.get(r.nextInt(paragraphs.size())), r);
            }
            if (r.nextInt(4) == 0) {
                line(sb, pick(r, ADS));
                sb.append('\n');
            }
            if (r.nextInt(12) == 0 && !otherTitle.isBlank()) {
                line(sb, (r.nextBoolean() ? "Read more: " : "Related: ") + otherTitle);
                sb.append('\n');
            }
        }
        line(sb, pick(r, SHARE));
        if (r.nextBoolean()) {
            line(sb, pick(r, PROMPTS));
        }
        if (r.nextBoolean()) {
            line(sb, pick(r, COOKIES));
        }
        line(sb, pick(r, TAIL));
        return sb.toString();
    }

    /**
     * Decorates one document on its own: the "Read more" lines name one of a few made-up
     * headlines, and the seed comes from the document's id.
     *
     * @param article the article's text
     * @param title the headline, or empty
     * @param id the document's id, which seeds the residue
     * @return the article as a scraper might have left it
     */
    public static String decorate(String article, String title, String id) {
        long seed = id.hashCode();
        return decorate(article, title, OTHER_TITLES[Math.floorMod(seed, OTHER_TITLES.length)], seed);
    }

    /** A caption built from an article sentence, then the same caption with a credit glued on. */
    private static void caption(StringBuilder sb, String paragraph, Random r) {
        String[] words = paragraph.split(" ");
        int n = Math.min(words.length, 6 + r.nextInt(8));
        StringBuilder c = new StringBuilder();
        for (int k = 0; k < n; k++) {
            if (k > 0) {
                c.append(' ');
            }
            c.append(words[k]);
        }
        while (c.length() > 0 && !Character.isLetterOrDigit(c.charAt(c.length() - 1))) {
            c.setLength(c.length() - 1);
        }
        if (c.length() == 0) {
            return;
        }
        c.append(" on ").append(pick(r, DAYS)).append('.');
        String name = pick(r, FIRST) + " " + pick(r, LAST);
        String credit = switch (r.nextInt(3)) {
            case 0 -> name + "/" + pick(r, AGENCIES);
            case 1 -> " (AP Photo/" + name + ")";
            default -> " Photo: " + name;
        };
        line(sb, c.toString());
        line(sb, c + credit);
        sb.append('\n');
    }

    private static void line(StringBuilder sb, String s) {
        sb.append(s).append('\n');
    }

    private static String pick(Random r, String[] a) {
        return a[r.nextInt(a.length)];
    }
}
