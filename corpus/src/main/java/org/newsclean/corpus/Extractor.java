package org.newsclean.corpus;

import java.util.List;
import java.util.Objects;
import org.newsclean.Removal;

/**
 * Something the evaluation scores: turns a corpus {@link Document} into article text. Make one
 * with {@link Extractors}, or implement it for your own cleaner. Implementations must be
 * thread-safe.
 */
public interface Extractor {

    /** @return a short name for reports, e.g. {@code newsclean html} */
    String name();

    /**
     * @param doc a document
     * @return the extracted text with whatever explains it, or null when this extractor does not
     *     apply to the document (e.g. an HTML extractor on scraped text); the document is then
     *     left out of this extractor's scores
     * @throws Exception when extraction fails; the evaluation scores the document as an empty prediction
     */
    Output extract(Document doc) throws Exception;

    /**
     * What an extractor made of a document.
     *
     * @param text the extracted article text
     * @param source the text that the {@link Removal.Origin#TEXT TEXT} removals' offsets refer
     *     to (what was cleaned), or null when unknown
     * @param removals the removals, empty for extractors that do not explain themselves
     */
    record Output(String text, String source, List<Removal> removals) {
        /** Validates and copies the fields. */
        public Output {
            Objects.requireNonNull(text, "text");
            removals = List.copyOf(removals);
        }

        /**
         * @param text an extracted text
         * @return an output with no removals
         */
        public static Output of(String text) {
            return new Output(text, null, List.of());
        }
    }
}
