// SPDX-License-Identifier: Apache-2.0
package org.kizuna.analysis;

import java.util.Locale;

/**
 * Whether a management element (a matrix column) has someone carrying it: the one rule the matrix
 * colouring, the diagnosis, the workbook and {@code kizuna analyze} all use (docs/metrics.md, "Matrix
 * coverage"). A gap comes in two degrees because they call for different actions: nobody at all
 * ({@link #NONE}, shown red) is a missing function; only weak or partial roles ({@link #WEAK_ONLY},
 * shown amber) is a function nobody really carries yet. An annotation without a mark is not a role.
 */
public enum Coverage {
    /** At least one institution holds ◎ or ○. */
    COVERED,
    /** Only △ (weak / partial): no ◎ and no ○, but at least one △. */
    WEAK_ONLY,
    /** No mark at all. */
    NONE;

    /**
     * The rule, from the number of institutions holding each mark in the element's column (a cell
     * "◎△" counts once for each of its marks).
     */
    public static Coverage of(int core, int contributes, int weak) {
        if (core + contributes > 0) {
            return COVERED;
        }
        return weak > 0 ? WEAK_ONLY : NONE;
    }

    /** True for both degrees of gap. */
    public boolean gap() {
        return this != COVERED;
    }

    /** The stable name in {@code analyze --json}: covered, weak_only, none. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
