// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange;

/**
 * Guards user text against spreadsheet formula injection (CSV/Excel injection, OWASP). Text that
 * starts with {@code = + - @}, a tab or a carriage return would be evaluated by Excel or LibreOffice
 * when typed or opened from CSV. In xlsx such text is written as a string cell with the
 * "quote prefix" style (so even re-editing the cell keeps it text); in CSV it gets a leading
 * apostrophe, which the CSV importer takes off again.
 */
public final class TextSafety {
    private TextSafety() {
    }

    /** Whether a spreadsheet could take this text for a formula. */
    public static boolean risky(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'
                || c == '＝' || c == '＋' || c == '－' || c == '＠';
    }

    /** The text as a CSV field should hold it: risky text gets a leading apostrophe. */
    public static String forCsv(String text) {
        return risky(text) ? "'" + text : text;
    }

    /** Undoes {@link #forCsv}: an apostrophe followed by a risky start is taken off. */
    public static String fromCsv(String text) {
        if (text != null && text.length() > 1 && text.charAt(0) == '\'' && risky(text.substring(1))) {
            return text.substring(1);
        }
        return text;
    }
}
