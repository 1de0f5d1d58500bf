package org.newsclean;

/**
 * What kind of thing a removal took out of a document. Every {@link Removal} carries one, so that
 * users can keep or score removals by kind.
 */
public enum Category {
    /** Leftovers of tracking pixels and tags: {@code fb-pixel}, noscript and iframe remnants, raw markup, entity debris. */
    TRACKING,
    /** Skip links, menus, breadcrumbs, "Back to top", section lists. */
    NAVIGATION,
    /** An image caption (or a repeated copy of one). */
    CAPTION,
    /** A photo or image credit: "Photo: ...", "(AP Photo/...)", ".../Getty Images". */
    CREDIT,
    /** Advertisement labels: "Advertisement", "Story continues below advertisement". */
    ADVERTISEMENT,
    /** Share bars: "Share on Facebook", "Tweet", "Email", "Print". */
    SHARE,
    /** Newsletter and subscription prompts. */
    NEWSLETTER,
    /** "Read more", "Related" lists and other stories' headlines. */
    RELATED,
    /** Cookie and consent notices. */
    COOKIE,
    /** An exact or near duplicate of text seen earlier in the same document. */
    DUPLICATE,
    /** Bylines, datelines and publication dates. */
    BYLINE,
    /** Reader comments and comment prompts. */
    COMMENTS,
    /** Page furniture found by structure rather than by phrase: headers, footers, asides, hidden elements. */
    LAYOUT,
    /** Anything else a heuristic decided is not article text. */
    OTHER
}
