// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange.graph;

import org.kizuna.model.ControlCharacters;

/**
 * Text as the graph exporters write it, so that every file parses and keeps what XML can keep.
 * XML 1.0 cannot carry C0 control characters (other than tab, line feed, carriage return), U+FFFE,
 * U+FFFF or unpaired surrogates, not even as references: they become U+FFFD
 * ({@link ControlCharacters#replaced}), as do tab and line breaks in one-line fields (names, codes).
 * A carriage return is written as {@code &#13;} (a parser
 * turns a literal one into a line feed), and in attributes tab and line feed are references too
 * (attribute normalisation turns them into spaces).
 */
final class XmlText {
    private XmlText() {
    }

    /**
     * The text with everything XML 1.0 cannot carry, or the field may not hold, replaced by U+FFFD:
     * a name ({@link ControlCharacters.Field#LINE}) loses tab and line breaks too, so that it comes back
     * through any importer that keeps the rule; notes keep them.
     */
    static String safe(String s, ControlCharacters.Field field) {
        String t = ControlCharacters.replaced(s, field);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < t.length() && Character.isLowSurrogate(t.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                StringBuilder sb = new StringBuilder(t);
                for (int k = i; k < sb.length(); k++) {
                    char d = sb.charAt(k);
                    if (Character.isHighSurrogate(d) && k + 1 < sb.length() && Character.isLowSurrogate(sb.charAt(k + 1))) {
                        k++;
                    } else if (Character.isSurrogate(d)) {
                        sb.setCharAt(k, '\uFFFD');
                    }
                }
                return sb.toString();
            }
        }
        return t;
    }

    /** The field a graph attribute is: notes are free text, everything else one line. */
    static ControlCharacters.Field field(String attribute) {
        return attribute.equals("notes") || attribute.equals("matrix_note") ? ControlCharacters.Field.TEXT
                : ControlCharacters.Field.LINE;
    }

    /** Escaped for element content. */
    static String text(String s, ControlCharacters.Field field) {
        return escape(safe(s, field), false);
    }

    /** Escaped for a double-quoted attribute value. */
    static String attribute(String s, ControlCharacters.Field field) {
        return escape(safe(s, field), true);
    }

    /** A one-line attribute value (ids, names, codes). */
    static String attribute(String s) {
        return attribute(s, ControlCharacters.Field.LINE);
    }

    private static String escape(String s, boolean attribute) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '\r' -> "&#13;";
                case '"' -> attribute ? "&quot;" : null;
                case '\n' -> attribute ? "&#10;" : null;
                case '\t' -> attribute ? "&#9;" : null;
                default -> null;
            };
            if (r != null && sb == null) {
                sb = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (sb != null) {
                if (r != null) {
                    sb.append(r);
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? s : sb.toString();
    }
}
