package org.newsclean;

/**
 * Settings of HTML extraction, set through {@link NewsCleaner.Builder}. Immutable.
 *
 * @param keepCaptions whether figure captions and credits stay in the article text
 * @param trackPositions whether HTML removals carry source offsets; jsoup's position tracking
 *     costs about 60% more parse time, and the page is then parsed whole (no {@link HtmlTrim}), so
 *     it is off by default
 *     ({@link NewsCleaner.Builder#trackHtmlPositions(boolean)})
 */
record HtmlOptions(boolean keepCaptions, boolean trackPositions) {
    static final HtmlOptions DEFAULTS = new HtmlOptions(false, false);

    HtmlOptions withKeepCaptions(boolean keep) {
        return new HtmlOptions(keep, trackPositions);
    }

    HtmlOptions withTrackPositions(boolean track) {
        return new HtmlOptions(keepCaptions, track);
    }
}
