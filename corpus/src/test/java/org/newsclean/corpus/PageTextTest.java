package org.newsclean.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageTextTest {

    @Test
    void blocksBecomeLinesAndInlineTextJoins() {
        String html = "<html><head><title>T</title><style>p{}</style></head><body>"
                + "<div>Menu <a href=/>Home</a> <span>News</span></div>"
                + "<h1>Headline  here</h1><p>First <b>bold</b>\n  para.</p><p>Second<br>line two</p>"
                + "<ul><li>one</li><li>two</li></ul><table><tr><td>a</td><td>b</td></tr></table></body></html>";
        assertThat(PageText.of(html)).isEqualTo(
                "Menu Home News\nHeadline here\nFirst bold para.\nSecond\nline two\none\ntwo\na\nb");
    }

    @Test
    void skipsScriptsStylesNoscriptTemplatesAndHead() {
        String html = "<head><meta name=x content=y><script>var a=1;</script></head><body><p>Text</p>"
                + "<script>alert(1)</script><noscript><img src=p.gif alt=pixel></noscript><template><p>T</p></template>"
                + "<style>.a{}</style><svg><title>icon</title></svg><iframe>frame</iframe></body>";
        assertThat(PageText.of(html)).isEqualTo("Text");
    }

    @Test
    void includesImageAltTextWhereItStands() {
        String html = "<body><figure><img src=a.jpg alt=\"A lighthouse at dusk\"><figcaption>Photo: AP</figcaption></figure>"
                + "<p>Look <img src=i.png alt=\"(icon)\"> here <img src=b.png alt=\"\"></p></body>";
        assertThat(PageText.of(html)).isEqualTo("A lighthouse at dusk\nPhoto: AP\nLook (icon) here");
    }

    @Test
    void preKeepsItsLineBreaksAndNbspCollapses() {
        String html = "<body><pre>a  b\nc</pre><p>x\u00a0\u00a0y</p></body>";
        assertThat(PageText.of(html)).isEqualTo("a b\nc\nx y");
    }

    @Test
    void isDeterministicAndEmptyForEmptyPages() {
        String html = "<p>Hello</p><div><div>Nested</div> tail</div>";
        assertThat(PageText.of(html)).isEqualTo(PageText.of(html)).isEqualTo("Hello\nNested\ntail");
        assertThat(PageText.of("")).isEmpty();
    }
}
