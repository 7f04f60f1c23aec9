// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange;

/**
 * One thing wrong with an input, located as precisely as the format allows: the file, the line (a
 * 1-based row number for sheets and CSV, the XML line for GraphML) and the column (a header name or
 * a cell address), any of which may be unknown (0 / null). The message comes in English
 * ({@code message}, used by the CLI and {@link #toString()}) and in Japanese ({@code messageJa}, for
 * the Japanese UI); both are required.
 */
public record Problem(String file, int line, String column, String message, String messageJa) {
    public Problem {
        java.util.Objects.requireNonNull(message, "message");
        java.util.Objects.requireNonNull(messageJa, "messageJa");
    }

    public Problem(String file, int line, String column, Msg message) {
        this(file, line, column, message.en(), message.ja());
    }

    /** The message in the session's language. */
    public String message(boolean japanese) {
        return japanese ? messageJa : message;
    }

    @Override
    public String toString() {
        return toString(false);
    }

    /** "file:line [column]: message" in the given language ({@link #toString()} is English). */
    public String toString(boolean japanese) {
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
        return sb.append(message(japanese)).toString();
    }
}
