package org.newsclean;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A strict reader for one JSON object per line: string, number, boolean and null members, and
 * nested values kept as raw JSON. Enough for {@code {"id": ..., "text": ...}}.
 */
final class JsonLine {
    /** A member's value: the decoded string for JSON strings, else null, with its raw JSON. */
    record Value(String string, String raw) {
    }

    private final String s;
    private int pos;

    private JsonLine(String s) {
        this.s = s;
    }

    /**
     * @return the object's members in order
     * @throws IllegalArgumentException with the column of the problem
     */
    static Map<String, Value> parseObject(String line) {
        JsonLine p = new JsonLine(line);
        Map<String, Value> out = new LinkedHashMap<>();
        p.ws();
        p.expect('{');
        p.ws();
        if (p.peek() == '}') {
            p.pos++;
        } else {
            while (true) {
                p.ws();
                String key = p.string();
                p.ws();
                p.expect(':');
                p.ws();
                int start = p.pos;
                String str = p.peek() == '"' ? p.string() : null;
                if (str == null) {
                    p.skipValue(0);
                }
                out.put(key, new Value(str, line.substring(start, p.pos)));
                p.ws();
                char c = p.next();
                if (c == '}') {
                    break;
                }
                if (c != ',') {
                    throw p.error("expected ',' or '}'");
                }
            }
        }
        p.ws();
        if (p.pos != line.length()) {
            throw p.error("unexpected text after the object");
        }
        return out;
    }

    private void skipValue(int depth) {
        if (depth > 64) {
            throw error("nested too deeply");
        }
        char c = peek();
        if (c == '"') {
            string();
        } else if (c == '{' || c == '[') {
            char close = c == '{' ? '}' : ']';
            pos++;
            ws();
            if (peek() == close) {
                pos++;
                return;
            }
            while (true) {
                ws();
                if (close == '}') {
                    string();
                    ws();
                    expect(':');
                    ws();
                }
                skipValue(depth + 1);
                ws();
                char n = next();
                if (n == close) {
                    return;
                }
                if (n != ',') {
                    throw error("expected ',' or '" + close + "'");
                }
            }
        } else {
            int start = pos;
            while (pos < s.length() && "{}[],: \t\r\n".indexOf(s.charAt(pos)) < 0) {
                pos++;
            }
            String lit = s.substring(start, pos);
            if (!lit.equals("true") && !lit.equals("false") && !lit.equals("null")
                    && !lit.matches("-?(0|[1-9][0-9]{0,300})(\\.[0-9]{1,300})?([eE][+-]?[0-9]{1,5})?")) {
                pos = start;
                throw error("invalid value");
            }
        }
    }

    private String string() {
        expect('"');
        StringBuilder sb = null;
        while (true) {
            // a run of plain chars is copied in one go
            int run = pos;
            char c = 0;
            while (pos < s.length() && (c = s.charAt(pos)) != '"' && c != '\\' && c >= 0x20) {
                pos++;
            }
            if (pos >= s.length()) {
                throw error("unterminated string");
            }
            if (c == '"' && sb == null) {
                return s.substring(run, pos++);
            }
            if (sb == null) {
                sb = new StringBuilder(Math.max(16, 2 * (pos - run)));
            }
            sb.append(s, run, pos);
            pos++;
            if (c == '"') {
                return sb.toString();
            }
            if (c == '\\') {
                if (pos >= s.length()) {
                    throw error("unterminated escape");
                }
                char e = s.charAt(pos++);
                switch (e) {
                    case '"': sb.append('"'); break;
                    case '\\': sb.append('\\'); break;
                    case '/': sb.append('/'); break;
                    case 'b': sb.append('\b'); break;
                    case 'f': sb.append('\f'); break;
                    case 'n': sb.append('\n'); break;
                    case 'r': sb.append('\r'); break;
                    case 't': sb.append('\t'); break;
                    case 'u':
                        if (pos + 4 > s.length()) {
                            throw error("bad \\u escape");
                        }
                        int u = 0;
                        for (int k = 0; k < 4; k++) {
                            int d = Character.digit(s.charAt(pos + k), 16);
                            if (d < 0 || s.charAt(pos + k) > 'f') {
                                throw error("bad \\u escape");
                            }
                            u = u * 16 + d;
                        }
                        sb.append((char) u);
                        pos += 4;
                        break;
                    default:
                        throw error("bad escape \\" + e);
                }
            } else {
                throw error("control character in string");
            }
        }
    }

    private void ws() {
        while (pos < s.length() && (s.charAt(pos) == ' ' || s.charAt(pos) == '\t' || s.charAt(pos) == '\r' || s.charAt(pos) == '\n')) {
            pos++;
        }
    }

    private char peek() {
        if (pos >= s.length()) {
            throw error("unexpected end of line");
        }
        return s.charAt(pos);
    }

    private char next() {
        char c = peek();
        pos++;
        return c;
    }

    private void expect(char c) {
        if (next() != c) {
            pos--;
            throw error("expected '" + c + "'");
        }
    }

    private IllegalArgumentException error(String msg) {
        return new IllegalArgumentException(msg + " at column " + (pos + 1));
    }
}
