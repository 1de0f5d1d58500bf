package org.newsclean;

/** Settings of HTML extraction, set through {@link NewsCleaner.Builder}. Immutable. */
record HtmlOptions(boolean keepCaptions) {
    static final HtmlOptions DEFAULTS = new HtmlOptions(false);

    HtmlOptions withKeepCaptions(boolean keep) {
        return new HtmlOptions(keep);
    }
}
