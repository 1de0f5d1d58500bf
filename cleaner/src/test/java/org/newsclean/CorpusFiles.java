package org.newsclean;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds the inputs of ../shared/corpus and of the project's own corpus/docs, read at run time. */
final class CorpusFiles {
    private CorpusFiles() {
    }

    /** @return the project's own corpus ({@code corpus/docs}), or null when not found */
    static Path ownCorpus() {
        for (String p : new String[] {"../corpus/docs", "corpus/docs"}) {
            if (Files.isDirectory(Path.of(p))) {
                return Path.of(p);
            }
        }
        return null;
    }

    /** @return every file of that name under root (any depth), sorted; empty when root is null */
    static List<Path> named(Path root, String... names) {
        if (root == null) {
            return List.of();
        }
        List<String> wanted = List.of(names);
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> wanted.contains(p.getFileName().toString())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the document's id as {@code source/id}, from its directory */
    static String id(Path file) {
        Path dir = file.getParent();
        return dir.getParent().getFileName() + "/" + dir.getFileName();
    }
}
