package org.newsclean;

import java.util.Locale;

/** Renders removals for people (one line each) and for programs (JSON). */
final class Explain {
    private Explain() {
    }

    static String text(CleanResult result) {
        StringBuilder sb = new StringBuilder();
        for (Removal r : result.removals()) {
            sb.append(r.origin() == Removal.Origin.HTML ? "html " : "text ");
            sb.append(r.start()).append('-').append(r.end()).append('\t');
            sb.append(r.heuristic()).append('\t');
            sb.append(r.category().name().toLowerCase(Locale.ROOT)).append('\t');
            sb.append(r.reason()).append('\t');
            sb.append('"').append(abbreviate(r.text(), 80).replace('\n', ' ')).append('"').append('\n');
        }
        return sb.toString();
    }

    static String json(CleanResult result) {
        StringBuilder sb = new StringBuilder("[");
        boolean first = true;
        for (Removal r : result.removals()) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            sb.append("{\"origin\":\"").append(r.origin().name().toLowerCase(Locale.ROOT)).append('"');
            sb.append(",\"start\":").append(r.start()).append(",\"end\":").append(r.end());
            sb.append(",\"heuristic\":");
            Json.quote(r.heuristic(), sb);
            sb.append(",\"category\":\"").append(r.category().name().toLowerCase(Locale.ROOT)).append('"');
            sb.append(",\"reason\":");
            Json.quote(r.reason(), sb);
            sb.append(",\"text\":");
            Json.quote(r.text(), sb);
            sb.append('}');
        }
        return sb.append(']').toString();
    }

    static String abbreviate(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        return s.substring(0, max - 1) + "\u2026";
    }
}
