/**
 * The project's test corpus and the evaluation that scores a cleaner on it.
 *
 * <p>{@link org.newsclean.corpus.Corpus} reads corpora laid out like {@code ../shared/corpus};
 * {@link org.newsclean.corpus.Extractors} makes the things to score (newsclean in any
 * configuration and mode, Boilerpipe, Readability4J, the uncleaned text);
 * {@link org.newsclean.corpus.Evaluation} runs them and writes Markdown, JSON and HTML reports
 * scored with {@link org.newsclean.corpus.Metric}, the scrapinghub benchmark's metric;
 * {@link org.newsclean.corpus.PageText} turns a page into the whole-page text a naive scraper
 * produces; {@link org.newsclean.corpus.Eval} is the command line
 * ({@code java -jar corpus/target/newsclean-eval.jar ../shared/corpus}).
 */
package org.newsclean.corpus;
