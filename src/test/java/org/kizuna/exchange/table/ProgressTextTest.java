// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kizuna.model.Judgement;

class ProgressTextTest {

    @Test
    void takesTheTrailingJudgementOutOfTheText() {
        ProgressText.Parsed p = ProgressText.parse("○サイタルクラスター十健康を楽しむまちづくり （かなり進展）");
        assertEquals(List.of("サイタルクラスター十健康を楽しむまちづくり"), p.initiatives());
        assertEquals(Judgement.CONSIDERABLE, p.judgement());
    }

    @Test
    void tellsProgressFromConsiderableProgress() {
        assertEquals(Judgement.PROGRESS, ProgressText.parse("○バイオメディカルファンド （進展）").judgement());
        assertEquals(Judgement.CONSIDERABLE, ProgressText.parse("○分子イメージング拠点 （かなり進展）").judgement());
        assertEquals(Judgement.INSUFFICIENT, ProgressText.parse("○各種研究プロジェクト （まだ不十分）").judgement());
    }

    @Test
    void splitsInitiativesOnTheirBullets() {
        assertEquals(List.of("理研 発生・再生科学設置", "研究プロジェクト実施"),
                ProgressText.parse("○理研 発生・再生科学設置 ○研究プロジェクト実施").initiatives());
        assertNull(ProgressText.parse("○理研 発生・再生科学設置 ○研究プロジェクト実施").judgement());
    }

    @Test
    void aMiddleDotAfterASpaceStaysInsideTheInitiative() {
        assertEquals(List.of("井村氏、神戸市の主導 ・知クラ・文科省リープロ"),
                ProgressText.parse("○井村氏、神戸市の主導 ・知クラ・文科省リープロ").initiatives());
    }

    @Test
    void keepsTheSourcesStrayBracket() {
        ProgressText.Parsed p = ProgressText.parse("○理研からの人材） （まだ不十分）");
        assertEquals(List.of("理研からの人材）"), p.initiatives());
        assertEquals(Judgement.INSUFFICIENT, p.judgement());
    }

    @Test
    void aBracketedInitiativeIsNotAJudgement() {
        ProgressText.Parsed p = ProgressText.parse("○（医薬品審査機関の関西誘致）");
        assertEquals(List.of("（医薬品審査機関の関西誘致）"), p.initiatives());
        assertNull(p.judgement());
    }

    @Test
    void emptyTextIsAnEmptyCell() {
        ProgressText.Parsed p = ProgressText.parse("");
        assertEquals(List.of(), p.initiatives());
        assertNull(p.judgement());
        assertEquals("", ProgressText.format(List.of(), null));
    }

    @Test
    void aJudgementAloneHasNoLeadingSpace() {
        assertEquals("（進展）", ProgressText.format(List.of(), Judgement.PROGRESS));
        assertEquals(Judgement.PROGRESS, ProgressText.parse("（進展）").judgement());
    }

    @Test
    void formatsAsTheKobeTablePrints() {
        assertEquals("○人材の循環 ○複数専門性を身につけた人材の活躍",
                ProgressText.format(List.of("人材の循環", "複数専門性を身につけた人材の活躍"), null));
        assertEquals("○分子イメージング拠点 （かなり進展）",
                ProgressText.format(List.of("分子イメージング拠点"), Judgement.CONSIDERABLE));
    }

    @Test
    void textWithoutABulletIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ProgressText.parse("医療産業都市構想策定"));
        assertThrows(IllegalArgumentException.class, () -> ProgressText.parse("○a ○"));
    }

    @Test
    void everyCellOfTheKobeFixtureRoundTrips() throws IOException {
        String[] lines = fixture("kobe-progress-diagnosis.tsv").split("\n");
        int cells = 0;
        for (int i = 1; i < lines.length; i++) {
            String[] row = lines[i].split("\t", -1);
            for (int c = 1; c < row.length; c++) {
                ProgressText.Parsed p = ProgressText.parse(row[c]);
                assertEquals(row[c], ProgressText.format(p.initiatives(), p.judgement()), "row " + i + " col " + c);
                cells += row[c].isEmpty() ? 0 : 1;
            }
        }
        assertEquals(21, cells);
    }

    static String fixture(String name) throws IOException {
        try (InputStream in = ProgressTextTest.class.getResourceAsStream("/fixtures/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
