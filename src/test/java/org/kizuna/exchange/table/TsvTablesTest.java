// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.model.Actor;
import org.kizuna.model.CellRef;
import org.kizuna.model.Element;
import org.kizuna.model.ElementGroup;
import org.kizuna.model.Finding;
import org.kizuna.model.Judgement;
import org.kizuna.model.MatrixCell;
import org.kizuna.model.Period;
import org.kizuna.model.ProgressCell;
import org.kizuna.model.Project;
import org.kizuna.model.Sector;
import org.kizuna.model.Tie;
import org.kizuna.store.Edits;
import org.kizuna.store.ProjectFile;

class TsvTablesTest {
    @TempDir
    Path dir;

    @Test
    void cellTextLosesTabsAndLineBreaks() {
        assertEquals("a b c d e", Tsv.cell("a\tb\nc\r\nd\re"));
        assertEquals("", Tsv.cell(null));
    }

    @Test
    void userTextWithTabsAndNewlinesKeepsEveryRowOnOneLine() throws Exception {
        Path file = dir.resolve("t.kizuna");
        long a;
        long e;
        try (ProjectFile pf = ProjectFile.create(file, "t")) {
            a = id(pf.execute(Edits.addActor(new Actor(0, "大学 A", "university", Sector.ACADEMIA, "金沢 市",
                    null, true, null, List.of("会1", "会2"), "メモ\r\n二行目", null, null, null))));
            long b = id(pf.execute(Edits.addActor(Actor.of("銀行", "financial", false))));
            pf.execute(Edits.addTie(new Tie(0, b, a, "funding", true, 1.5, 2001, 2005, null, "資金\t提供")));
            e = id(pf.execute(Edits.addElement(new Element(0, null, "要素 一", null, -1))));
            pf.execute(Edits.setCell(new MatrixCell(a, e, List.of(), "注\t記")));
            pf.execute(Edits.setRowNote(a, "備考\n行"));
            pf.execute(Edits.addFinding(new Finding(0, 1, "課題\n本文", java.util.Set.of(new CellRef(a, e)))));
        }
        try (ProjectFile pf = ProjectFile.open(file)) {
            // names and places take no tab or line break through Kizuna's edits or its file format
            Project p = org.kizuna.exchange.OutsideKizuna.withElement(
                    org.kizuna.exchange.OutsideKizuna.withActor(pf.snapshot(), a,
                            x -> x.withName("大学\tA").withLocation("金沢\n市", null)),
                    e, x -> new Element(x.id(), x.groupId(), "要素\n一", x.nameEn(), x.position()));

            assertEquals("名称\t種類\t産学官金\t所在地\t国\t域内\t分野\t加入団体\tメモ\n"
                    + "大学 A\t大学\t学\t金沢 市\t\tはい\t\t会1; 会2\tメモ 二行目\n"
                    + "銀行\t金融機関\t\t\t\tいいえ\t\t\t\n", TsvTables.actors(p));
            assertEquals("始点\t終点\t種類\t有向\t強さ\t開始年\t終了年\t範囲\tメモ\n"
                    + "銀行\t大学 A\t資金提供・投資\tはい\t1.5\t2001\t2005\t国内\t資金 提供\n", TsvTables.ties(p));
            assertEquals("機関\t要素 一\t備考\n"
                    + "大学 A\t注 記\t備考 行\n"
                    + "銀行\t\t\n", TsvTables.matrix(p));
            assertEquals("番号\t課題\t対応するマトリクス\n"
                    + "①\t課題 本文\t大学 A×要素 一\n", TsvTables.findings(p));
        }
    }

    @Test
    void progressRowsFollowGroupsAndColumnsFollowPeriods() throws Exception {
        try (ProjectFile pf = ProjectFile.create(dir.resolve("p.kizuna"), "p")) {
            long g1 = id(pf.execute(Edits.addGroup(new ElementGroup(0, "G1", null, -1))));
            id(pf.execute(Edits.addGroup(new ElementGroup(0, "G2", null, -1))));
            long p1 = id(pf.execute(Edits.addPeriod(new Period(0, "前", -1, false, null, 2000))));
            long p2 = id(pf.execute(Edits.addPeriod(new Period(0, "後", -1, true, 2001, null))));
            pf.execute(Edits.setProgress(new ProgressCell(g1, p2, List.of("x", "y"), Judgement.PROGRESS)));
            pf.execute(Edits.setProgress(new ProgressCell(g1, p1, List.of(), Judgement.INSUFFICIENT)));
            assertEquals("マネジメント要素\t前\t後\n"
                    + "G1\t（まだ不十分）\t○x ○y （進展）\n"
                    + "G2\t\t\n", TsvTables.progress(pf.snapshot()));
        }
    }

    @Test
    void strengthsPrintWithoutNeedlessDecimals() {
        assertEquals("2", TsvTables.number(2.0));
        assertEquals("0.25", TsvTables.number(0.25));
    }

    @Test
    void tableNamesAreTheCliNames() {
        assertEquals(TableKind.TIES, TableKind.parse("ties"));
        assertEquals(TableKind.MATRIX, TableKind.parse(" Matrix "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TableKind.parse("graph"));
        assertTrue(e.getMessage().contains("matrix, progress, findings, actors, ties"), e.getMessage());
    }

    private static long id(org.kizuna.store.Change c) {
        return c.createdIds().get(0);
    }
}
