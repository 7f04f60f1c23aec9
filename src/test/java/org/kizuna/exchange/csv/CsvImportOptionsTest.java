// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.exchange.Lang;
import org.kizuna.exchange.ProjectComparison;
import org.kizuna.exchange.TextEncoding;
import org.kizuna.exchange.csvout.CsvFolderExporter;
import org.kizuna.exchange.sample.SampleProjects;
import org.kizuna.model.Actor;
import org.kizuna.model.Project;
import org.kizuna.model.Scope;
import org.kizuna.model.Tie;
import org.kizuna.store.ProjectFile;

/** The CSV importer's encodings, Japanese headers, skipping, round trip and progress. */
class CsvImportOptionsTest {
    @TempDir
    Path dir;

    private static final String ACTORS_JA = "名称,種別,産学官金,所在地,域内,所属団体,x座標\n"
            + "帯広畜産大学,大学,学,帯広市,はい,十勝バイオ協議会,10.5\n"
            + "十勝①食品,企業,産,帯広市,はい,,\n"
            + "東京ラボ,公的研究機関,,東京都,いいえ,,\n";
    private static final String TIES_JA = "始点,終点,種別,強さ,開始年,終了年,範囲指定,メモ,色\n"
            + "帯広畜産大学,十勝①食品,共同研究,2,2001,2005,,髙橋さん経由,赤\n"
            + "十勝①食品,東京ラボ,transaction,,,,domestic,,青\n";

    private Path write(String name, String text, java.nio.charset.Charset cs, boolean bom) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        if (bom) {
            b.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        b.write(text.getBytes(cs));
        Path p = dir.resolve(name);
        Files.write(p, b.toByteArray());
        return p;
    }

    private void assertImported(Project p) {
        assertEquals(3, p.actors().size());
        Actor univ = p.actorNamed("帯広畜産大学");
        assertEquals("university", univ.kind());
        assertEquals(10.5, univ.x());
        assertEquals(List.of("十勝バイオ協議会"), univ.memberships());
        assertEquals(false, p.actorNamed("東京ラボ").insideRegion());
        Tie joint = p.ties().get(0);
        assertEquals("joint_research", joint.kind());
        assertEquals(2.0, joint.strength());
        assertEquals(2005, joint.endYear());
        assertEquals("髙橋さん経由", joint.notes());
        assertEquals(Scope.DOMESTIC, p.ties().get(1).scopeOverride());
    }

    @Test
    void readsJapaneseHeadersInUtf8WithAndWithoutBomAndInShiftJis() throws Exception {
        Object[][] cases = {
            {"utf8", StandardCharsets.UTF_8, false},
            {"bom", StandardCharsets.UTF_8, true},
            {"sjis", TextEncoding.CP932, false},
        };
        for (Object[] c : cases) {
            String tag = (String) c[0];
            java.nio.charset.Charset cs = (java.nio.charset.Charset) c[1];
            Path actors = write(tag + "-actors.csv", ACTORS_JA, cs, (Boolean) c[2]);
            Path ties = write(tag + "-ties.csv", TIES_JA, cs, (Boolean) c[2]);
            try (ProjectFile pf = ProjectFile.create(dir.resolve(tag + ".kizuna"), tag)) {
                org.kizuna.exchange.ImportReport r = CsvNetworkImporter.importFiles(pf, ties, actors);
                assertImported(pf.snapshot());
                String notes = String.join("\n", r.notes());
                assertTrue(notes.contains("unknown column 9 '色' — not imported"), notes);
                assertEquals(cs.equals(TextEncoding.CP932), notes.contains("read as Shift_JIS"), tag + ": " + notes);
            }
        }
        // given explicitly
        Path actors = write("given-actors.csv", ACTORS_JA, TextEncoding.CP932, false);
        Path ties = write("given-ties.csv", TIES_JA, TextEncoding.CP932, false);
        try (ProjectFile pf = ProjectFile.create(dir.resolve("given.kizuna"), "g")) {
            CsvNetworkImporter.importFiles(pf, ties, actors,
                    new CsvNetworkImporter.Settings(TextEncoding.parse("shift_jis"), false, null));
            assertImported(pf.snapshot());
        }
    }

    @Test
    void aWrongOrUndetectableEncodingIsRefusedAndLeavesTheProjectUnchanged() throws Exception {
        Path sjis = write("sjis.csv", TIES_JA, TextEncoding.CP932, false);
        try (ProjectFile pf = ProjectFile.create(dir.resolve("e.kizuna"), "e")) {
            CsvFormatException e = assertThrows(CsvFormatException.class, () -> CsvNetworkImporter.importFiles(pf,
                    sjis, null, new CsvNetworkImporter.Settings(StandardCharsets.UTF_8, false, null)));
            assertTrue(e.getMessage().startsWith("sjis.csv line 1: bytes that are not valid in the file's encoding"),
                    e.getMessage());
            Path garbage = dir.resolve("garbage.csv");
            Files.write(garbage, new byte[] {'a', ',', 'b', '\n', (byte) 0x82, (byte) 0xFF, (byte) 0x81, '\n'});
            e = assertThrows(CsvFormatException.class, () -> CsvNetworkImporter.importFiles(pf, garbage, null));
            assertTrue(e.getMessage().contains("neither UTF-8 nor Shift_JIS"), e.getMessage());
            assertEquals(0, pf.snapshot().actors().size());
            assertEquals(0, pf.snapshot().ties().size());
            assertTrue(!pf.history().canUndo(), "nothing was executed");
        }
    }

    @Test
    void skipBadRowsImportsTheGoodOnesAndListsWhatItSkipped() throws Exception {
        Path actors = write("a.csv", "name,kind\nA,company\nB,company\nA,company\nC,spaceship\n", StandardCharsets.UTF_8,
                false);
        Path ties = write("t.csv", "source,target,start\nA,B,2001\nA,C,\nB,A,20x5\nA,B\nB,A,1999\n",
                StandardCharsets.UTF_8, false);
        try (ProjectFile pf = ProjectFile.create(dir.resolve("s.kizuna"), "s")) {
            CsvFormatException strict = assertThrows(CsvFormatException.class,
                    () -> CsvNetworkImporter.importFiles(pf, ties, actors));
            List<String> expected = List.of(
                    "a.csv line 4, column name: duplicate actor name 'A' (first at line 2)",
                    "a.csv line 5, column kind: unknown kind 'spaceship' (one of: company, university,"
                            + " research_institute, test_station, national_government, local_government, financial,"
                            + " support_body, hospital, biomanufacturing, other)",
                    "t.csv line 3, column target: no actor named 'C' in a.csv or the project",
                    "t.csv line 4, column start: not a year: '20x5' (four digits, e.g. 2005)",
                    "t.csv line 5, column start: 2 fields, the header has 3");
            assertEquals(expected.size(), strict.problems().size(), strict.problems().toString());
            for (int i = 0; i < expected.size(); i++) {
                if (i == 1) {
                    assertTrue(strict.problems().get(i).startsWith("a.csv line 5, column kind: unknown actor kind 'spaceship'"),
                            strict.problems().get(i));
                } else {
                    assertEquals(expected.get(i), strict.problems().get(i));
                }
            }
            assertEquals(0, pf.snapshot().actors().size(), "strict: nothing imported");

            org.kizuna.exchange.ImportReport r = CsvNetworkImporter.importFiles(pf, ties, actors,
                    new CsvNetworkImporter.Settings(null, true, null));
            assertEquals(2, r.actorsAdded());
            assertEquals(2, r.tiesAdded());
            assertEquals(5, r.skippedRows());
            assertEquals(5, r.skipped().size());
            Project p = pf.snapshot();
            assertEquals(List.of("A", "B"), p.actors().stream().map(Actor::name).toList());
            assertEquals(List.of(2001, 1999), p.ties().stream().map(Tie::startYear).toList());
        }
    }

    @Test
    void theCsvFolderKizunaWritesComesBackWithActorsAndTiesIntact() throws Exception {
        for (String sample : SampleProjects.NAMES) {
            Path file = dir.resolve(sample + ".kizuna");
            SampleProjects.create(sample, file);
            Project original;
            try (ProjectFile pf = ProjectFile.open(file)) {
                original = pf.snapshot();
            }
            for (Lang lang : Lang.values()) {
                Path out = dir.resolve(sample + "-" + lang);
                CsvFolderExporter.export(original, out, lang);
                try (ProjectFile pf = ProjectFile.create(dir.resolve(sample + "-" + lang + ".kizuna"), "copy")) {
                    CsvNetworkImporter.importFiles(pf, out.resolve("ties.csv"), out.resolve("actors.csv"),
                            new CsvNetworkImporter.Settings(null, false, null, true));
                    Project copy = pf.snapshot();
                    assertEquals(ProjectComparison.actors(original), ProjectComparison.actors(copy), sample + " " + lang);
                    assertEquals(ProjectComparison.ties(original), ProjectComparison.ties(copy), sample + " " + lang);
                }
            }
        }
    }

    @Test
    void reportsProgressInStepsOfTenPercent() throws Exception {
        StringBuilder csv = new StringBuilder("source,target\n");
        for (int i = 0; i < 30_000; i++) {
            csv.append("a").append(i % 500).append(",b").append(i % 700).append('\n');
        }
        Path ties = write("big.csv", csv.toString(), StandardCharsets.UTF_8, false);
        List<Integer> percents = new ArrayList<>();
        List<String> phases = new ArrayList<>();
        try (ProjectFile pf = ProjectFile.create(dir.resolve("p.kizuna"), "p")) {
            org.kizuna.exchange.ImportReport r = CsvNetworkImporter.importFiles(pf, ties, null,
                    new CsvNetworkImporter.Settings(null, false, (phase, pct, rows) -> {
                        percents.add(pct);
                        phases.add(phase);
                    }));
            assertEquals(30_000, r.tiesAdded());
            assertEquals(1200, r.actorsAdded());
        }
        assertTrue(percents.size() >= 5, percents.toString());
        for (int i = 1; i < percents.size(); i++) {
            assertTrue(percents.get(i) >= percents.get(i - 1), percents.toString());
        }
        assertEquals("reading big.csv", phases.get(0));
        assertTrue(phases.get(phases.size() - 1).startsWith("writing 1200 actors and 30000 ties"), phases.toString());
    }
}
