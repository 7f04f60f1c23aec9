// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.matrix;

import java.util.ArrayList;
import java.util.List;

/**
 * Cell ranges as the clipboard carries them between the matrix and a spreadsheet: rows separated
 * by line breaks, cells by tabs. Excel quotes a cell that holds a tab, a line break or a quote
 * ({@code "a""b"}); both directions follow that, so a copy from Excel pastes back cell for cell.
 */
public final class MatrixTsv {
    private MatrixTsv() {
    }

    /** Writes a block of cell texts as Excel does; the last row ends with a line break. */
    public static String format(List<List<String>> rows) {
        StringBuilder sb = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    sb.append('\t');
                }
                sb.append(quote(row.get(i) == null ? "" : row.get(i)));
            }
            sb.append("\r\n");
        }
        return sb.toString();
    }

    private static String quote(String s) {
        if (s.indexOf('\t') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0 && s.indexOf('"') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /**
     * Reads clipboard text into rows of cells. A trailing line break does not make an empty last
     * row; quoted cells may hold tabs and line breaks.
     */
    public static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return rows;
        }
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int i = 0;
        int n = text.length();
        boolean cellStart = true;
        while (i < n) {
            char ch = text.charAt(i);
            if (cellStart && ch == '"') {
                // A quoted cell: up to the closing quote, "" is a quote.
                i++;
                while (i < n) {
                    char q = text.charAt(i);
                    if (q == '"') {
                        if (i + 1 < n && text.charAt(i + 1) == '"') {
                            cell.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    cell.append(q);
                    i++;
                }
                cellStart = false;
                continue;
            }
            cellStart = false;
            if (ch == '\t') {
                row.add(cell.toString());
                cell.setLength(0);
                cellStart = true;
                i++;
            } else if (ch == '\r' || ch == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                cellStart = true;
                i += ch == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
            } else {
                cell.append(ch);
                i++;
            }
        }
        if (!cellStart || !row.isEmpty() || cell.length() > 0) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
