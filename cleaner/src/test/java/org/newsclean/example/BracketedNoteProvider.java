package org.newsclean.example;

import java.util.Map;
import org.newsclean.Category;
import org.newsclean.Flags;
import org.newsclean.Heuristic;
import org.newsclean.HeuristicProvider;
import org.newsclean.Line;
import org.newsclean.TextDocument;

/** A provider as a user's jar would ship it: flags lines wholly in square brackets. */
public final class BracketedNoteProvider implements HeuristicProvider {
    @Override
    public String name() {
        return "example-bracketed";
    }

    @Override
    public String description() {
        return "lines wholly in square brackets (a test provider)";
    }

    @Override
    public Map<String, String> options() {
        return Map.of();
    }

    @Override
    public Heuristic create(Map<String, String> options) {
        return new Heuristic() {
            @Override
            public String name() {
                return "example-bracketed";
            }

            @Override
            public void apply(TextDocument doc, Flags flags) {
                for (Line line : doc.lines()) {
                    String t = line.text();
                    if (t.startsWith("[") && t.endsWith("]")) {
                        flags.line(line, Category.OTHER, "bracketed note");
                    }
                }
            }
        };
    }
}
