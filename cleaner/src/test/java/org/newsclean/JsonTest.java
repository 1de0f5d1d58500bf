package org.newsclean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** JSON quoting (the command line's output) and reading (its {@code --jsonl} input), which copy runs of plain chars in bulk. */
class JsonTest {
    /** The quoting rules, one char at a time: what the bulk copy must give. */
    private static String quotedCharByChar(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                    || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
            if (c == '"') {
                sb.append("\\\"");
            } else if (c == '\\') {
                sb.append("\\\\");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c < 0x20 || Character.isSurrogate(c) && !paired) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    /** Random strings thick with what needs care: quotes, backslashes, controls, lone and paired surrogates. */
    private static String randomText(Random rnd) {
        char[] pieces = {'a', 'Z', ' ', '"', '\\', '\n', '\r', '\t', '\u0001', '\u001f', 'é', '\u2019', '\ud83d', '\ude00', '/', '\u007f'};
        StringBuilder sb = new StringBuilder();
        int n = rnd.nextInt(30);
        for (int i = 0; i < n; i++) {
            if (rnd.nextInt(4) == 0) {
                sb.append("plain text run ".repeat(1 + rnd.nextInt(3)));
            } else {
                sb.append(pieces[rnd.nextInt(pieces.length)]);
            }
        }
        return sb.toString();
    }

    @Test
    void quoteMatchesTheRulesCharByChar() {
        Random rnd = new Random(5);
        for (int t = 0; t < 20_000; t++) {
            String s = randomText(rnd);
            StringBuilder sb = new StringBuilder("x");
            Json.quote(s, sb);
            assertThat(sb.toString()).as("%s", s).isEqualTo("x" + quotedCharByChar(s));
        }
    }

    @Test
    void readingWhatWasQuotedGivesTheTextBack() {
        Random rnd = new Random(6);
        for (int t = 0; t < 20_000; t++) {
            String s = randomText(rnd);
            StringBuilder line = new StringBuilder("{\"id\": 1, \"text\": ");
            Json.quote(s, line);
            line.append('}');
            JsonLine.Value v = JsonLine.parseObject(line.toString()).get("text");
            // a lone surrogate goes out as a \\u escape and comes back as the same char
            assertThat(v.string()).as("%s", line).isEqualTo(s);
        }
    }

    @Test
    void readsEscapesAndRejectsBadOnes() {
        assertThat(JsonLine.parseObject("{\"t\": \"a\\u00e9\\u00C9\\/b\\\"c\\\\d\\n\"}").get("t").string()).isEqualTo("aéÉ/b\"c\\d\n");
        assertThat(JsonLine.parseObject("{\"t\": \"plain\"}").get("t").string()).isEqualTo("plain");
        assertThat(JsonLine.parseObject("{\"t\": \"\"}").get("t").string()).isEmpty();
        // four hex digits, no sign, no other digits
        for (String bad : new String[] {"\\u+041", "\\u-001", "\\u00g1", "\\u00\u0661\u0661", "\\u12", "\\x41"}) {
            assertThatThrownBy(() -> JsonLine.parseObject("{\"t\": \"" + bad + "\"}")).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> JsonLine.parseObject("{\"t\": \"a\tb\"}")).hasMessageContaining("control character");
        assertThatThrownBy(() -> JsonLine.parseObject("{\"t\": \"abc")).hasMessageContaining("unterminated string");
        assertThatThrownBy(() -> JsonLine.parseObject("{\"t\": \"abc\\")).isInstanceOf(IllegalArgumentException.class);
    }
}
