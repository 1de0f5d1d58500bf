package org.newsclean;

/** The one JSON helper the library needs: string quoting. */
final class Json {
    private Json() {
    }

    static void quote(String s, StringBuilder sb) {
        sb.append('"');
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && (!Character.isSurrogate(c) || validSurrogate(s, i))) {
                continue; // a plain char or half of a valid pair: copied with its run
            }
            sb.append(s, run, i);
            run = i + 1;
            switch (c) {
                case '"': sb.append("\\\""); break;
                case '\\': sb.append("\\\\"); break;
                case '\n': sb.append("\\n"); break;
                case '\r': sb.append("\\r"); break;
                case '\t': sb.append("\\t"); break;
                default: sb.append(String.format("\\u%04x", (int) c));
            }
        }
        sb.append(s, run, s.length());
        sb.append('"');
    }

    private static boolean validSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
