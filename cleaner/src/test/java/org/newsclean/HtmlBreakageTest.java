package org.newsclean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Real-world breakage: missing or broken structure, huge and deep pages, pages without an article. */
class HtmlBreakageTest {

    private static final String PARA_1 = "The river authority opened the new flood gates on Monday, two years after the "
            + "spring floods damaged more than three hundred homes in the lower town.";
    private static final String PARA_2 = "Residents watched from the embankment as the gates closed for the first "
            + "test, which engineers said went exactly as planned, without a single leak.";

    @Test
    void pageWithoutBodyOrHtmlTags() {
        HtmlExtractor.Page page = HtmlExtractor.extract("<title>Gates</title><p>" + PARA_1 + "<p>" + PARA_2, "",
                HtmlOptions.DEFAULTS);
        assertThat(page.text()).isEqualTo(PARA_1 + "\n\n" + PARA_2);
        assertThat(page.title()).isEqualTo("Gates");
    }

    @Test
    void brokenNestingAndUnclosedTags() {
        String html = "<html><body><div class=\"content\"><p>" + PARA_1 + "<div><b><i>" + PARA_2
                + "</b></i></span></td></div></p><ul><li>unclosed</ul></div></div></div></body></html></html>";
        HtmlExtractor.Page page = HtmlExtractor.extract(html, "", HtmlOptions.DEFAULTS);
        assertThat(page.text()).startsWith(PARA_1 + "\n\n" + PARA_2);
    }

    @Test
    void emptyAndBlankInput() {
        assertThat(HtmlExtractor.extract("", "", HtmlOptions.DEFAULTS).text()).isEmpty();
        assertThat(HtmlExtractor.extract("   \n ", "", HtmlOptions.DEFAULTS).text()).isEmpty();
        assertThat(NewsCleaner.news().cleanHtml("", null).text()).isEmpty();
    }

    @Test
    void pageWithoutAnArticleGivesAnEmptyBodyNotTheMenu() {
        StringBuilder html = new StringBuilder("<html><head><title>Index</title></head><body><div class=\"menu\"><ul>");
        for (int i = 0; i < 40; i++) {
            html.append("<li><a href=\"/section/").append(i).append("\">Section number ").append(i).append("</a></li>");
        }
        html.append("</ul></div><div id=\"links\">");
        for (int i = 0; i < 30; i++) {
            html.append("<a href=\"/story/").append(i).append("\">A headline of another story, number ").append(i)
                    .append("</a><br>");
        }
        html.append("</div><div class=\"copyright\">All rights reserved.</div></body></html>");
        CleanResult r = NewsCleaner.news().cleanHtml(html.toString(), "");
        assertThat(r.text()).isEmpty();
        assertThat(r.title()).isEqualTo("Index");
    }

    @Test
    void nestingTenThousandLevelsDeepRunsOnASmallStack() throws InterruptedException {
        StringBuilder html = new StringBuilder("<html><body>");
        for (int i = 0; i < 10_000; i++) {
            html.append(i % 2 == 0 ? "<div>" : "<span>");
        }
        html.append("<p>").append(PARA_1).append("</p><p>").append(PARA_2).append("</p>");
        for (int i = 10_000 - 1; i >= 0; i--) {
            html.append(i % 2 == 0 ? "</div>" : "</span>");
        }
        html.append("</body></html>");
        AtomicReference<Object> out = new AtomicReference<>();
        // a 256 KiB stack: recursion on DOM depth would overflow it
        Thread t = new Thread(null, () -> {
            try {
                out.set(HtmlExtractor.extract(html.toString(), "", HtmlOptions.DEFAULTS.withTrackPositions(true)));
            } catch (Throwable e) {
                out.set(e);
            }
        }, "small-stack", 256 * 1024);
        t.start();
        t.join();
        assertThat(out.get()).isInstanceOf(HtmlExtractor.Page.class);
        assertThat(((HtmlExtractor.Page) out.get()).text()).isEqualTo(PARA_1 + "\n\n" + PARA_2);
    }

    @Test
    void tenMegabytePage() {
        StringBuilder html = new StringBuilder(11 << 20).append("<html><body><nav>");
        int i = 0;
        while (html.length() < 5 << 20) {
            html.append("<div class=\"teaser\"><a href=\"/s/").append(i).append("\">Teaser headline ").append(i++)
                    .append("</a> <span class=\"date\">today</span></div>\n");
        }
        html.append("</nav><article>");
        while (html.length() < 10 << 20) {
            html.append("<p>").append(PARA_1).append(" Paragraph ").append(i++).append(", with commas, here.</p>\n");
        }
        html.append("</article></body></html>");
        long t0 = System.nanoTime();
        CleanResult r = NewsCleaner.builder().build().cleanHtml(html.toString(), "");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(r.text()).startsWith(PARA_1 + " Paragraph ");
        assertThat(r.text()).doesNotContain("Teaser headline");
        assertThat(ms).as("ms for 10 MB").isLessThan(20_000);
    }
}
