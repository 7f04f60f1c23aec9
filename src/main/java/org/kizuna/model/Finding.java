// SPDX-License-Identifier: Apache-2.0
package org.kizuna.model;

import java.util.Set;

/** A numbered finding 課題 (①…), pointing at any set of matrix cells. */
public record Finding(long id, int number, String text, Set<CellRef> cells) {
    public Finding {
        cells = cells == null ? Set.of() : Set.copyOf(cells);
    }

    /** The circled numeral the seeds use (①–⑳), or the plain number beyond. */
    public String label() {
        return circled(number);
    }

    public static String circled(int n) {
        if (n >= 1 && n <= 20) {
            return String.valueOf((char) ('①' + n - 1));
        }
        return "(" + n + ")";
    }
}
