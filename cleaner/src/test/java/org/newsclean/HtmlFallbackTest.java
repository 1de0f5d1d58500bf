package org.newsclean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** HTML the parser cannot take is cleaned as whole-page text, not thrown back at the caller. */
class HtmlFallbackTest {
    private static final String BODY = "The council approved the new bus routes on Tuesday after a debate that lasted "
            + "more than two hours, and the first buses will run in May.";

    @Test
    void formattingElementsNestedTooDeepForTheParser() {
        // jsoup 1.24.1 throws IndexOutOfBoundsException on this (reconstructFormattingElements)
        String html = "<html><body><nav>Home | News | Sport</nav>" + "<div><p><b>".repeat(507) + BODY + "</body></html>";
        CleanResult r = NewsCleaner.news().cleanHtml(html, "https://example.org/a");
        assertThat(r.text()).contains(BODY);
        assertThat(r.removals().get(0).heuristic()).isEqualTo("html-fallback");
        assertThat(r.removals().get(0).reason()).contains("IndexOutOfBoundsException");
    }

    @Test
    void fallbackTextSkipsScriptsAndBreaksBlocks() {
        String text = HtmlFallback.text("<head><title>T</title><style>p{}</style></head><body><script>var x = '<p>';</script>"
                + "<p>First &amp; second</p><div>Third<br>Fourth <b>bold</b></div></body>");
        assertThat(text).isEqualTo("First & second\nThird\nFourth bold\n");
    }
}
