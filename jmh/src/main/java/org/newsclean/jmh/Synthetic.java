package org.newsclean.jmh;

import java.util.Random;

/**
 * Stand-in articles and pages for when no corpus is found, so that the suite still runs (its
 * figures are then not comparable with corpus figures). Pseudo-English from a fixed vocabulary,
 * deterministic per seed. Stateless and thread-safe.
 */
final class Synthetic {
    private static final String[] WORDS = ("the of and to in a is that for on was with he it as at by from his "
            + "an be has have had are were which said government officials minister city police president report "
            + "week year people country army forces troops talks crisis security state united nations capital "
            + "election court market company percent million economy workers school health hospital border "
            + "agreement statement according spokesman region province village residents fighting attack").split(" ");
    private static final String[] NAMES = {"Baghdad", "Kerry", "Obama", "Tehran", "Vienna", "Reuters", "Monday",
        "Europe", "London", "Washington", "Congress", "Soleimani", "Mosul"};

    private Synthetic() {
    }

    /**
     * @param seed the random seed
     * @param paragraphs how many paragraphs
     * @return an article of sentences of 8 to 30 words, paragraphs separated by blank lines
     */
    static String article(long seed, int paragraphs) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder();
        for (int p = 0; p < paragraphs; p++) {
            if (p > 0) {
                sb.append("\n\n");
            }
            int sentences = 2 + r.nextInt(4);
            for (int s = 0; s < sentences; s++) {
                if (s > 0) {
                    sb.append(' ');
                }
                sb.append(sentence(r));
            }
        }
        return sb.toString();
    }

    /**
     * @param title the headline
     * @param article the article, paragraphs separated by blank lines
     * @param seed the random seed
     * @return a news page around the article: scripts, header, navigation, article, aside, footer
     */
    static String page(String title, String article, long seed) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder(article.length() * 2 + 4096);
        sb.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>").append(title)
                .append("</title><script>window.dataLayer=[];function gtag(){dataLayer.push(arguments);}</script>")
                .append("<style>body{font-family:serif}.ad{display:block}</style></head><body>")
                .append("<header><a href=\"#main\">Skip to main content</a><nav><ul>");
        for (String s : new String[] {"News", "World", "Business", "Sport", "Culture", "Opinion"}) {
            sb.append("<li><a href=\"/").append(s.toLowerCase(java.util.Locale.ROOT)).append("\">").append(s).append("</a></li>");
        }
        sb.append("</ul></nav></header><main id=\"main\"><article><h1>").append(title).append("</h1>")
                .append("<p class=\"byline\">By Jane Doe</p>");
        int i = 0;
        for (String p : article.split("\n\n")) {
            sb.append("<p>").append(p).append("</p>");
            if (++i % 4 == 0) {
                sb.append("<div class=\"ad\">Advertisement</div>");
            }
            if (i == 2) {
                sb.append("<figure><img src=\"/photo.jpg\" alt=\"\"><figcaption>").append(sentence(r))
                        .append(" Karim Kadim/Associated Press</figcaption></figure>");
            }
        }
        sb.append("</article><aside><h2>Most read</h2><ul>");
        for (int k = 0; k < 5; k++) {
            sb.append("<li><a href=\"/a").append(k).append("\">").append(sentence(r)).append("</a></li>");
        }
        sb.append("</ul></aside></main><footer><p>© 2019 Example News. All rights reserved.</p></footer>")
                .append("<script>(function(){var s=document.createElement('script');s.src='/t.js';})();</script>")
                .append("</body></html>");
        return sb.toString();
    }

    private static String sentence(Random r) {
        int n = 8 + r.nextInt(23);
        StringBuilder sb = new StringBuilder();
        for (int w = 0; w < n; w++) {
            String word = r.nextInt(8) == 0 ? NAMES[r.nextInt(NAMES.length)] : WORDS[r.nextInt(WORDS.length)];
            if (w == 0) {
                word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            } else {
                sb.append(w % 9 == 0 ? ", " : " ");
            }
            sb.append(word);
        }
        return sb.append('.').toString();
    }
}
