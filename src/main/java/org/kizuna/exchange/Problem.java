// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange;

/**
 * One thing wrong with an input, located as precisely as the format allows: the file, the line (a
 * 1-based row number for sheets and CSV, the XML line for GraphML) and the column (a header name or
 * a cell address), any of which may be unknown (0 / null).
 */
public record Problem(String file, int line, String column, String message) {
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (file != null) {
            sb.append(file);
        }
        if (line > 0) {
            sb.append(sb.length() > 0 ? ":" : "").append(line);
        }
        if (column != null && !column.isBlank()) {
            sb.append(sb.length() > 0 ? " " : "").append("[").append(column).append("]");
        }
        if (sb.length() > 0) {
            sb.append(": ");
        }
        return sb.append(message).toString();
    }
}
