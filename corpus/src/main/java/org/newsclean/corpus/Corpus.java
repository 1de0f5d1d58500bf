package org.newsclean.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads corpora laid out like {@code ../shared/corpus}: {@code <source>/<id>/} folders, each with
 * {@code meta.json}, the input ({@code page.html} or {@code scraped.txt}, named by
 * {@code meta.input}) and, where there is one, {@code gold.txt}. The project's own corpus
 * ({@code corpus/docs}) has the same layout, and its meta.json may add {@code labels}
 * ({@code [{"text": ..., "category": ...}]}), {@code style} and {@code lang}.
 *
 * <p>The folder given may be a corpus root (holding source folders), one source folder (holding
 * document folders) or one document folder. Files are read as UTF-8; charset declarations inside
 * the HTML are ignored. Documents come in order of source, then id. Stateless and thread-safe.
 */
public final class Corpus {
    private Corpus() {
    }

    /**
     * @param root a corpus root, a source folder or a document folder
     * @return every document under it
     * @throws UncheckedIOException when a file cannot be read
     * @throws IllegalArgumentException when the folder holds no documents or a meta.json is malformed
     */
    public static List<Document> read(Path root) {
        return read(root, List.of());
    }

    /**
     * @param root a corpus root, a source folder or a document folder
     * @param sources the sources to keep; empty keeps all
     * @return the documents of those sources
     * @throws UncheckedIOException when a file cannot be read
     * @throws IllegalArgumentException when the folder is missing, a source asked for is absent,
     *     or a meta.json is malformed
     */
    public static List<Document> read(Path root, Collection<String> sources) {
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("no corpus folder at " + root);
        }
        List<Document> out = new ArrayList<>();
        if (isDocument(root)) {
            Path parent = root.toAbsolutePath().getParent();
            String source = parent == null || parent.getFileName() == null ? "corpus" : parent.getFileName().toString();
            if (sources.isEmpty() || sources.contains(source)) {
                out.add(readDocument(source, root));
            }
        } else if (isSource(root)) {
            String source = root.toAbsolutePath().normalize().getFileName().toString();
            if (sources.isEmpty() || sources.contains(source)) {
                readSource(source, root, out);
            }
        } else {
            List<String> seen = new ArrayList<>();
            for (Path d : children(root)) {
                if (isSource(d)) {
                    String source = d.getFileName().toString();
                    seen.add(source);
                    if (sources.isEmpty() || sources.contains(source)) {
                        readSource(source, d, out);
                    }
                }
            }
            for (String s : sources) {
                if (!seen.contains(s)) {
                    throw new IllegalArgumentException("no source '" + s + "' in " + root + "; it has: "
                            + (seen.isEmpty() ? "(none)" : String.join(", ", seen)));
                }
            }
        }
        return out;
    }

    private static void readSource(String source, Path dir, List<Document> out) {
        for (Path d : children(dir)) {
            if (isDocument(d)) {
                out.add(readDocument(source, d));
            }
        }
    }

    static boolean isDocument(Path d) {
        return Files.isRegularFile(d.resolve("meta.json")) || Files.isRegularFile(d.resolve("page.html"))
                || Files.isRegularFile(d.resolve("scraped.txt"));
    }

    private static boolean isSource(Path d) {
        for (Path c : children(d)) {
            if (isDocument(c)) {
                return true;
            }
        }
        return false;
    }

    private static List<Path> children(Path d) {
        try (Stream<Path> s = Files.list(d)) {
            return s.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + d, e);
        }
    }

    static Document readDocument(String source, Path d) {
        Map<String, Object> meta = Map.of();
        Path metaFile = d.resolve("meta.json");
        if (Files.isRegularFile(metaFile)) {
            Object m;
            try {
                m = Json.parse(readText(metaFile));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(metaFile + ": " + e.getMessage(), e);
            }
            if (!(m instanceof Map)) {
                throw new IllegalArgumentException(metaFile + ": not a JSON object");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> mm = (Map<String, Object>) m;
            meta = mm;
        }
        String inputName = string(meta, "input");
        if (inputName == null) {
            inputName = Files.isRegularFile(d.resolve("page.html")) ? "page.html" : "scraped.txt";
        }
        Path inputFile = d.resolve(inputName);
        if (!Files.isRegularFile(inputFile)) {
            throw new IllegalArgumentException(d + ": input file " + inputName + " is missing");
        }
        String lower = inputName.toLowerCase(java.util.Locale.ROOT);
        boolean html = lower.endsWith(".html") || lower.endsWith(".htm");
        Path goldFile = d.resolve("gold.txt");
        String gold = Files.isRegularFile(goldFile) ? readText(goldFile) : null;
        List<Document.Label> labels = new ArrayList<>();
        Object ls = meta.get("labels");
        if (ls instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> lm && lm.get("text") instanceof String t && !t.isBlank()) {
                    Object c = lm.get("category");
                    labels.add(new Document.Label(t, c instanceof String cs ? cs : "other"));
                }
            }
        } else if (ls != null) {
            throw new IllegalArgumentException(metaFile + ": labels must be an array");
        }
        String id = d.getFileName().toString();
        String input = readText(inputFile);
        String lang = string(meta, "lang");
        if (lang == null && html) {
            lang = htmlLang(input);
        }
        if (lang == null && gold != null) {
            lang = Languages.guess(gold);
        }
        return new Document(source, id, d, string(meta, "url"), string(meta, "title"), input, html, gold,
                lang, string(meta, "style"), labels);
    }

    /**
     * @param html a page
     * @return the primary language subtag of the {@code lang} attribute of its {@code <html>} tag,
     *     lower-case ({@code "pt"} for {@code lang="pt-BR"}), or null
     */
    static String htmlLang(String html) {
        String head = html.length() > 20_000 ? html.substring(0, 20_000) : html;
        String low = head.toLowerCase(java.util.Locale.ROOT);
        int tag = low.indexOf("<html");
        while (tag >= 0 && tag + 5 < low.length() && Character.isLetterOrDigit(low.charAt(tag + 5))) {
            tag = low.indexOf("<html", tag + 5);
        }
        if (tag < 0) {
            return metaLang(low);
        }
        int end = low.indexOf('>', tag);
        if (end < 0) {
            return null;
        }
        int at = tag;
        while (true) {
            at = low.indexOf("lang", at + 1);
            if (at < 0 || at > end) {
                return metaLang(low);
            }
            char before = low.charAt(at - 1);
            if (before == ' ' || before == '\t' || before == '\n' || before == '\r' || before == ':') {
                break;
            }
        }
        return attributeValueLang(low, at + 4, end);
    }

    /** The language of {@code <meta property="og:locale">} or {@code <meta http-equiv="content-language">}, or null. */
    private static String metaLang(String low) {
        for (String key : new String[] {"og:locale\"", "content-language\""}) {
            int k = low.indexOf(key);
            if (k < 0) {
                continue;
            }
            int end = low.indexOf('>', k);
            int c = low.indexOf("content", k + key.length());
            if (end > 0 && c > 0 && c < end) {
                String l = attributeValueLang(low, c + 7, end);
                if (l != null) {
                    return l;
                }
            }
        }
        return null;
    }

    /** @return the language subtag of the attribute value that starts with {@code =} at i (after spaces) */
    private static String attributeValueLang(String low, int i, int end) {
        while (i < end && Character.isWhitespace(low.charAt(i))) {
            i++;
        }
        if (i >= end || low.charAt(i) != '=') {
            return null;
        }
        i++;
        while (i < end && (Character.isWhitespace(low.charAt(i)) || low.charAt(i) == '"' || low.charAt(i) == '\'')) {
            i++;
        }
        int s = i;
        while (i < end && Character.isLetter(low.charAt(i))) {
            i++;
        }
        return i - s >= 2 && i - s <= 3 ? low.substring(s, i) : null;
    }

    private static String string(Map<String, Object> meta, String key) {
        return meta.get(key) instanceof String s ? s : null;
    }

    private static String readText(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + f, e);
        }
    }
}
