// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kizuna.analysis.ActorFigures;
import org.kizuna.analysis.ClusterDiagnosis;
import org.kizuna.analysis.DiagnosisReport;
import org.kizuna.analysis.FujitaAssessor;
import org.kizuna.analysis.NetworkFilter;
import org.kizuna.exchange.ExchangeTestSupport;
import org.kizuna.exchange.Lang;
import org.kizuna.exchange.MetricDefinitions;
import org.kizuna.exchange.MetricRows;
import org.kizuna.model.Actor;
import org.kizuna.model.ClusterProfile;
import org.kizuna.model.ClusterType;
import org.kizuna.model.FujitaAxis;
import org.kizuna.model.LifeCycleStage;
import org.kizuna.model.Novelty;
import org.kizuna.model.Project;
import org.kizuna.model.Tie;
import org.kizuna.store.Edits;
import org.kizuna.store.ProjectFile;

/** Sheets 4, 5 and 8 and the summary's suggestions, read back with POI and compared with the engine. */
class FiguresSheetsTest {
    @TempDir
    Path dir;

    private Project sample(String name) throws Exception {
        return ExchangeTestSupport.sample(dir, name);
    }

    private XSSFWorkbook export(Project p, Lang lang) throws Exception {
        Path out = dir.resolve("out-" + System.nanoTime() + ".xlsx");
        WorkbookExporter.export(p, out, new ExportOptions(lang, List.of(), null, LocalDate.of(2026, 1, 15), "9.9"));
        return new XSSFWorkbook(Files.newInputStream(out));
    }

    private static Cell cell(Sheet s, int r, int c) {
        Row row = s.getRow(r);
        return row == null ? null : row.getCell(c);
    }

    private static String text(Sheet s, int r, int c) {
        return WorkbookExporterTest.text(s, r, c);
    }

    private static boolean blank(Cell c) {
        return c == null || c.getCellType() == CellType.BLANK;
    }

    @Test
    void allEightSheetsComeInTheIssuesOrderAndSheetsSelects() throws Exception {
        Project p = sample("hokuriku");
        try (XSSFWorkbook wb = export(p, Lang.JA)) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertEquals(List.of("概要", "マネジメント要素", "取組状況の診断", "藤田モデル評価", "ネットワーク指標", "機関一覧", "連携一覧",
                    "定義"), names);
        }
        try (XSSFWorkbook wb = export(p, Lang.EN)) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertEquals(List.of("Summary", "Management matrix", "Progress diagnosis", "Fujita evaluation", "Actor metrics",
                    "Actors", "Ties", "Definitions"), names);
        }
        assertEquals(List.of("summary", "matrix", "progress", "fujita", "metrics", "actors", "ties", "definitions"),
                WorkbookExporter.codes());
        Path out = dir.resolve("sel.xlsx");
        WorkbookExporter.export(p, out, ExportOptions.defaults(Lang.JA).withSheets(List.of("definitions", "fujita")));
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            assertEquals(2, wb.getNumberOfSheets());
            assertEquals("藤田モデル評価", wb.getSheetName(0));
            assertEquals("定義", wb.getSheetName(1));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tokachi", "kobe", "hokuriku"})
    void fujitaSheetHoldsTheEnginesAxesFiguresRatingsAndAssessments(String name) throws Exception {
        Project p = sample(name);
        DiagnosisReport report = ClusterDiagnosis.analyze(p, NetworkFilter.ALL);
        try (XSSFWorkbook wb = export(p, Lang.JA)) {
            XSSFSheet s = wb.getSheet("藤田モデル評価");
            int h = FujitaSheet.HEADER_ROW;
            assertEquals(List.of("評価軸", "指標", "値", "評価", "評価（語）", "所見", "所見の出典"),
                    List.of(text(s, h, 0), text(s, h, 1), text(s, h, 2), text(s, h, 3), text(s, h, 4), text(s, h, 5),
                            text(s, h, 6)));
            int r = h + 1;
            for (FujitaAssessor.AxisAssessment ax : report.fujita()) {
                assertTrue(text(s, r, 0).startsWith(ax.axis().labelJa()), text(s, r, 0));
                Cell rating = cell(s, r, 3);
                if (ax.rating() == null) {
                    assertTrue(blank(rating), "no rating: empty cell");
                    assertEquals("評価できない", text(s, r, 4));
                } else {
                    assertEquals(CellType.NUMERIC, rating.getCellType());
                    assertEquals(ax.rating().doubleValue(), rating.getNumericCellValue());
                    assertEquals(ax.ratingLabelJa(), text(s, r, 4));
                    assertEquals(FujitaSheet.fill(ax.rating()),
                            WorkbookExporterTest.rgb(((XSSFCellStyle) rating.getCellStyle()).getFillForegroundColorColor()));
                }
                String user = ax.userAssessment();
                if (user != null) {
                    assertEquals(user, text(s, r, 5));
                    assertEquals("利用者の記述", text(s, r, 6));
                } else {
                    assertEquals(ax.generatedJa(), text(s, r, 5));
                    assertEquals("自動生成（提案）", text(s, r, 6));
                }
                int first = r;
                for (Map.Entry<String, Object> f : ax.figures().entrySet()) {
                    MetricDefinitions.Definition d = MetricDefinitions.get(MetricDefinitions.Section.NETWORK, f.getKey());
                    assertNotNull(d, "every figure of the engine is defined: " + f.getKey());
                    assertEquals(d.nameJa(), text(s, r, 1));
                    Cell v = cell(s, r, 2);
                    Object expected = f.getValue();
                    if (expected == null || expected instanceof Double x && Double.isNaN(x)) {
                        assertTrue(blank(v), f.getKey() + " undefined: empty");
                    } else if (expected instanceof Number n) {
                        assertEquals(n.doubleValue(), v.getNumericCellValue(), 0.0, f.getKey());
                    } else if (expected instanceof Boolean b) {
                        assertEquals(b ? "はい" : "いいえ", v.getStringCellValue());
                    } else {
                        assertEquals(expected, v.getStringCellValue());
                    }
                    r++;
                }
                // axis, rating and assessment are merged down the axis's rows
                assertTrue(s.getMergedRegions().contains(new CellRangeAddress(first, r - 1, 5, 5)), "assessment merged");
                assertTrue(s.getMergedRegions().contains(new CellRangeAddress(first, r - 1, 0, 0)), "axis merged");
            }
            WorkbookExporterTest.assertPrintSetup(s, p.profile().name(), new CellRangeAddress(h, h, -1, -1));
        }
    }

    @Test
    void userAssessmentWinsAndIsLabelledAsTheUsers() throws Exception {
        Path file = dir.resolve("a.kizuna");
        Project p;
        try (ProjectFile pf = ProjectFile.create(file, "評価テスト")) {
            ClusterProfile prof = pf.snapshot().profile();
            pf.execute(Edits.updateProfile(new ClusterProfile(prof.name(), null, null, null, null, null, null, null,
                    null, null, null, null, Map.of(FujitaAxis.GOVERNANCE, "=統括は弱い"))));
            p = pf.snapshot();
        }
        try (XSSFWorkbook wb = export(p, Lang.EN)) {
            XSSFSheet s = wb.getSheet("Fujita evaluation");
            int gov = -1;
            for (Row row : s) {
                Cell c = row.getCell(0);
                if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith("Governance")) {
                    gov = row.getRowNum();
                }
            }
            assertTrue(gov > 0);
            assertEquals("=統括は弱い", text(s, gov, 5));
            assertTrue(cell(s, gov, 5).getCellStyle().getQuotePrefixed(), "user text that looks like a formula stays text");
            assertEquals("the user", text(s, gov, 6));
            assertEquals("not assessable", text(s, gov, 4), "an empty project cannot be rated");
            assertEquals("generated (suggestion)", text(s, FujitaSheet.HEADER_ROW + 1, 6));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tokachi", "kobe", "hokuriku"})
    void metricsSheetHasOneRowPerActorWithEveryFigureOfTheEngine(String name) throws Exception {
        Project p = sample(name);
        List<ActorFigures> figures = ClusterDiagnosis.analyze(p, NetworkFilter.ALL).actorFigures();
        try (XSSFWorkbook wb = export(p, Lang.EN)) {
            XSSFSheet s = wb.getSheet("Actor metrics");
            List<String> headers = MetricRows.headers(Lang.EN);
            assertEquals(23, headers.size());
            for (int c = 0; c < headers.size(); c++) {
                assertEquals(headers.get(c), text(s, 0, c));
            }
            assertEquals(List.of("name", "kind", "sector", "inside_region", "degree", "in_degree", "out_degree",
                    "betweenness", "betweenness_undirected", "closeness", "pagerank", "clustering", "core",
                    "external_share", "constraint", "effective_size", "efficiency", "brokerage_coordinator",
                    "brokerage_itinerant", "brokerage_gatekeeper", "brokerage_representative", "brokerage_liaison",
                    "connector_hub"), headers);
            assertEquals(figures.size(), s.getLastRowNum(), "one row per actor after the header");
            int empties = 0;
            for (int i = 0; i < figures.size(); i++) {
                ActorFigures f = figures.get(i);
                Row row = s.getRow(i + 1);
                assertEquals(f.actor().name(), row.getCell(0).getStringCellValue());
                assertEquals(f.actor().insideRegion(), row.getCell(3).getBooleanCellValue());
                List<String> codes = MetricRows.codes();
                for (int k = 0; k < codes.size(); k++) {
                    Object expected = MetricRows.value(f, codes.get(k));
                    Cell c = row.getCell(MetricRows.ID_COLUMNS + k);
                    if (expected == null) {
                        assertTrue(blank(c), codes.get(k) + " of " + f.actor().name() + " is undefined: empty cell");
                        empties++;
                    } else if (expected instanceof Boolean b) {
                        assertEquals(CellType.BOOLEAN, c.getCellType());
                        assertEquals(b, c.getBooleanCellValue());
                    } else {
                        assertEquals(CellType.NUMERIC, c.getCellType(), codes.get(k));
                        assertEquals(((Number) expected).doubleValue(), c.getNumericCellValue(), 0.0, codes.get(k));
                        assertEquals(MetricsSheet.styleOf(codes.get(k)).format(), c.getCellStyle().getDataFormatString());
                    }
                }
            }
            boolean isolates = figures.stream().anyMatch(f -> f.degree() == 0);
            assertEquals(isolates, empties > 0, "constraint etc. are empty exactly for isolates");
            assertNotNull(s.getCTWorksheet().getAutoFilter(), "autofilter");
            assertEquals(1, s.getPaneInformation().getHorizontalSplitPosition(), "frozen header");
            WorkbookExporterTest.assertPrintSetup(s, p.profile().name(), new CellRangeAddress(0, 0, -1, -1));
        }
    }

    @Test
    void definitionsSheetDefinesEveryFigureWithFormulaAndReference() throws Exception {
        Project p = sample("tokachi");
        try (XSSFWorkbook wb = export(p, Lang.JA)) {
            XSSFSheet s = wb.getSheet("定義");
            List<String> codes = new ArrayList<>();
            for (Row row : s) {
                Cell c = row.getCell(1);
                if (row.getRowNum() > DefinitionsSheet.HEADER_ROW && c != null && c.getCellType() == CellType.STRING
                        && !c.getStringCellValue().isEmpty()) {
                    codes.add(c.getStringCellValue());
                    String formula = text(s, row.getRowNum(), 2);
                    assertFalse(formula.isBlank(), "formula of " + c.getStringCellValue());
                }
            }
            for (String code : MetricRows.codes()) {
                assertTrue(codes.contains(code), "per-actor figure defined: " + code);
            }
            DiagnosisReport report = ClusterDiagnosis.analyze(p, NetworkFilter.ALL);
            for (FujitaAssessor.AxisAssessment ax : report.fujita()) {
                for (String key : ax.figures().keySet()) {
                    assertTrue(codes.contains(key), "Fujita figure defined: " + key);
                }
                assertTrue(codes.contains(ax.axis().code()), "rating rule of " + ax.axis().code());
            }
            int row = WorkbookExporterTest.findRow(s, "媒介中心性");
            assertTrue(text(s, row, 4).contains("Brandes (2001)"), text(s, row, 4));
            assertTrue(WorkbookExporterTest.findRow(s, MetricDefinitions.REFERENCES.get(0)) > row, "references listed");
            WorkbookExporterTest.assertPrintSetup(s, p.profile().name(),
                    new CellRangeAddress(DefinitionsSheet.HEADER_ROW, DefinitionsSheet.HEADER_ROW, -1, -1));
        }
    }

    @Test
    void summaryShowsTheEnginesSuggestionsWhenTheUserChoseNothing() throws Exception {
        Path file = dir.resolve("s.kizuna");
        Project p;
        try (ProjectFile pf = ProjectFile.create(file, "提案テスト")) {
            long a = pf.execute(Edits.addActor(Actor.of("A", "company", true))).createdIds().get(0);
            long b = pf.execute(Edits.addActor(Actor.of("B", "university", true))).createdIds().get(0);
            pf.execute(Edits.addTie(Tie.of(a, b, "joint_research", false)));
            ClusterProfile prof = pf.snapshot().profile();
            pf.execute(Edits.updateProfile(prof.withTypology(Novelty.NEW, Novelty.NEW, null, null, null)));
            p = pf.snapshot();
        }
        DiagnosisReport report = ClusterDiagnosis.analyze(p, NetworkFilter.ALL);
        assertEquals(ClusterType.FRONTIER, report.typology().suggested());
        try (XSSFWorkbook wb = export(p, Lang.JA)) {
            XSSFSheet s = wb.getSheet("概要");
            int type = WorkbookExporterTest.findRow(s, "クラスターの類型");
            assertEquals(ClusterType.FRONTIER.labelJa() + " （提案）", text(s, type, 1));
            assertTrue(text(s, type + 1, 1).endsWith("（提案）"), "support style of the suggestion");
            int stage = WorkbookExporterTest.findRow(s, "ライフサイクル段階");
            LifeCycleStage suggested = report.lifecycle().suggested();
            assertEquals(suggested.labelJa() + " （提案）", text(s, stage, 1));
            assertEquals("段階の提案の根拠", text(s, stage + 1, 0));
            String reasons = text(s, stage + 1, 1);
            for (var reason : report.lifecycle().reasons()) {
                assertTrue(reasons.contains(reason.textJa()), reasons);
            }
        }
        // the user's choice wins and is labelled as the user's
        try (ProjectFile pf = ProjectFile.open(file)) {
            ClusterProfile prof = pf.snapshot().profile();
            pf.execute(Edits.updateProfile(new ClusterProfile(prof.name(), null, null, null, Novelty.NEW, Novelty.NEW,
                    null, null, ClusterType.TRANSPLANT, LifeCycleStage.MATURITY, null, null, null)));
            p = pf.snapshot();
        }
        try (XSSFWorkbook wb = export(p, Lang.JA)) {
            XSSFSheet s = wb.getSheet("概要");
            assertEquals(ClusterType.TRANSPLANT.labelJa() + " （利用者の選択）",
                    text(s, WorkbookExporterTest.findRow(s, "クラスターの類型"), 1));
            assertEquals(LifeCycleStage.MATURITY.labelJa() + " （利用者の選択）",
                    text(s, WorkbookExporterTest.findRow(s, "ライフサイクル段階"), 1));
            assertEquals(-1, WorkbookExporterTest.findRow(s, "段階の提案の根拠"));
        }
    }

    @Test
    void actorNamesThatLookLikeFormulasStayTextInTheMetricsSheet() throws Exception {
        Path file = dir.resolve("i.kizuna");
        Project p;
        try (ProjectFile pf = ProjectFile.create(file, "inj")) {
            long a = pf.execute(Edits.addActor(Actor.of("=HYPERLINK(\"http://x\",\"y\")", "company", true)))
                    .createdIds().get(0);
            long b = pf.execute(Edits.addActor(Actor.of("+81-3", "company", true))).createdIds().get(0);
            pf.execute(Edits.addTie(Tie.of(a, b, "transaction", true)));
            p = pf.snapshot();
        }
        try (XSSFWorkbook wb = export(p, Lang.JA)) {
            XSSFSheet s = wb.getSheet("ネットワーク指標");
            assertEquals(CellType.STRING, s.getRow(1).getCell(0).getCellType());
            assertEquals("=HYPERLINK(\"http://x\",\"y\")", s.getRow(1).getCell(0).getStringCellValue());
            assertTrue(s.getRow(1).getCell(0).getCellStyle().getQuotePrefixed());
            assertTrue(s.getRow(2).getCell(0).getCellStyle().getQuotePrefixed());
            XSSFSheet f = wb.getSheet("藤田モデル評価");
            for (Row row : f) {
                for (Cell c : row) {
                    assertFalse(c.getCellType() == CellType.FORMULA, "no formula anywhere");
                }
            }
        }
    }
}
