// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A column is as wide as its widest line; Japanese characters and the marks count two. */
class WidthsTest {
    @Test
    void multiLineTextCountsItsLongestLine() {
        Widths w = new Widths();
        w.see(0, "ab\n日本語x\nabc");
        assertEquals(7, w.of(0));
        w.see(1, "◎ 畜産");
        assertEquals(7, w.of(1));
        w.see(2, "");
        assertEquals(0, w.of(2));
        w.see(3, "\n\nabcd\n");
        assertEquals(4, w.of(3));
        w.see(0, "short");
        assertEquals(7, w.of(0), "a narrower text does not shrink the column");
        w.see(4, "𠮷野家");
        assertEquals(6, w.of(4), "a character outside the BMP counts once, as wide");
    }
}
