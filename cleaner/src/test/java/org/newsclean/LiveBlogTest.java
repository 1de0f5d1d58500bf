package org.newsclean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiveBlogTest {
    private static final NewsCleaner NEWS = NewsCleaner.news();

    private static int time(String s) {
        return LiveBlog.clockTime(s, 0, s.length());
    }

    @Test
    void clockTimes() {
        assertThat(time("14.32 GMT")).isEqualTo(14 * 60 + 32);
        assertThat(time("  9:05 am ")).isEqualTo(9 * 60 + 5);
        assertThat(time("9.05pm")).isEqualTo(21 * 60 + 5);
        assertThat(time("12:10 a.m. ET")).isEqualTo(10);
        assertThat(time("10:15 Uhr")).isEqualTo(10 * 60 + 15);
        assertThat(time("23:59")).isEqualTo(23 * 60 + 59);
        for (String no : List.of("24:00", "9:60", "123:45", "14.3", "14.321", "1:41 views", "Updated 14:32", "14:32 GMT today",
                "3.60", "9:05 am GMT BST", "", ":", "12:")) {
            assertThat(time(no)).as(no).isEqualTo(-1);
        }
    }

    /** Four entries newest first, each under its time and ending in share buttons and an ad label. */
    private static final String[][] ENTRIES = {
        {"14.32 GMT", "River level has peaked, says Environment Agency", "The Environment Agency says the River Wend in"
                + " Hartwell peaked at 4.8 metres shortly after 2pm, about 30cm below the record set in 2007."},
        {"13.55 GMT", "More than 400 homes have now been evacuated in Hartwell and the villages downstream, the county"
                + " council says. Rest centres have been opened at the leisure centre and two schools."},
        {"12.48 GMT", "Army called in to help with sandbags", "Around 60 soldiers have arrived in Hartwell to help fill"
                + " and place sandbags along the riverside, the Ministry of Defence says."},
        {"12.10 GMT", "Good afternoon, and welcome to our live coverage of the flooding in the Wend valley, where the"
                + " river is expected to peak in the next few hours."}};

    private static final String HEADLINE = "Floods live: river levels peak in Hartwell as hundreds of homes evacuated";
    private static final String STANDFIRST = "Updates as the River Wend bursts its banks after three days of rain";

    private static String page(String[][] entries) {
        List<String> l = new ArrayList<>(List.of("Skip to main content", "The Morning Record", "Subscribe", "Sign in", "UK", "World",
                "Politics", "Business", "Sport", "Live", HEADLINE, STANDFIRST, "Show key events only", "LIVE", "Updated 12m ago"));
        for (String[] e : entries) {
            l.addAll(List.of(e));
            l.add("Share");
            l.add("Advertisement");
        }
        l.addAll(List.of("Most viewed", "Storm names for next season announced", "Rail fares to rise by 4.6% in March", "Topics",
                "Flooding", "Weather", "About us", "Contact us", "Terms", "\u00a9 2026 The Morning Record"));
        return String.join("\n", l) + "\n";
    }

    @Test
    void aLiveBlogsEntriesStayWithTheirTimesUnderTheHeadline() {
        List<String> kept = new ArrayList<>(List.of(HEADLINE, STANDFIRST));
        for (String[] e : ENTRIES) {
            kept.addAll(List.of(e));
        }
        CleanResult r = NEWS.clean(page(ENTRIES));
        assertThat(r.text()).isEqualTo(String.join("\n", kept));
        assertThat(NEWS.clean(r.text()).text()).isEqualTo(r.text());
    }

    /** @return {@link LiveBlog#span} of the entries alone, a line of 15 words or more taken for a text block */
    private static int[] span(String[][] entries) {
        List<String> l = new ArrayList<>();
        for (String[] e : entries) {
            l.addAll(List.of(e));
            l.add("Share");
        }
        TextDocument doc = new TextDocument(String.join("\n", l), null, false);
        Line[] lines = doc.lines().toArray(new Line[0]);
        PageBlocks.Kind[] kinds = new PageBlocks.Kind[lines.length];
        for (int i = 0; i < lines.length; i++) {
            kinds[i] = lines[i].wordCount() >= 15 ? PageBlocks.Kind.GOOD : PageBlocks.Kind.SHORT;
        }
        return LiveBlog.span(lines, kinds, i -> doc.text());
    }

    @Test
    void entriesNewestFirstMakeALiveBlog() {
        // the first entry's time to the last entry's text
        assertThat(span(ENTRIES)).containsExactly(0, 12);
        // a thread of comments runs oldest first: no live blog, whatever its times say
        String[][] forward = ENTRIES.clone();
        java.util.Collections.reverse(java.util.Arrays.asList(forward));
        assertThat(span(forward)).isNull();
        // two entries are not enough
        assertThat(span(java.util.Arrays.copyOf(ENTRIES, 2))).isNull();
    }
}
