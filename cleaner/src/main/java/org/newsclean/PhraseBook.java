package org.newsclean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Phrase lists, loaded once from {@code org/newsclean/phrases/*.txt} on the class path.
 *
 * <p>File format, one phrase a line: {@code MODE phrase}. {@code #} starts a comment line;
 * {@code @lang xx} tags the phrases that follow with a language. Modes say where a match counts:
 * <ul>
 *   <li>{@code any}: anywhere, as a whole word run (tracking debris);</li>
 *   <li>{@code edge}: at the start or the end of a line, even when the rest of the line is text;</li>
 *   <li>{@code sentence}: when it stands as a sentence of its own between two sentences;</li>
 *   <li>{@code line}: only when the whole line is made of such phrases and separators;</li>
 *   <li>{@code list}: like {@code line}, but the line must hold at least two phrases;</li>
 *   <li>{@code lead}: when it starts a short line, the whole line goes;</li>
 *   <li>{@code contains}: a short line that contains it goes whole.</li>
 * </ul>
 */
final class PhraseBook {

    enum Mode { ANY, EDGE, SENTENCE, LINE, LIST, LEAD, CONTAINS }

    /** One phrase: folded text, its category, mode and language. */
    record Entry(String phrase, Category category, Mode mode, String lang, String owner) {
    }

    private static final Map<String, List<Entry>> CACHE = new ConcurrentHashMap<>();

    private PhraseBook() {
    }

    /**
     * @param resource the file name under {@code org/newsclean/phrases/}
     * @param category the category of its phrases
     * @param owner the heuristic that owns them
     * @return the entries, cached
     */
    static List<Entry> load(String resource, Category category, String owner) {
        return CACHE.computeIfAbsent(resource + "\u0000" + category + "\u0000" + owner,
                k -> List.copyOf(read(resource, category, owner)));
    }

    private static List<Entry> read(String resource, Category category, String owner) {
        String path = "phrases/" + resource;
        List<Entry> out = new ArrayList<>();
        try (InputStream in = PhraseBook.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing phrase resource org/newsclean/" + path);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String lang = "en";
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("@lang ")) {
                    lang = line.substring(6).strip();
                    continue;
                }
                int sp = line.indexOf(' ');
                if (sp < 0) {
                    throw new IllegalStateException(path + ":" + no + ": expected 'MODE phrase'");
                }
                Mode mode;
                try {
                    mode = Mode.valueOf(line.substring(0, sp).toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(path + ":" + no + ": unknown mode '" + line.substring(0, sp) + "'", e);
                }
                out.add(new Entry(fold(line.substring(sp + 1).strip()), category, mode, lang, owner));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static String fold(String s) {
        char[] cs = new char[s.length()];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = Texts.fold(s.charAt(i));
        }
        return new String(cs);
    }
}
