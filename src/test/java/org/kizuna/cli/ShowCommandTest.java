// SPDX-License-Identifier: Apache-2.0
package org.kizuna.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.cli.DemoCommandTest.Result;
import org.kizuna.model.Project;
import org.kizuna.store.ProjectFile;

class ShowCommandTest {
    @TempDir
    Path dir;

    private Path tokachi;

    @BeforeEach
    void createSample() {
        tokachi = dir.resolve("t.kizuna");
        assertEquals(0, DemoCommandTest.run("demo", "tokachi", tokachi.toString()).code());
    }

    @Test
    void findingsListTheLinkedCellsReadably() {
        Result r = DemoCommandTest.run("show", tokachi.toString(), "findings");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("番号\t課題\t対応するマトリクス", lines.get(0));
        assertEquals(6, lines.size());
        String[] first = lines.get(1).split("\t", -1);
        assertEquals("①", first[0]);
        assertEquals("農と食との間の研究開発面、生産面での連携の不足（農と食との間の壁）", first[1]);
        assertTrue(first[2].startsWith("帯広畜産大学×能力向上; 帯広畜産大学×マーケティング支援; "), first[2]);
        assertEquals(11, first[2].split("; ").length);
        assertEquals("⑤\t将来展望、危機意識の不足\t", lines.get(5));
    }

    @Test
    void actorsAndTiesAreTidyTablesWithOneHeaderRow() throws Exception {
        Project p;
        try (ProjectFile pf = ProjectFile.open(tokachi)) {
            p = pf.snapshot();
        }
        Result actors = DemoCommandTest.run("show", tokachi.toString(), "actors");
        assertEquals(0, actors.code(), actors.err());
        List<String> a = actors.out().lines().toList();
        assertEquals("名称\t種類\t産学官金\t所在地\t国\t域内\t分野\t加入団体\tメモ", a.get(0));
        assertEquals(p.actors().size() + 1, a.size());
        assertTrue(a.get(1).startsWith("帯広畜産大学\t大学\t学\t北海道帯広市\t\tはい\t畜産"), a.get(1));

        Result ties = DemoCommandTest.run("show", tokachi.toString(), "ties");
        assertEquals(0, ties.code(), ties.err());
        List<String> t = ties.out().lines().toList();
        assertEquals("始点\t終点\t種類\t有向\t強さ\t開始年\t終了年\t範囲\tメモ", t.get(0));
        assertEquals(p.ties().size() + 1, t.size());
        assertTrue(t.get(1).startsWith("自治体\t十勝圏地域食品加工技術センター\t資金提供・投資\tはい\t2\t\t\t域内\t"), t.get(1));
        for (String line : t) {
            assertEquals(9, line.split("\t", -1).length, line);
        }
    }

    @Test
    void progressOfAProjectWithoutPeriodsIsJustTheHeader() {
        Result r = DemoCommandTest.run("show", tokachi.toString(), "progress");
        assertEquals(0, r.code(), r.err());
        assertEquals("マネジメント要素\n", r.out());
    }

    @Test
    void anUnknownTableIsOneLineListingTheTables() throws Exception {
        byte[] before = Files.readAllBytes(tokachi);
        Result r = DemoCommandTest.run("show", tokachi.toString(), "network");
        assertEquals(1, r.code());
        assertEquals("", r.out());
        assertEquals("kizuna: unknown table 'network': choose one of matrix, progress, findings, actors, ties",
                r.err().strip());
        assertArrayEquals(before, Files.readAllBytes(tokachi));
    }

    @Test
    void aMissingFileIsRefusedWithoutAStackTrace() {
        Result r = DemoCommandTest.run("show", dir.resolve("none.kizuna").toString(), "matrix");
        assertNotEquals(0, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("kizuna: "), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void aFileThatIsNotAProjectIsRefused() throws Exception {
        Path text = dir.resolve("notes.kizuna");
        Files.writeString(text, "just notes\n");
        Result r = DemoCommandTest.run("show", text.toString(), "actors");
        assertNotEquals(0, r.code());
        assertTrue(r.err().contains("not a Kizuna project"), r.err());
    }
}
