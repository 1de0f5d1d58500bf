package org.newsclean;

import java.util.Objects;

/**
 * One piece of a document that a cleaner took out, with the heuristic that flagged it and why.
 *
 * <p>{@code start} and {@code end} are offsets (UTF-16 chars, end exclusive) into the text the
 * {@link Origin origin} names: the input text for {@link Origin#TEXT} removals made by
 * {@link NewsCleaner#clean(CharSequence)}, the extracted page text ({@link CleanResult#source()})
 * for text removals in HTML mode, and the HTML source for {@link Origin#HTML} removals (where the
 * parser could not tell a position, both are -1). Instances are immutable.
 *
 * @param start first char of the removed span, or -1 when unknown
 * @param end one past the last char of the removed span, or -1 when unknown
 * @param heuristic the {@link Heuristic#name() name} of the heuristic that flagged it
 * @param category what kind of thing was removed
 * @param reason a short human-readable reason
 * @param text the removed text (for HTML removals, the removed element's text, possibly abridged)
 * @param origin whether the span refers to text or to the HTML source
 */
public record Removal(int start, int end, String heuristic, Category category, String reason, String text,
                      Origin origin) {

    /** What a removal's offsets refer to. */
    public enum Origin {
        /** Offsets into the cleaned text's input ({@link CleanResult#source()}). */
        TEXT,
        /** Offsets into the HTML source. */
        HTML
    }

    /** Validates the fields. */
    public Removal {
        Objects.requireNonNull(heuristic, "heuristic");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(origin, "origin");
        if (start > end) {
            throw new IllegalArgumentException("start " + start + " > end " + end);
        }
    }

    /** @return the length of the removed span in chars, 0 when the position is unknown */
    public int length() {
        return start < 0 ? 0 : end - start;
    }

    @Override
    public String toString() {
        return origin.name().toLowerCase(java.util.Locale.ROOT) + "[" + start + "," + end + ") " + heuristic + " "
                + category.name().toLowerCase(java.util.Locale.ROOT) + ": " + reason + " \"" + Explain.abbreviate(text, 60) + "\"";
    }
}
