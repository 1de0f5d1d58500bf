package org.newsclean.corpus;

import org.newsclean.NewsCleaner;

/**
 * A language guess for documents whose meta.json and page name none, by the cleaner's own
 * {@link NewsCleaner#guessLanguage(CharSequence)}. Only used to break reports down by language.
 */
final class Languages {
    private Languages() {
    }

    /** @return a language code, or null when no guess is safe */
    static String guess(String text) {
        return NewsCleaner.guessLanguage(text);
    }
}
