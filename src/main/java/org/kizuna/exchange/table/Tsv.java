// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange.table;

import java.util.List;

/** Writing tab-separated text: one line per row, always {@code \n}, user text kept on its line. */
public final class Tsv {
    private Tsv() {
    }

    /** The text as a cell: null becomes empty; tabs and line breaks become spaces so the row holds. */
    public static String cell(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                continue; // a CRLF break becomes one space, not two
            }
            sb.append(ch == '\t' || ch == '\n' || ch == '\r' ? ' ' : ch);
        }
        return sb.toString();
    }

    /** Appends one row (cells cleaned) and its line break. */
    public static void row(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append('\t');
            }
            out.append(cell(cells.get(i)));
        }
        out.append('\n');
    }
}
