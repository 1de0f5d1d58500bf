package org.newsclean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Finding a page's or a text's charset from its bytes, and cleaning pages given as bytes. */
class DecodingTest {
    private static final Charset CP1251 = Charset.forName("windows-1251");
    private static final Charset CP1252 = Charset.forName("windows-1252");

    private static String page(String head, String body) {
        return "<!DOCTYPE html><html><head>" + head + "<title>T</title></head><body>" + body + "</body></html>";
    }

    private static Decoding.Decoded html(String page, Charset written, String given) {
        return Decoding.html(page.getBytes(written), given);
    }

    @Test
    void aPageSaysItsCharsetInAMetaTag() {
        String body = "<p>Совет утвердил план строительства школ.</p>";
        for (String head : List.of("<meta charset=\"windows-1251\">", "<META CHARSET=windows-1251>",
                "<meta charset='cp1251' />", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">",
                "<meta content='text/html;charset=\"windows-1251\"' http-equiv='content-type'>",
                "<meta name=\"viewport\" content=\"width=device-width\"><meta charset=\"windows-1251\">")) {
            String p = page(head, body);
            Decoding.Decoded d = html(p, CP1251, null);
            assertThat(d.text()).as(head).isEqualTo(p);
            assertThat(d.charset()).as(head).isEqualTo(CP1251);
            assertThat(d.source()).as(head).isEqualTo(Decoding.Source.DECLARED);
        }
    }

    @Test
    void declarationsThatDoNotCountAreIgnored() {
        String body = "<p>Caf\u00e9 au lait, cr\u00e8me br\u00fbl\u00e9e.</p>";
        // commented out, inside a script, after the body begins, a content without http-equiv, an unknown label
        for (String head : List.of("<!-- when a > b: <meta charset=\"windows-1251\"> -->",
                "<script>var s = '<meta charset=\"windows-1251\">';</script>",
                "<meta content=\"text/html; charset=windows-1251\">", "<meta charset=\"no-such-charset\">")) {
            Decoding.Decoded d = html(page(head, body), CP1252, null);
            assertThat(d.source()).as(head).isEqualTo(Decoding.Source.LEGACY);
            assertThat(d.text()).as(head).contains("Caf\u00e9 au lait, cr\u00e8me br\u00fbl\u00e9e.");
        }
        String late = "<html><head><title>T</title></head><body><meta charset=\"windows-1251\"><p>Caf\u00e9</p></body></html>";
        assertThat(Decoding.html(late.getBytes(CP1252), null).source()).isEqualTo(Decoding.Source.LEGACY);
        // a declaration further in than the prescan is not read either
        String far = "<html><head><title>" + "x".repeat(Decoding.PRESCAN_BYTES) + "</title><meta charset=\"windows-1251\">";
        assertThat(Decoding.declared(far.getBytes(StandardCharsets.US_ASCII))).isNull();
        assertThat(Decoding.declared(("<html><head><title>x</title><meta charset=\"windows-1251\">").getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(CP1251);
    }

    @Test
    void aByteOrderMarkWinsAndTheCallersCharsetComesNext() {
        String p = page("<meta charset=\"windows-1251\">", "<p>Grüße aus Köln</p>");
        byte[] utf8 = p.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        assertThat(Decoding.html(withBom, "windows-1251").text()).isEqualTo(p);
        assertThat(Decoding.html(withBom, null).source()).isEqualTo(Decoding.Source.BOM);
        byte[] le = ("\ufeff" + p).getBytes(StandardCharsets.UTF_16LE);
        assertThat(Decoding.html(le, null).text()).isEqualTo(p);
        byte[] be = ("\ufeff" + p).getBytes(StandardCharsets.UTF_16BE);
        assertThat(Decoding.html(be, null).text()).isEqualTo(p);
        // the server's charset over the page's own declaration
        Decoding.Decoded given = Decoding.html(utf8, "utf-8");
        assertThat(given.text()).isEqualTo(p);
        assertThat(given.source()).isEqualTo(Decoding.Source.GIVEN);
        assertThatThrownBy(() -> Decoding.html(utf8, "no-such-charset")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no-such-charset");
    }

    @Test
    void labelsAreReadAsBrowsersReadThem() {
        assertThat(Decoding.forLabel("ISO-8859-1")).isEqualTo(CP1252);
        assertThat(Decoding.forLabel(" us-ascii ")).isEqualTo(CP1252);
        assertThat(Decoding.forLabel("UTF8")).isEqualTo(StandardCharsets.UTF_8);
        assertThat(Decoding.forLabel("gb2312")).isEqualTo(Charset.forName("GB18030"));
        assertThat(Decoding.forLabel("Shift_JIS")).isEqualTo(Charset.forName("windows-31j"));
        assertThat(Decoding.forLabel("euc-kr")).isEqualTo(Charset.forName("x-windows-949"));
        assertThat(Decoding.forLabel("koi8-r")).isEqualTo(Charset.forName("KOI8-R"));
        assertThat(Decoding.forLabel("no such thing")).isNull();
        assertThat(Decoding.forLabel("")).isNull();
        // a page that declares UTF-16 but reads as ASCII is UTF-8
        assertThat(Decoding.declared("<meta charset=utf-16>".getBytes(StandardCharsets.US_ASCII))).isEqualTo(StandardCharsets.UTF_8);
        assertThat(Decoding.fromContent("text/html; charset = \"euc-jp\"")).isEqualTo("euc-jp");
        assertThat(Decoding.fromContent("text/html")).isNull();
    }

    @Test
    void withoutADeclarationUtf8ThenWindows1252() {
        String t = "Caf\u00e9 opens on Main Street \u2014 at last.";
        Decoding.Decoded utf8 = Decoding.decode(t.getBytes(StandardCharsets.UTF_8), null, false);
        assertThat(utf8.text()).isEqualTo(t);
        assertThat(utf8.source()).isEqualTo(Decoding.Source.UTF8);
        Decoding.Decoded legacy = Decoding.decode(t.getBytes(CP1252), null, false);
        assertThat(legacy.text()).isEqualTo(t);
        assertThat(legacy.source()).isEqualTo(Decoding.Source.LEGACY);
        // UTF-8 with one broken byte stays UTF-8: the broken byte alone is lost
        byte[] b = (t + " Jos\u00e9 and Zo\u00eb came.").getBytes(StandardCharsets.UTF_8);
        b[3] = (byte) 0xE9;
        Decoding.Decoded mostly = Decoding.decode(b, null, false);
        assertThat(mostly.source()).isEqualTo(Decoding.Source.UTF8);
        assertThat(mostly.text()).endsWith("Jos\u00e9 and Zo\u00eb came.");
    }

    @Test
    void anyBytesDecodeWithoutFailing() {
        Random random = new Random(7);
        String[] bits = {"<", ">", "<meta", " charset=", "\"", "'", "<!--", "-->", "<script>", "</script", "<body",
            "http-equiv=content-type", " content=\"charset=", "utf-16", "windows-1251", "\u00e9", "\u0416", "/", "=", " "};
        for (int round = 0; round < 2000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(30); k > 0; k--) {
                sb.append(bits[random.nextInt(bits.length)]);
            }
            byte[] b = sb.toString().getBytes(random.nextBoolean() ? StandardCharsets.UTF_8 : CP1251);
            if (random.nextInt(4) == 0 && b.length > 0) {
                b[random.nextInt(b.length)] = (byte) random.nextInt(256);
            }
            assertThat(Decoding.html(b, null).text()).isNotNull();
            assertThat(Decoding.decode(b, null, false).text()).isNotNull();
        }
    }

    @Test
    void pagesInLegacyCharsetsCleanAsTheirText() {
        NewsCleaner cleaner = NewsCleaner.news();
        String p1 = "В понедельник городской совет утвердил новый план строительства трёх школ в северной части города,"
                + " сообщила пресс-служба мэрии, и работы начнутся уже весной.";
        String p2 = "Родители давно просили открыть школы ближе к новым кварталам, где сейчас живут более сорока тысяч"
                + " человек, а ездить до старых школ приходится больше часа.";
        String ja1 = "市議会は月曜日、市の北部に三つの新しい学校を建設する計画を承認したと市役所が発表した。工事は春に始まり、二年間続く予定だ。";
        String ja2 = "保護者は長い間、新しい住宅地の近くに学校を開くよう求めてきた。現在、その地区には四万人以上が住んでいる。";
        String zh1 = "市议会周一批准了在城市北部建设三所新学校的计划，市政府新闻办公室表示，工程将于春季开始，持续两年。";
        String zh2 = "家长们长期以来一直要求在新住宅区附近开设学校，目前那里居住着四万多人，孩子们上学要花一个多小时。";
        record Case(String charset, String declaration, String a, String b) {
        }
        for (Case c : List.of(new Case("windows-1251", "<meta charset=\"windows-1251\">", p1, p2),
                new Case("KOI8-R", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">", p1, p2),
                new Case("Shift_JIS", "<meta http-equiv=\"content-type\" content=\"text/html; charset=Shift_JIS\">", ja1, ja2),
                new Case("EUC-JP", "<meta charset=\"euc-jp\">", ja1, ja2),
                new Case("GBK", "<meta charset=\"gb2312\">", zh1, zh2))) {
            String html = page(c.declaration(), "<nav><a href=\"/\">Home</a></nav><article><h1>Headline</h1><p>" + c.a()
                    + "</p><p>" + c.b() + "</p></article>");
            CleanResult fromBytes = cleaner.cleanHtml(html.getBytes(Charset.forName(c.charset())), null, "https://example.com/");
            CleanResult fromText = cleaner.cleanHtml(html, "https://example.com/");
            assertThat(fromBytes.text()).as(c.charset()).isEqualTo(fromText.text()).contains(c.a()).contains(c.b());
        }
        assertThatThrownBy(() -> cleaner.cleanHtml("<p>x</p>".getBytes(StandardCharsets.UTF_8), "nonsense", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cleaner.cleanHtml((byte[]) null, null, null)).isInstanceOf(NullPointerException.class);
        NewsCleaner small = NewsCleaner.builder().maxInputChars(100).build();
        for (int size : new int[] {300, 100_000}) {
            byte[] big = "<p>a</p>".repeat(size / 8).getBytes(StandardCharsets.UTF_8);
            assertThatThrownBy(() -> small.cleanHtml(big, null, null)).as("" + size).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("limit of 100 chars");
        }
    }
}
