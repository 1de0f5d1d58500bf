package org.newsclean;

/**
 * One step of a {@link NewsCleaner}'s pipeline: it looks at a {@link TextDocument} and flags spans
 * or lines that are not article text. Heuristics never edit the text; after every heuristic has
 * run, one final pass removes what was flagged and tidies whitespace, so each removal can be
 * explained and scored per heuristic.
 *
 * <p>Implementations must be immutable and thread-safe: a cleaner calls the same instance from
 * many threads at once. They should run in time linear in the document's size. Later heuristics
 * see what earlier ones flagged ({@link TextDocument#isRemoved(Line)}).
 *
 * <p>A heuristic that should be found by name (see {@link NewsCleaner.Builder#add(String)}) is
 * registered through a {@link HeuristicProvider}.
 */
public interface Heuristic {

    /**
     * @return the heuristic's stable short name, lower-case with dashes (for example
     *     {@code "ads"}); it appears in {@link Removal#heuristic()} and in {@link NewsCleaner#toString()}
     */
    String name();

    /**
     * Looks at the document and flags what is not article text.
     *
     * @param doc the document, with the flags of the heuristics that ran before this one
     * @param flags where to flag spans and lines; flags carry this heuristic's name
     */
    void apply(TextDocument doc, Flags flags);
}
