// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange.table;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The tables {@link TsvTables} renders, by the name the CLI uses. */
public enum TableKind {
    MATRIX("matrix"),
    PROGRESS("progress"),
    FINDINGS("findings"),
    ACTORS("actors"),
    TIES("ties");

    private final String code;

    TableKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The table with this name; throws with the list of names when there is none. */
    public static TableKind parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (TableKind k : values()) {
            if (k.code.equals(t)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown table '" + text + "': choose one of " + names());
    }

    /** "matrix, progress, findings, actors, ties". */
    public static String names() {
        return Arrays.stream(values()).map(TableKind::code).collect(Collectors.joining(", "));
    }
}
