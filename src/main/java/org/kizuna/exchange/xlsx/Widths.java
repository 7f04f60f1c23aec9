// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange.xlsx;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Column widths that fit the content, computed from the text as it is written (a streaming sheet
 * cannot be measured afterwards, and POI's auto-size needs fonts on the machine). Japanese
 * characters count double, as they take two columns of Excel's width unit.
 */
public final class Widths {
    private final Map<Integer, Integer> max = new HashMap<>();

    /** Notes a text written in a column; multi-line text counts its longest line. */
    public void see(int column, String text) {
        if (text == null) {
            return;
        }
        int w = 0;
        for (int start = 0; ; ) {
            int nl = text.indexOf('\n', start);
            w = Math.max(w, width(text, start, nl < 0 ? text.length() : nl));
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        max.merge(column, w, Math::max);
    }

    /** Notes a width (in characters) needed in a column. */
    public void seeWidth(int column, int chars) {
        max.merge(column, chars, Math::max);
    }

    public int of(int column) {
        return max.getOrDefault(column, 0);
    }

    /** Sets every seen column's width to its content, clamped to [min, maxChars] characters. */
    public void apply(Sheet sheet, int minChars, int maxChars) {
        for (Map.Entry<Integer, Integer> e : max.entrySet()) {
            sheet.setColumnWidth(e.getKey(), chars(Math.max(minChars, Math.min(maxChars, e.getValue() + 2))));
        }
    }

    /** Excel's width unit is 1/256 of a character. */
    public static int chars(int n) {
        return Math.min(255, n) * 256;
    }

    /** The display width of a line: East Asian wide and ambiguous characters (◎○△ too) count two. */
    public static int width(String s) {
        return width(s, 0, s.length());
    }

    private static int width(String s, int from, int to) {
        int w = 0;
        for (int i = from; i < to; ) {
            int cp = s.codePointAt(i);
            w += wide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2460 && cp <= 0x24FF) || (cp >= 0x25A0 && cp <= 0x25FF)
                || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
    }

    /** How many printed lines a text takes in a column of {@code columnChars} characters. */
    public static int lines(String text, int columnChars) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        int n = 0;
        int perLine = Math.max(1, columnChars - 1);
        for (String line : text.split("\n", -1)) {
            n += Math.max(1, (width(line) + perLine - 1) / perLine);
        }
        return n;
    }
}
