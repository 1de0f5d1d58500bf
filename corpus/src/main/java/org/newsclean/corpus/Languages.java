package org.newsclean.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A language guess for documents whose meta.json and page name none: the script for Japanese,
 * Chinese and Korean, else the stoplist (the cleaner's {@code org/newsclean/stopwords/*.txt}) that
 * most of a text's words hit. Only used to break reports down by language.
 */
final class Languages {
    private static final String[] CODES = {"en", "de", "fr", "es", "it", "pt", "nl", "ru", "pl", "tr", "id", "sv"};
    private static final Map<String, Set<String>> LISTS = load();

    private Languages() {
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        for (String c : CODES) {
            try (InputStream in = Languages.class.getResourceAsStream("/org/newsclean/stopwords/" + c + ".txt")) {
                if (in == null) {
                    continue;
                }
                Set<String> words = new HashSet<>();
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.startsWith("#")) {
                        for (String w : line.strip().split("\\s+")) {
                            words.add(w);
                        }
                    }
                }
                m.put(c, words);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return m;
    }

    /** @return a language code, or null when no guess is safe */
    static String guess(String text) {
        int letters = 0;
        int han = 0;
        int kana = 0;
        int hangul = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (!Character.isLetter(ch)) {
                continue;
            }
            letters++;
            Character.UnicodeScript s = Character.UnicodeScript.of(ch);
            if (s == Character.UnicodeScript.HAN) {
                han++;
            } else if (s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA) {
                kana++;
            } else if (s == Character.UnicodeScript.HANGUL) {
                hangul++;
            }
        }
        if (letters > 0 && hangul * 4 > letters) {
            return "ko";
        }
        if (letters > 0 && (han + kana) * 4 > letters) {
            return kana * 10 > han + kana ? "ja" : "zh";
        }
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+");
        String best = null;
        int bestHits = 0;
        for (Map.Entry<String, Set<String>> e : LISTS.entrySet()) {
            int hits = 0;
            for (String w : words) {
                if (e.getValue().contains(w)) {
                    hits++;
                }
            }
            if (hits > bestHits) {
                bestHits = hits;
                best = e.getKey();
            }
        }
        return bestHits * 10 >= words.length ? best : null;
    }
}
