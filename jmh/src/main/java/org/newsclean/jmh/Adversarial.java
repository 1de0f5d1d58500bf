package org.newsclean.jmh;

import java.util.List;
import java.util.Random;

/**
 * Worst-case text inputs of a given size, each to be compared with typical text of the same size
 * (issue 7: cleaning must take linear time). Deterministic. Stateless and thread-safe.
 */
final class Adversarial {
    /** The shapes, {@code typical} first. */
    static final List<String> SHAPES = List.of("typical", "one-line", "tiny-lines", "repeated-line", "near-duplicates",
            "share-run", "share-run-mixed", "markup-chars", "unclosed-markup", "credit-run");

    private static final String[] VOCABULARY = ("minister officials said talks would resume capital troops army city "
            + "border forces report government security crisis election court market company health school police "
            + "village residents attack statement agreement region province spokesman according week year people").split(" ");
    private static final String[] CAPITALISED = {"Karim", "Kadim", "Associated", "Press", "Getty", "Images", "Reuters",
        "Jane", "Doe", "Photo", "AFP", "EPA", "Hadi", "Mizban", "New", "York", "Times", "Staff"};

    private Adversarial() {
    }

    /**
     * @param shape one of {@link #SHAPES}
     * @param size the size in UTF-8 bytes (the result is within a line of it)
     * @return the input
     * @throws IllegalArgumentException for an unknown shape
     */
    static String make(String shape, int size) {
        Random r = new Random(7);
        return switch (shape) {
            // the scraped documents, one after the other
            case "typical" -> typical(size);
            // the same text with every newline turned into a space: one line of `size` bytes
            case "one-line" -> typical(size).replace('\n', ' ');
            // about size/10 lines of one or two short words
            case "tiny-lines" -> fill(size, () -> VOCABULARY[r.nextInt(VOCABULARY.length)].substring(0, 3)
                    + (r.nextBoolean() ? " " + (char) ('a' + r.nextInt(26)) : "") + "\n");
            // one four-word line (long enough for the duplicate test) repeated about size/11 times
            case "repeated-line" -> fill(size, () -> "I am on it\n");
            // 20-word lines, each differing from a base line in 3 words: similar length, never
            // similar enough, so every line is compared with the whole window
            case "near-duplicates" -> nearDuplicates(size, r);
            // one line of share-bar phrases only
            case "share-run" -> fill(size, () -> "Share Tweet Email Print ");
            // share-bar phrases with an article word every 100 phrases, on one line: never a
            // line made only of phrases, so each match is judged on its own
            case "share-run-mixed" -> shareMixed(size);
            // lines thick with '<' and '&': comparisons, tag-like words, entities, unclosed tags
            case "markup-chars" -> fill(size, () -> markupLine(r));
            // typical text with an unclosed "<!--" or "<script>" every 100 chars: tags whose end
            // is looked for, and never found
            case "unclosed-markup" -> unclosed(size);
            // lines made of capitalised words and slashes, like stacked photo credits
            case "credit-run" -> fill(size, () -> creditLine(r));
            default -> throw new IllegalArgumentException("unknown shape '" + shape + "'; valid: " + String.join(", ", SHAPES));
        };
    }

    private static String typical(int size) {
        String s = Inputs.stream(size);
        List<Inputs.Doc> first = Inputs.chunks(s, size);
        return first.get(0).text();
    }

    private static String fill(int size, java.util.function.Supplier<String> piece) {
        StringBuilder sb = new StringBuilder(size + 256);
        int bytes = 0;
        while (bytes < size) {
            String p = piece.get();
            sb.append(p);
            bytes += Inputs.utf8Length(p);
        }
        return sb.toString();
    }

    private static String nearDuplicates(int size, Random r) {
        String[] base = new String[20];
        for (int k = 0; k < base.length; k++) {
            base[k] = VOCABULARY[k % VOCABULARY.length];
        }
        return fill(size, () -> {
            String[] w = base.clone();
            for (int k = 0; k < 3; k++) {
                w[r.nextInt(w.length)] = "w" + r.nextInt(1_000_000);
            }
            w[0] = Character.toUpperCase(w[0].charAt(0)) + w[0].substring(1);
            return String.join(" ", w) + ".\n";
        });
    }

    private static String shareMixed(int size) {
        int[] n = {0};
        return fill(size, () -> ++n[0] % 100 == 0 ? "minister " : "Share Tweet Email Print ");
    }

    private static String unclosed(int size) {
        String t = typical(size);
        StringBuilder sb = new StringBuilder(size + size / 10);
        boolean comment = true;
        for (int i = 0; i < t.length(); i += 100) {
            int e = Math.min(i + 100, t.length());
            while (e < t.length() && !Character.isWhitespace(t.charAt(e - 1))) {
                e++;
            }
            sb.append(t, i, e).append(comment ? "<!-- " : "<script> ");
            comment = !comment;
            i = e - 100;
        }
        return sb.toString();
    }

    private static String markupLine(Random r) {
        StringBuilder sb = new StringBuilder();
        int parts = 4 + r.nextInt(8);
        for (int k = 0; k < parts; k++) {
            switch (r.nextInt(8)) {
                case 0 -> sb.append("a < b && c ");
                case 1 -> sb.append("<div class=\"x\" ");
                case 2 -> sb.append("&nbsp;");
                case 3 -> sb.append("AT&T <3 ");
                case 4 -> sb.append("<img src=\"/p.gif\"> ");
                case 5 -> sb.append("&amp;&lt;&#160; ");
                case 6 -> sb.append("<p>").append(VOCABULARY[r.nextInt(VOCABULARY.length)]).append("</p> ");
                default -> sb.append(VOCABULARY[r.nextInt(VOCABULARY.length)]).append(' ');
            }
        }
        return sb.append('\n').toString();
    }

    private static String creditLine(Random r) {
        StringBuilder sb = new StringBuilder();
        int words = 10 + r.nextInt(30);
        for (int k = 0; k < words; k++) {
            sb.append(CAPITALISED[r.nextInt(CAPITALISED.length)]);
            sb.append(r.nextInt(3) == 0 ? "/" : " ");
        }
        sb.setLength(sb.length() - 1);
        return sb.append('\n').toString();
    }
}
