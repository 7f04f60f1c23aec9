// SPDX-License-Identifier: Apache-2.0
package org.kizuna.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Terminal columns: Japanese names take two columns a character, so tables still line up. */
class TextWidthTest {
    @Test
    void wideCharactersCountTwice() {
        assertEquals(8, AnalyzeCommand.displayWidth("金沢大学"));
        assertEquals(10, AnalyzeCommand.displayWidth("PMDA北陸支"));
        assertEquals("金沢大学  ", AnalyzeCommand.padToWidth("金沢大学", 10));
        assertEquals("abc ", AnalyzeCommand.padToWidth("abc", 4));
    }

    @Test
    void longNamesAreCutWithAnEllipsisToTheExactWidth() {
        String cut = AnalyzeCommand.padToWidth("北陸ライフサイエンスクラスター推進室", 11);
        assertEquals("北陸ライフ…", cut);
        assertEquals(11, AnalyzeCommand.displayWidth(cut));
    }
}
