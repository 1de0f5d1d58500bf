package org.newsclean;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a page's or a text's bytes into chars, finding the charset as browsers do (the WHATWG
 * encoding standard's sniffing, simplified): a byte order mark; else the charset the caller was
 * given (an HTTP {@code Content-Type}'s); else, for HTML, what the page declares in a
 * {@code <meta charset>} or {@code <meta http-equiv="Content-Type">} before its body; else UTF-8
 * when the bytes are UTF-8, else windows-1252 (the legacy charset of most Western pages). Labels
 * are read as browsers read them: {@code iso-8859-1} and {@code us-ascii} mean windows-1252,
 * {@code gb2312} means GBK, {@code shift_jis} means windows-31j. Linear in the input; the
 * declaration is looked for in the first {@value #PRESCAN_BYTES} bytes only.
 */
final class Decoding {
    /** How far into a page a charset declaration is looked for (browsers look at 1024 bytes, then reparse). */
    static final int PRESCAN_BYTES = 32 * 1024;

    /** Where the charset of a decoded input came from. */
    enum Source {
        /** A byte order mark. */
        BOM,
        /** The caller named it. */
        GIVEN,
        /** The page declares it. */
        DECLARED,
        /** Nothing named it, and the bytes are UTF-8 (or mostly: a few malformed bytes became U+FFFD). */
        UTF8,
        /** Nothing named it, and the bytes are not UTF-8: read as windows-1252. */
        LEGACY
    }

    /** Decoded chars, the charset they were read in and where that charset came from. */
    record Decoded(String text, Charset charset, Source source) {
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Map<String, String> LABELS = new HashMap<>();

    static {
        label("UTF-8", "utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8");
        label("windows-1252", "ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1",
                "iso-ir-100", "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1", "us-ascii",
                "windows-1252", "x-cp1252", "x-user-defined");
        label("GB18030", "chinese", "csgb2312", "csiso58gb231280", "gb2312", "gb_2312", "gb_2312-80", "gbk", "iso-ir-58",
                "x-gbk", "gb18030");
        label("Big5-HKSCS", "big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5");
        label("windows-31j", "csshiftjis", "ms932", "ms_kanji", "shift-jis", "shift_jis", "sjis", "windows-31j", "x-sjis");
        label("x-windows-949", "cseuckr", "csksc56011987", "euc-kr", "iso-ir-149", "korean", "ks_c_5601-1987",
                "ks_c_5601-1989", "ksc5601", "ksc_5601", "windows-949");
        label("windows-1254", "iso-8859-9", "iso8859-9", "iso88599", "latin5", "l5", "windows-1254");
        label("x-windows-874", "tis-620", "iso-8859-11", "windows-874", "dos-874");
        label("UTF-16LE", "utf-16", "utf-16le", "unicode", "ucs-2", "csunicode", "iso-10646-ucs-2", "unicodefeff");
        label("UTF-16BE", "utf-16be", "unicodefffe");
    }

    private static void label(String charset, String... labels) {
        for (String l : labels) {
            LABELS.put(l, charset);
        }
    }

    private Decoding() {
    }

    /**
     * @param label a charset's name as pages and HTTP headers write it (case and surrounding white
     *     space ignored)
     * @return the charset a browser decodes with for that label, or null when Java has none by that name
     */
    static Charset forLabel(String label) {
        if (label == null) {
            return null;
        }
        String l = label.strip().toLowerCase(Locale.ROOT);
        if (l.isEmpty()) {
            return null;
        }
        String name = LABELS.getOrDefault(l, l);
        try {
            return Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalArgumentException e) {
            return null; // an illegal name: as unknown
        }
    }

    /**
     * @param charset the charset the caller names (from HTTP, say), or null to find it
     * @return the page's chars
     * @throws IllegalArgumentException when {@code charset} is named but unknown
     */
    static Decoded html(byte[] b, String charset) {
        return decode(b, named(charset), true);
    }

    /**
     * @param label a charset's name, or null
     * @return the charset {@link #forLabel} gives, or null for a null label
     * @throws IllegalArgumentException when the label names no charset Java knows
     */
    static Charset named(String label) {
        if (label == null) {
            return null;
        }
        Charset cs = forLabel(label);
        if (cs == null) {
            throw new IllegalArgumentException("unknown charset '" + label + "'");
        }
        return cs;
    }

    /**
     * Decodes a page as {@link #html} does, the charset already looked up, or a text: a byte order
     * mark, else the given charset, else UTF-8 when the bytes are (mostly) UTF-8, else windows-1252.
     *
     * @param given the charset named, or null to find it
     * @param html whether the bytes are a page, whose declaration then counts
     */
    static Decoded decode(byte[] b, Charset given, boolean html) {
        // a byte order mark wins over everything, as in browsers
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return new Decoded(new String(b, 3, b.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, Source.BOM);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, Source.BOM);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, Source.BOM);
        }
        if (given != null) {
            return new Decoded(new String(b, given), given, Source.GIVEN);
        }
        if (html) {
            Charset declared = declared(b);
            if (declared != null) {
                return new Decoded(new String(b, declared), declared, Source.DECLARED);
            }
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
            return new Decoded(s, StandardCharsets.UTF_8, Source.UTF8);
        } catch (CharacterCodingException e) {
            // not UTF-8: mostly UTF-8 with a few broken bytes, or a legacy single-byte text
            if (mostlyUtf8(b)) {
                return new Decoded(new String(b, StandardCharsets.UTF_8), StandardCharsets.UTF_8, Source.UTF8);
            }
            return new Decoded(new String(b, WINDOWS_1252), WINDOWS_1252, Source.LEGACY);
        }
    }

    /**
     * @return true when the bytes hold at least as many well-formed UTF-8 sequences of two bytes or
     *     more as malformed bytes (a UTF-8 text with a few broken bytes, not a windows-1252 one,
     *     whose accented letters are lone bytes above 0x7F)
     */
    static boolean mostlyUtf8(byte[] b) {
        int good = 0;
        int bad = 0;
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                i++;
                continue;
            }
            int n = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
            int k = 1;
            while (n > 0 && k <= n && i + k < b.length && (b[i + k] & 0xC0) == 0x80) {
                k++;
            }
            if (n > 0 && k == n + 1) {
                good++;
                i += k;
            } else {
                bad++;
                i++;
            }
        }
        return good >= bad;
    }

    /**
     * The charset a page declares: the first {@code <meta charset>} or {@code <meta
     * http-equiv="Content-Type" content="...; charset=...">} in its first {@value #PRESCAN_BYTES}
     * bytes, before its body, outside comments, scripts and styles, whose label Java knows. A
     * declared UTF-16 means UTF-8 (a page that can be read this far as ASCII is not UTF-16).
     *
     * @return the declared charset, or null
     */
    static Charset declared(byte[] b) {
        int n = Math.min(b.length, PRESCAN_BYTES);
        int i = 0;
        while (i < n) {
            if (b[i] != '<') {
                i++;
            } else if (startsWith(b, i, n, "<!--")) {
                int e = indexOf(b, i + 4, n, "-->");
                if (e < 0) {
                    return null;
                }
                i = e + 3;
            } else if (startsWith(b, i, n, "<meta") && i + 5 < n && (isSpace(b[i + 5]) || b[i + 5] == '/')) {
                Meta m = new Meta();
                i = attributes(b, i + 5, n, m);
                Charset cs = m.charset();
                if (cs != null) {
                    return cs.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : cs;
                }
            } else if (i + 1 < n && isLetter(b[i + 1])) {
                int s = i + 1;
                int e = s;
                while (e < n && isLetter(b[e])) {
                    e++;
                }
                if (same(b, s, e, "body")) {
                    return null; // the body has begun: a declaration here would come too late
                }
                i = attributes(b, e, n, null);
                if (same(b, s, e, "script") || same(b, s, e, "style")) {
                    int close = indexOf(b, i, n, same(b, s, e, "script") ? "</script" : "</style");
                    if (close < 0) {
                        return null;
                    }
                    i = close + 2;
                }
            } else if (startsWith(b, i, n, "</") || startsWith(b, i, n, "<!") || startsWith(b, i, n, "<?")) {
                int e = indexOf(b, i + 2, n, ">");
                if (e < 0) {
                    return null;
                }
                i = e + 1;
            } else {
                i++;
            }
        }
        return null;
    }

    /** What a {@code <meta>} tag's attributes say about the charset. */
    private static final class Meta {
        String charset;
        String content;
        boolean pragma;

        void put(String name, String value) {
            switch (name) {
                case "charset" -> {
                    if (charset == null) {
                        charset = value;
                    }
                }
                case "content" -> {
                    if (content == null) {
                        content = value;
                    }
                }
                case "http-equiv" -> pragma |= value.strip().equalsIgnoreCase("content-type");
                default -> {
                }
            }
        }

        Charset charset() {
            if (charset != null) {
                return forLabel(charset);
            }
            return pragma && content != null ? forLabel(fromContent(content)) : null;
        }
    }

    /** @return the charset named in a Content-Type value ({@code text/html; charset=windows-1251}), or null */
    static String fromContent(String content) {
        String low = content.toLowerCase(Locale.ROOT);
        int at = low.indexOf("charset");
        while (at >= 0) {
            int i = at + 7;
            while (i < low.length() && isSpace((byte) low.charAt(i))) {
                i++;
            }
            if (i < low.length() && low.charAt(i) == '=') {
                i++;
                while (i < low.length() && isSpace((byte) low.charAt(i))) {
                    i++;
                }
                if (i < low.length() && (low.charAt(i) == '"' || low.charAt(i) == '\'')) {
                    char q = low.charAt(i);
                    int e = low.indexOf(q, i + 1);
                    return e < 0 ? null : content.substring(i + 1, e);
                }
                int e = i;
                while (e < low.length() && !isSpace((byte) low.charAt(e)) && low.charAt(e) != ';') {
                    e++;
                }
                return e > i ? content.substring(i, e) : null;
            }
            at = low.indexOf("charset", at + 7);
        }
        return null;
    }

    /**
     * Reads a tag's attributes from {@code i} (after its name) to its {@code >}, quoted values
     * whole, handing each to {@code meta} (lower-cased name, raw value) when it is not null.
     *
     * @return the index after the tag's {@code >}, or {@code n} when the tag does not end
     */
    private static int attributes(byte[] b, int i, int n, Meta meta) {
        while (i < n) {
            byte c = b[i];
            if (c == '>') {
                return i + 1;
            }
            if (isSpace(c) || c == '/') {
                i++;
                continue;
            }
            int s = i;
            while (i < n && b[i] != '=' && b[i] != '>' && b[i] != '/' && !isSpace(b[i])) {
                i++;
            }
            int nameEnd = i;
            while (i < n && isSpace(b[i])) {
                i++;
            }
            String value = "";
            if (i < n && b[i] == '=') {
                i++;
                while (i < n && isSpace(b[i])) {
                    i++;
                }
                if (i < n && (b[i] == '"' || b[i] == '\'')) {
                    byte q = b[i];
                    int vs = ++i;
                    while (i < n && b[i] != q) {
                        i++;
                    }
                    value = ascii(b, vs, i);
                    i = Math.min(n, i + 1);
                } else {
                    int vs = i;
                    while (i < n && b[i] != '>' && !isSpace(b[i])) {
                        i++;
                    }
                    value = ascii(b, vs, i);
                }
            }
            if (meta != null && nameEnd > s) {
                meta.put(ascii(b, s, nameEnd).toLowerCase(Locale.ROOT), value);
            }
        }
        return n;
    }

    private static String ascii(byte[] b, int from, int to) {
        return new String(b, from, Math.max(0, to - from), StandardCharsets.ISO_8859_1);
    }

    private static boolean startsWith(byte[] b, int i, int n, String s) {
        if (i + s.length() > n) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (lower(b[i + k]) != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** @return where s (lower-case ASCII) starts in b[from, n), case ignored, or -1 */
    private static int indexOf(byte[] b, int from, int n, String s) {
        for (int i = from; i + s.length() <= n; i++) {
            if (lower(b[i]) == s.charAt(0) && startsWith(b, i, n, s)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean same(byte[] b, int s, int e, String name) {
        return e - s == name.length() && startsWith(b, s, e, name);
    }

    private static char lower(byte c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : (char) (c & 0xff);
    }

    private static boolean isLetter(byte c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
}
