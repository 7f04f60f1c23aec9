// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kizuna.exchange.ExchangeException;
import org.kizuna.exchange.ImportOptions;
import org.kizuna.exchange.ImportReport;
import org.kizuna.exchange.Lang;
import org.kizuna.exchange.ProjectComparison;
import org.kizuna.exchange.sample.SampleProjects;
import org.kizuna.model.Actor;
import org.kizuna.model.Project;
import org.kizuna.model.Sector;
import org.kizuna.model.Tie;
import org.kizuna.store.Edits;
import org.kizuna.store.ProjectFile;

class WorkbookImportTest {
    @TempDir
    Path dir;

    private Path sample(String name) throws Exception {
        Path file = dir.resolve(name + ".kizuna");
        SampleProjects.create(name, file);
        return file;
    }

    private Project roundTrip(Project original, Lang lang, String name) throws Exception {
        Path xlsx = dir.resolve(name + ".xlsx");
        WorkbookExporter.export(original, xlsx, ExportOptions.defaults(lang));
        Path copy = dir.resolve(name + "-copy.kizuna");
        try (ProjectFile pf = ProjectFile.create(copy, "copy")) {
            ImportReport report = WorkbookImporter.importInto(pf, xlsx, new ImportOptions(false, true));
            assertTrue(report.skipped().isEmpty());
            assertTrue(pf.history().canUndo(), "one undoable step");
            Project back = pf.snapshot();
            pf.history().undo();
            assertTrue(pf.snapshot().actors().isEmpty(), "undo takes the whole import back");
            pf.history().redo();
            assertEquals(ProjectComparison.actors(back), ProjectComparison.actors(pf.snapshot()));
            return back;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tokachi", "kobe", "hokuriku"})
    void exportThenImportGivesTheSameActorsTiesMatrixAndProgress(String name) throws Exception {
        Project original;
        try (ProjectFile pf = ProjectFile.open(sample(name))) {
            original = pf.snapshot();
        }
        ProjectComparison.assertSameContent(original, roundTrip(original, Lang.JA, name + "-ja"));
        ProjectComparison.assertSameContent(original, roundTrip(original, Lang.EN, name + "-en"));
    }

    @Test
    void roundTripKeepsEveryFieldAndRiskyText() throws Exception {
        Path file = dir.resolve("rich.kizuna");
        Project original;
        try (ProjectFile pf = ProjectFile.create(file, "rich")) {
            long a = pf.execute(Edits.addActor(new Actor(0, "=HYPERLINK(\"x\")", "university", Sector.ACADEMIA, "帯広市", null,
                    true, "畜産", List.of("十勝産業振興会", "食クラスター連携協議体"), "-1 note", "+備考", 10.5, -3.25)))
                    .createdIds().get(0);
            long b = pf.execute(Edits.addActor(new Actor(0, "Wageningen", "university", null, "Wageningen", "NL", false, null,
                    List.of(), null, null, null, null))).createdIds().get(0);
            long c = pf.execute(Edits.addActor(Actor.of("@x", "company", true))).createdIds().get(0);
            pf.execute(Edits.addTie(new Tie(0, a, b, "joint_research", false, 2.5, 2005, 2012, null, "=1+1")));
            pf.execute(Edits.addTie(new Tie(0, c, a, "funding", true, 1.0, 2008, null,
                    org.kizuna.model.Scope.DOMESTIC, null)));
            // a finding pointing at cells whose names hold the separators of the written reference
            long d = pf.execute(Edits.addActor(Actor.of("大学：本部、事務局", "university", true))).createdIds().get(0);
            pf.execute(Edits.addFramework(org.kizuna.model.FrameworkTemplate.TOKACHI_13));
            List<org.kizuna.model.Element> els = pf.snapshot().elements();
            pf.execute(Edits.setCells(List.of(new org.kizuna.model.MatrixCell(d, els.get(0).id(),
                    List.of(org.kizuna.model.Mark.CORE), null))));
            pf.execute(Edits.addFinding(new org.kizuna.model.Finding(0, 1, "=課題\n二行目", java.util.Set.of(
                    new org.kizuna.model.CellRef(d, els.get(0).id()), new org.kizuna.model.CellRef(a, els.get(3).id())))));
            pf.execute(Edits.addFinding(new org.kizuna.model.Finding(0, 2, "セルを指さない課題", java.util.Set.of())));
            original = pf.snapshot();
        }
        ProjectComparison.assertSameContent(original, roundTrip(original, Lang.JA, "rich"));
        ProjectComparison.assertSameContent(original, roundTrip(original, Lang.EN, "rich-en"));
    }

    @Test
    void aTruncatedWorkbookIsRefusedAndTheProjectIsUnchanged() throws Exception {
        Project p;
        try (ProjectFile pf = ProjectFile.open(sample("tokachi"))) {
            p = pf.snapshot();
        }
        Path xlsx = dir.resolve("t.xlsx");
        WorkbookExporter.export(p, xlsx, ExportOptions.defaults(Lang.JA));
        byte[] all = Files.readAllBytes(xlsx);
        Path truncated = dir.resolve("truncated.xlsx");
        Files.write(truncated, Arrays.copyOf(all, all.length / 2));
        Path text = dir.resolve("notes.xlsx");
        Files.writeString(text, "name,kind\nA,company\n");
        Path target = dir.resolve("target.kizuna");
        try (ProjectFile pf = ProjectFile.create(target, "target")) {
            ExchangeException e = assertThrows(ExchangeException.class,
                    () -> WorkbookImporter.importInto(pf, truncated, ImportOptions.STRICT));
            assertTrue(e.getMessage().startsWith("truncated.xlsx cannot be read as an .xlsx workbook; is it truncated or damaged?")
                    || e.getMessage().startsWith("truncated.xlsx is not an .xlsx workbook"), e.getMessage());
            ExchangeException e2 = assertThrows(ExchangeException.class,
                    () -> WorkbookImporter.importInto(pf, text, ImportOptions.STRICT));
            assertTrue(e2.getMessage().startsWith("notes.xlsx is not an .xlsx workbook"), e2.getMessage());
            assertTrue(pf.snapshot().actors().isEmpty());
            assertFalse(pf.history().canUndo());
        }
    }

    @Test
    void aWorkbookWithoutOurSheetsIsRefusedNamingItsSheets() throws Exception {
        Path xlsx = dir.resolve("other.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(xlsx)) {
            Sheet s = wb.createSheet("Budget 2024");
            s.createRow(0).createCell(0).setCellValue("item");
            s.getRow(0).createCell(1).setCellValue("yen");
            wb.write(os);
        }
        try (ProjectFile pf = ProjectFile.create(dir.resolve("t.kizuna"), "t")) {
            ExchangeException e = assertThrows(ExchangeException.class,
                    () -> WorkbookImporter.importInto(pf, xlsx, ImportOptions.STRICT));
            assertTrue(e.getMessage().contains("has no sheet Kizuna can import"), e.getMessage());
            assertTrue(e.getMessage().contains("Budget 2024"), e.getMessage());
        }
    }

    private Path handMade(List<List<Object>> actors, List<List<Object>> ties) throws Exception {
        Path xlsx = dir.resolve("hand-" + System.nanoTime() + ".xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(xlsx)) {
            fill(wb.createSheet("機関一覧"), actors);
            fill(wb.createSheet("Ties"), ties);
            wb.write(os);
        }
        return xlsx;
    }

    private static void fill(Sheet s, List<List<Object>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            Row row = s.createRow(r);
            for (int c = 0; c < rows.get(r).size(); c++) {
                Object v = rows.get(r).get(c);
                if (v instanceof Number n) {
                    row.createCell(c).setCellValue(n.doubleValue());
                } else if (v != null) {
                    row.createCell(c).setCellValue(v.toString());
                }
            }
        }
    }

    @Test
    void everyBadRowIsReportedWithLineAndColumnAndNothingIsImported() throws Exception {
        Path xlsx = handMade(List.of(
                        List.of("名称", "種別", "産学官金", "色"),
                        List.of("A社", "company", "産", "red"),
                        List.of("B大学", "大学", "学"),
                        List.of("A社", "company"),
                        List.of("C", "spaceship"),
                        List.of("D", "company", "産官")),
                List.of(
                        List.of("source", "target", "kind", "start_year", "end_year", "strength"),
                        List.of("A社", "B大学", "joint_research", 2005, 2010, 1),
                        List.of("A社", "Nobody", "joint_research"),
                        List.of("A社", "B大学", "telepathy"),
                        List.of("A社", "B大学", "funding", "20x5"),
                        List.of("A社", "B大学", "funding", 2010, 2005),
                        List.of("A社", "B大学", "funding", 2010, 2011, -2)));
        Path target = dir.resolve("t.kizuna");
        try (ProjectFile pf = ProjectFile.create(target, "t")) {
            ExchangeException e = assertThrows(ExchangeException.class,
                    () -> WorkbookImporter.importInto(pf, xlsx, ImportOptions.STRICT));
            List<String> problems = e.problems().stream().map(Object::toString).toList();
            String file = xlsx.getFileName().toString();
            assertEquals(List.of(
                    file + " [機関一覧]:4 [名称]: duplicate actor name 'A社' (first at line 2)",
                    file + " [機関一覧]:5 [種別]: unknown actor kind 'spaceship' (known: company, university, research_institute, "
                            + "government, local_government, financial, support_body, hospital, demonstration_facility, other; "
                            + "--add-kinds adds it)",
                    file + " [機関一覧]:6 [産学官金]: unknown sector '産官' (industry/産, academia/学, government/官, finance/金, other/他)",
                    file + " [Ties]:3 [target]: no actor named 'Nobody' in the file or the project",
                    file + " [Ties]:4 [kind]: unknown tie kind 'telepathy' (known: joint_research, transaction, funding, personnel, "
                            + "coordination, clinical, technology_transfer, other; --add-kinds adds it)",
                    file + " [Ties]:5 [start_year]: not a year: '20x5' (four digits, e.g. 2005)",
                    file + " [Ties]:6 [end_year]: a tie cannot end (2005) before it starts (2010)",
                    file + " [Ties]:7 [strength]: a tie's strength must be a positive number, not -2"), problems);
            assertTrue(e.getMessage().startsWith("8 problems, nothing imported: "), e.getMessage());
            assertTrue(pf.snapshot().actors().isEmpty(), "nothing imported");
            assertFalse(pf.history().canUndo());

            ImportReport report = WorkbookImporter.importInto(pf, xlsx, new ImportOptions(true, false));
            assertEquals(8, report.skipped().size());
            assertEquals("2 actors, 1 tie", report.summary());
            assertTrue(report.notes().stream().anyMatch(n -> n.contains("色") && n.contains("not imported")), report.notes().toString());
            assertEquals(List.of("A社", "B大学"), pf.snapshot().actors().stream().map(Actor::name).toList());
            assertEquals("university", pf.snapshot().actorNamed("B大学").kind(), "kinds by Japanese label too");
        }
    }

    @Test
    void actorsThatExistAlreadyAreRefused() throws Exception {
        Path xlsx = handMade(List.of(List.of("name", "kind"), List.of("A", "company")), List.of(List.of("source", "target")));
        try (ProjectFile pf = ProjectFile.create(dir.resolve("t.kizuna"), "t")) {
            pf.execute(Edits.addActor(Actor.of("A", "company", true)));
            ExchangeException e = assertThrows(ExchangeException.class,
                    () -> WorkbookImporter.importInto(pf, xlsx, ImportOptions.STRICT));
            assertTrue(e.getMessage().contains("an actor named 'A' exists already in the project"), e.getMessage());
        }
    }

    @Test
    void aHandEditedMatrixUpdatesCellsOfExistingActorsAndAddsNewInstitutions() throws Exception {
        Path file = sample("tokachi");
        Project before;
        try (ProjectFile pf = ProjectFile.open(file)) {
            before = pf.snapshot();
        }
        Path xlsx = dir.resolve("m.xlsx");
        WorkbookExporter.export(before, xlsx, ExportOptions.defaults(Lang.JA).withSheets(List.of("matrix")));
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            Sheet s = wb.getSheet("マネジメント要素");
            s.getRow(2).getCell(1).setCellValue("○ 新規");          // 帯広畜産大学 × リーダーシップ
            s.shiftRows(7, s.getLastRowNum(), 1);
            Row added = s.createRow(7);
            added.createCell(0).setCellValue("JA帯広");
            added.createCell(2).setCellValue("△");
            try (OutputStream os = Files.newOutputStream(xlsx)) {
                wb.write(os);
            }
        }
        try (ProjectFile pf = ProjectFile.open(file)) {
            ImportReport r = WorkbookImporter.importInto(pf, xlsx, ImportOptions.STRICT);
            assertTrue(r.notes().stream().anyMatch(n -> n.contains("added actor 'JA帯広'")), r.notes().toString());
            Project after = pf.snapshot();
            Actor u = after.actorNamed("帯広畜産大学");
            assertEquals("○ 新規", after.cell(u.id(), after.elements().get(0).id()).display());
            Actor ja = after.actorNamed("JA帯広");
            assertEquals("△", after.cell(ja.id(), after.elements().get(1).id()).display());
            assertEquals(before.elements().size(), after.elements().size(), "elements matched by name");
            assertEquals(before.cells().size() + 2, after.cells().size());
        }
    }

    @Test
    void progressCellsParseInTheSeedsOneLineFormToo() {
        WorkbookImporter.Parsed p = WorkbookImporter.parseProgress("○理研 発生・再生科学設置 ○研究プロジェクト実施");
        assertEquals(List.of("理研 発生・再生科学設置", "研究プロジェクト実施"), p.initiatives());
        WorkbookImporter.Parsed q = WorkbookImporter.parseProgress("○（大阪等と連携した医工連携） （まだ不十分）");
        assertEquals(List.of("（大阪等と連携した医工連携）"), q.initiatives());
        assertEquals(org.kizuna.model.Judgement.INSUFFICIENT, q.judgement());
        assertEquals(org.kizuna.model.Judgement.PROGRESS, WorkbookImporter.parseProgress("○a\n(progress)").judgement());
        assertThrows(IllegalArgumentException.class, () -> WorkbookImporter.parseProgress("just words"));
    }
}
