/**
 * newsclean: turns scraped news text, or a news page's HTML, into clean article text, and explains
 * every removal.
 *
 * <p>Start with {@link org.newsclean.NewsCleaner}: {@code NewsCleaner.news().clean(text)} or
 * {@code .cleanHtml(html, url)} returns a {@link org.newsclean.CleanResult} with the text and the
 * list of {@link org.newsclean.Removal}s. A cleaner is a pipeline of
 * {@link org.newsclean.Heuristic}s built from presets; each heuristic flags spans of a
 * {@link org.newsclean.TextDocument} through {@link org.newsclean.Flags}, and one final pass
 * removes what was flagged. Write your own heuristic by implementing
 * {@link org.newsclean.Heuristic}, and make it findable by name with a
 * {@link org.newsclean.HeuristicProvider} listed in {@code META-INF/services}.
 *
 * <p>Arguments are never null unless a method says otherwise; a null argument gets a
 * {@link java.lang.NullPointerException} that names it. Everything here is immutable and
 * thread-safe except {@link org.newsclean.NewsCleaner.Builder}, {@link org.newsclean.TextDocument}
 * and {@link org.newsclean.Flags}, which live within one call.
 */
package org.newsclean;
