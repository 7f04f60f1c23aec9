// SPDX-License-Identifier: Apache-2.0
package org.kizuna.model;

/**
 * The one rule for control characters in user text, kept at every entry point (imports, edits,
 * opening a file) so that every export parses: XML 1.0 cannot carry C0 control characters at all,
 * and spreadsheets show them as '?'. Names and other one-line fields take none (not even tab or
 * newline); notes and other free text take tab, line feed and carriage return.
 */
public final class ControlCharacters {
    private ControlCharacters() {
    }

    /** Whether a field is one line (a name, a code) or free text (notes, annotations, findings). */
    public enum Field {
        LINE, TEXT
    }

    /** The index of the first character the field may not hold, or -1. DEL and C1 count too. */
    public static int firstBad(String text, Field field) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            if (bad(text.charAt(i), field)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether one character is refused in such a field. */
    public static boolean bad(char c, Field field) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return field == Field.LINE;
        }
        return c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == '\uFFFE' || c == '\uFFFF';
    }

    /** How a refused character is named in a message: {@code U+0007}. */
    public static String name(char c) {
        return String.format(java.util.Locale.ROOT, "U+%04X", (int) c);
    }

    /**
     * Text with every refused character replaced by U+FFFD, for writers that must produce parsable
     * output even from a file that was edited outside Kizuna.
     */
    public static String replaced(String text, Field field) {
        if (firstBad(text, field) < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sb.append(bad(c, field) ? '\uFFFD' : c);
        }
        return sb.toString();
    }
}
