// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.analysis.ClusterDiagnosis;
import org.kizuna.analysis.NetworkFilter;
import org.kizuna.exchange.ExchangeException;
import org.kizuna.exchange.ExchangeTestSupport;
import org.kizuna.exchange.Lang;
import org.kizuna.model.Actor;
import org.kizuna.model.CellRef;
import org.kizuna.model.Element;
import org.kizuna.model.Finding;
import org.kizuna.model.Mark;
import org.kizuna.model.MatrixCell;
import org.kizuna.model.Project;
import org.kizuna.model.Tie;
import org.kizuna.store.Edits;
import org.kizuna.store.ProjectFile;

class WorkbookExporterTest {
    @TempDir
    Path dir;

    private Project sample(String name) throws Exception {
        return ExchangeTestSupport.sample(dir, name);
    }

    private XSSFWorkbook export(Project p, ExportOptions options) throws Exception {
        Path out = dir.resolve("out-" + System.nanoTime() + ".xlsx");
        WorkbookExporter.export(p, out, options);
        assertFalse(Files.list(dir).anyMatch(f -> f.getFileName().toString().endsWith(".writing")));
        return new XSSFWorkbook(Files.newInputStream(out));
    }

    private static ExportOptions ja() {
        return new ExportOptions(Lang.JA, List.of(), null, LocalDate.of(2026, 1, 15), "9.9");
    }

    static String text(Sheet s, int r, int c) {
        Row row = s.getRow(r);
        Cell cell = row == null ? null : row.getCell(c);
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return "";
        }
        assertEquals(CellType.STRING, cell.getCellType(), "cell " + cell.getAddress() + " is text");
        return cell.getStringCellValue();
    }

    static int findRow(Sheet s, String firstCell) {
        for (Row r : s) {
            Cell c = r.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(firstCell)) {
                return r.getRowNum();
            }
        }
        return -1;
    }

    @Test
    void sheetsComeInOrderWithJapaneseOrEnglishNames() throws Exception {
        Project p = sample("tokachi");
        try (XSSFWorkbook wb = export(p, ja())) {
            assertEquals(List.of("概要", "マネジメント要素", "取組状況の診断", "藤田モデル評価", "ネットワーク指標", "機関一覧", "連携一覧",
                    "定義"), names(wb));
        }
        try (XSSFWorkbook wb = export(p, ExportOptions.defaults(Lang.EN))) {
            assertEquals(List.of("Summary", "Management matrix", "Progress diagnosis", "Fujita evaluation", "Actor metrics",
                    "Actors", "Ties", "Definitions"), names(wb));
            assertEquals("Institution", text(wb.getSheet("Management matrix"), 1, 0));
        }
        try (XSSFWorkbook wb = export(p, ja().withSheets(List.of("ties", "matrix")))) {
            assertEquals(List.of("マネジメント要素", "連携一覧"), names(wb), "workbook order, whatever the order asked");
        }
        ExchangeException e = assertThrows(ExchangeException.class,
                () -> WorkbookExporter.export(p, dir.resolve("x.xlsx"), ja().withSheets(List.of("nope"))));
        assertTrue(e.getMessage().contains("unknown sheet: nope"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("x.xlsx")));
    }

    private static List<String> names(XSSFWorkbook wb) {
        List<String> out = new ArrayList<>();
        wb.forEach(s -> out.add(s.getSheetName()));
        return out;
    }

    @Test
    void tokachiMatrixHoldsTheFixtureCellsWithTotalsFindingsAndLegend() throws Exception {
        Project p = sample("tokachi");
        List<List<String>> fixture = ExchangeTestSupport.tsv("tokachi-management-matrix.tsv");
        try (XSSFWorkbook wb = export(p, ja())) {
            XSSFSheet s = wb.getSheet("マネジメント要素");
            int h = findRow(s, "機関");
            assertEquals(1, h, "title row, then the header (Tokachi's elements are ungrouped)");
            for (int r = 0; r < fixture.size(); r++) {
                for (int c = 0; c < fixture.get(r).size(); c++) {
                    assertEquals(fixture.get(r).get(c), text(s, h + r, c), "row " + r + " col " + c);
                }
                assertEquals("", text(s, h + r, fixture.get(r).size()), "nothing right of 備考");
            }
            // totals: ◎/○/△ per element, as numbers
            int t = h + fixture.size();
            assertEquals("計 ◎", text(s, t, 0));
            assertEquals("計 ○", text(s, t + 1, 0));
            assertEquals("計 △", text(s, t + 2, 0));
            for (int c = 1; c <= 13; c++) {
                for (int m = 0; m < 3; m++) {
                    char symbol = "◎○△".charAt(m);
                    long expected = 0;
                    for (int r = 1; r < fixture.size(); r++) {
                        if (fixture.get(r).get(c).indexOf(symbol) >= 0) {
                            expected++;
                        }
                    }
                    assertEquals(expected, (long) s.getRow(t + m).getCell(c).getNumericCellValue(),
                            "total of " + symbol + " in column " + c);
                }
            }
            // the gaps under the totals, by the one rule (Coverage): no mark, then only △ — the lists
            // the diagnosis (and the matrix page and analyze) give for the same project
            var coverage = ClusterDiagnosis.analyze(p, NetworkFilter.ALL).coverage();
            assertEquals("担い手のいない要素（印なし）：地元資源との結びつけ、ネットワーク形成、資金の循環", text(s, t + 4, 0));
            assertEquals("担い手のいない要素（印なし）：" + String.join("、",
                    coverage.uncovered().stream().map(Element::nameJa).toList()), text(s, t + 4, 0));
            assertEquals("△だけの要素：リーダーシップ", text(s, t + 5, 0));
            assertEquals("△だけの要素：" + String.join("、",
                    coverage.weakOnly().stream().map(Element::nameJa).toList()), text(s, t + 5, 0));
            // the title row is merged across the table
            assertTrue(s.getMergedRegions().contains(new CellRangeAddress(0, 0, 0, 14)));
            // findings under the table, their cells outlined and filled in the table
            int f = findRow(s, "課題");
            assertTrue(f > t + 2);
            List<List<String>> issues = ExchangeTestSupport.tsv("tokachi-issues.tsv");
            for (int i = 1; i < issues.size(); i++) {
                assertEquals(issues.get(i).get(0), text(s, f + i, 0));
                assertTrue(text(s, f + i, 1).startsWith(issues.get(i).get(1)), text(s, f + i, 1));
            }
            Set<CellRef> pointed = new HashSet<>();
            for (Finding fi : p.findings()) {
                pointed.addAll(fi.cells());
            }
            assertFalse(pointed.isEmpty(), "the Tokachi sample links findings to cells");
            int outlined = 0;
            for (int r = 1; r < fixture.size(); r++) {
                Actor a = p.actorNamed(fixture.get(r).get(0));
                for (int c = 1; c <= 13; c++) {
                    Element e = p.elements().get(c - 1);
                    XSSFCellStyle st = s.getRow(h + r).getCell(c).getCellStyle();
                    boolean isPointed = pointed.contains(new CellRef(a.id(), e.id()));
                    assertEquals(isPointed, st.getBorderTop() == BorderStyle.THICK, "outline of " + a.name() + "/" + c);
                    if (isPointed) {
                        outlined++;
                        assertEquals(BorderStyle.THICK, st.getBorderLeft());
                        assertEquals(Styles.FINDING_FILL, rgb(st.getFillForegroundXSSFColor()));
                        assertEquals(Styles.FINDING_OUTLINE, rgb(st.getTopBorderXSSFColor()));
                    } else {
                        assertEquals(BorderStyle.THIN, st.getBorderTop());
                        assertNull(st.getFillForegroundXSSFColor() == null ? null
                                : rgb(st.getFillForegroundXSSFColor()).equals(Styles.FINDING_FILL) ? "filled" : null);
                    }
                }
            }
            assertEquals(pointed.size(), outlined);
            int legend = findRow(s, "凡例");
            assertTrue(legend > f);
            assertEquals("◎", text(s, legend + 1, 0));
            assertEquals(Mark.CORE.labelJa(), text(s, legend + 1, 1));
            assertEquals(BorderStyle.THICK, s.getRow(legend + 4).getCell(0).getCellStyle().getBorderTop(),
                    "the legend shows what an outlined cell means");
            assertPrintSetup(s, p.profile().name(), new CellRangeAddress(h, h, -1, -1));
            assertEquals(h + 1, s.getPaneInformation().getHorizontalSplitTopRow());
        }
    }

    @Test
    void groupedFrameworksGetAMergedGroupHeaderRow() throws Exception {
        Project p = sample("kobe");
        try (XSSFWorkbook wb = export(p, ja())) {
            XSSFSheet s = wb.getSheet("マネジメント要素");
            int h = findRow(s, "機関");
            assertEquals(2, h, "title, group row, header");
            assertEquals("ビジョン、リーダーシップ", text(s, 1, 1));
            assertEquals("ビジョン", text(s, h, 1));
            assertEquals("リーダーシップ", text(s, h, 2));
            assertTrue(s.getMergedRegions().contains(new CellRangeAddress(1, 1, 1, 2)), "group merged over its elements");
            assertPrintSetup(s, p.profile().name(), new CellRangeAddress(1, 2, -1, -1));
        }
    }

    @Test
    void kobeProgressHoldsTheFixtureCellsFilledByJudgementWithThePlanSetApart() throws Exception {
        Project p = sample("kobe");
        List<List<String>> fixture = ExchangeTestSupport.tsv("kobe-progress-diagnosis.tsv");
        try (XSSFWorkbook wb = export(p, ja())) {
            XSSFSheet s = wb.getSheet("取組状況の診断");
            int h = findRow(s, "マネジメント要素");
            assertTrue(h > 0);
            for (int r = 0; r < fixture.size(); r++) {
                for (int c = 0; c < fixture.get(r).size(); c++) {
                    String cell = text(s, h + r, c);
                    if (r > 0 && c > 0 && !cell.isEmpty()) {
                        for (String line : cell.split("\n")) {
                            assertTrue(line.startsWith("○") || line.matches("（.+）"), "one initiative per line: " + line);
                        }
                    }
                    // the sheet writes one initiative per line where the seed's table runs them on with spaces
                    assertEquals(fixture.get(r).get(c), cell.replace("\n", " "), "row " + r + " col " + c);
                }
            }
            // fills by judgement, on a colour-blind-safe scale; the judgement is in the text as well
            for (int r = 1; r < fixture.size(); r++) {
                for (int c = 1; c < fixture.get(r).size(); c++) {
                    String cell = text(s, h + r, c);
                    XSSFColor fill = s.getRow(h + r).getCell(c).getCellStyle().getFillForegroundXSSFColor();
                    String expected = cell.endsWith("（かなり進展）") ? "56B4E9" : cell.endsWith("（まだ不十分）") ? "F5C77E"
                            : cell.endsWith("（進展）") ? "C9E6F8" : null;
                    assertEquals(expected, fill == null ? null : rgb(fill), "fill of row " + r + " col " + c);
                }
            }
            // the plan column (the last) is set apart: a double line on its left, italics
            int plan = fixture.get(0).size() - 1;
            for (int r = 0; r < fixture.size(); r++) {
                XSSFCellStyle st = s.getRow(h + r).getCell(plan).getCellStyle();
                assertEquals(BorderStyle.DOUBLE, st.getBorderLeft(), "row " + r);
                assertTrue(st.getFont().getItalic());
                assertNotEquals(BorderStyle.DOUBLE, s.getRow(h + r).getCell(plan - 1).getCellStyle().getBorderLeft());
            }
            assertEquals("計画 2010–", text(s, h - 1, plan));
            assertEquals("実績 –2000", text(s, h - 1, 1));
            assertTrue(s.getRow(h + 1).getCell(1).getCellStyle().getWrapText());
            assertTrue(s.getRow(h + 2).getHeightInPoints() > 20, "rows tall enough for their lines");
            assertPrintSetup(s, p.profile().name(), new CellRangeAddress(h - 1, h, -1, -1));
        }
    }

    @Test
    void tidySheetsHaveOneHeaderRowNoMergesAFilterAndAFrozenHeader() throws Exception {
        Project p = sample("hokuriku");
        try (XSSFWorkbook wb = export(p, ja())) {
            XSSFSheet actors = wb.getSheet("機関一覧");
            assertEquals(0, actors.getNumMergedRegions());
            assertEquals("名称", text(actors, 0, 0));
            assertEquals("種別", text(actors, 0, 1));
            assertEquals(p.actors().size(), actors.getLastRowNum());
            assertEquals(p.actors().get(0).name(), text(actors, 1, 0));
            assertEquals(p.actors().get(0).kind(), text(actors, 1, 1));
            assertEquals(CellType.BOOLEAN, actors.getRow(1).getCell(6).getCellType());
            assertNotNull(actors.getCTWorksheet().getAutoFilter());
            assertEquals(1, actors.getPaneInformation().getHorizontalSplitTopRow());
            XSSFSheet ties = wb.getSheet("連携一覧");
            assertEquals(0, ties.getNumMergedRegions());
            assertEquals(List.of("始点", "終点", "種別", "種別名", "有向", "強さ", "開始年", "終了年", "範囲", "範囲指定", "メモ"),
                    header(ties));
            assertEquals(p.ties().size(), ties.getLastRowNum());
            Tie t = p.ties().get(0);
            assertEquals(p.actor(t.sourceId()).name(), text(ties, 1, 0));
            assertEquals(t.strength(), ties.getRow(1).getCell(5).getNumericCellValue());
            assertPrintSetup(actors, p.profile().name(), new CellRangeAddress(0, 0, -1, -1));
            assertPrintSetup(ties, p.profile().name(), new CellRangeAddress(0, 0, -1, -1));
        }
        try (XSSFWorkbook wb = export(p, ExportOptions.defaults(Lang.EN))) {
            assertEquals(List.of("source", "target", "kind", "kind_label", "directed", "strength", "start_year", "end_year",
                    "scope", "scope_override", "notes"), header(wb.getSheet("Ties")));
        }
    }

    private static List<String> header(Sheet s) {
        List<String> out = new ArrayList<>();
        for (Cell c : s.getRow(0)) {
            out.add(c.getStringCellValue());
        }
        return out;
    }

    @Test
    void summaryShowsTheProfileCountsDateAndVersion() throws Exception {
        Project p = sample("tokachi");
        try (XSSFWorkbook wb = export(p, ja())) {
            XSSFSheet s = wb.getSheet("概要");
            assertEquals(p.profile().name(), text(s, findRow(s, "名称"), 1));
            assertEquals("2026-01-15", text(s, findRow(s, "出力日"), 1));
            assertEquals("9.9", text(s, findRow(s, "Kizuna バージョン"), 1));
            assertEquals(p.actors().size(), (int) s.getRow(findRow(s, "機関")).getCell(1).getNumericCellValue());
            assertEquals(p.ties().size(), (int) s.getRow(findRow(s, "連携")).getCell(1).getNumericCellValue());
            String type = text(s, findRow(s, "クラスターの類型"), 1);
            if (p.profile().clusterType() != null) {
                assertTrue(type.startsWith(p.profile().clusterType().labelJa()), type);
                assertFalse(text(s, findRow(s, "支援のあり方"), 1).isEmpty());
            }
            assertTrue(findRow(s, "ビジョン策定") > 0);
            assertPrintSetup(s, p.profile().name(), null);
        }
    }

    @Test
    void everyCellUsesTheJapaneseCapableFontByName() throws Exception {
        try (XSSFWorkbook wb = export(sample("kobe"), ja())) {
            for (int i = 0; i < wb.getNumberOfFonts(); i++) {
                assertEquals("Yu Gothic", wb.getFontAt(i).getFontName());
                assertEquals(128, wb.getFontAt(i).getCharSet(), "Shift_JIS: substitute a Japanese font if missing");
            }
        }
    }

    @Test
    void userTextIsNeverAFormula() throws Exception {
        Path file = dir.resolve("inject.kizuna");
        List<String> evil = List.of("=HYPERLINK(\"http://evil\",\"x\")", "+81-3-1234", "-1", "@SUM(A1)", "=1+1");
        try (ProjectFile pf = ProjectFile.create(file, "=cmd|' /C calc'!A0")) {
            long element = pf.execute(Edits.addElement(new Element(0, null, "=A1", null, -1))).createdIds().get(0);
            List<Long> ids = new ArrayList<>();
            for (String name : evil) {
                ids.add(pf.execute(Edits.addActor(Actor.of(name, "company", true).withNotes("-2+3"))).createdIds().get(0));
            }
            pf.execute(Edits.addTie(Tie.of(ids.get(0), ids.get(1), "joint_research", false).withNotes("@x")));
            pf.execute(Edits.setCell(new MatrixCell(ids.get(0), element, List.of(Mark.CORE), "=2*3")));
            pf.execute(Edits.setRowNote(ids.get(1), "+note"));
            Project p = pf.snapshot();
            try (XSSFWorkbook wb = export(p, ja())) {
                int formulas = 0;
                int guarded = 0;
                for (Sheet s : wb) {
                    for (Row r : s) {
                        for (Cell c : r) {
                            if (c.getCellType() == CellType.FORMULA) {
                                formulas++;
                            }
                            if (c.getCellType() == CellType.STRING) {
                                String v = c.getStringCellValue();
                                boolean risky = !v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0;
                                assertEquals(risky, c.getCellStyle().getQuotePrefixed(), "quote prefix of " + v);
                                if (risky) {
                                    guarded++;
                                }
                            }
                        }
                    }
                }
                assertEquals(0, formulas);
                assertTrue(guarded >= 10, "names, notes, element, cell, row note guarded: " + guarded);
                XSSFSheet actors = wb.getSheet("機関一覧");
                for (int i = 0; i < evil.size(); i++) {
                    assertEquals(evil.get(i), text(actors, i + 1, 0), "the text itself is unchanged");
                }
                assertEquals("◎ =2*3", text(wb.getSheet("マネジメント要素"), 2, 1));
                // the footer escapes nothing dangerous: it is the name, with & doubled
                assertEquals("=cmd|' /C calc'!A0", wb.getSheet("概要").getFooter().getLeft());
            }
        }
    }

    static void assertPrintSetup(Sheet s, String projectName, CellRangeAddress repeat) {
        var ps = s.getPrintSetup();
        assertTrue(ps.getLandscape(), s.getSheetName() + " landscape");
        assertEquals(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE, ps.getPaperSize());
        assertTrue(s.getFitToPage());
        assertEquals(1, ps.getFitWidth());
        assertEquals(0, ps.getFitHeight());
        assertEquals(projectName.replace("&", "&&"), s.getFooter().getLeft());
        assertTrue(s.getFooter().getRight().contains("&P"), s.getFooter().getRight());
        assertTrue(s.getFooter().getRight().contains("&N"), s.getFooter().getRight());
        assertEquals(repeat, s.getRepeatingRows());
    }

    static String rgb(XSSFColor c) {
        byte[] b = c.getRGB();
        return String.format("%02X%02X%02X", b[0] & 0xff, b[1] & 0xff, b[2] & 0xff);
    }
}
