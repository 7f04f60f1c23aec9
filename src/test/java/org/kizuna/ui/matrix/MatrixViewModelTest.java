// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.analysis.ClusterDiagnosis;
import org.kizuna.analysis.Coverage;
import org.kizuna.analysis.NetworkFilter;
import org.kizuna.exchange.sample.SampleProjects;
import org.kizuna.model.Actor;
import org.kizuna.model.CellRef;
import org.kizuna.model.Element;
import org.kizuna.model.Finding;
import org.kizuna.model.FrameworkTemplate;
import org.kizuna.model.Mark;
import org.kizuna.model.Project;
import org.kizuna.model.Sector;
import org.kizuna.store.ProjectFile;

/** The matrix page's decisions on real project files, without the JavaFX toolkit. */
class MatrixViewModelTest {
    @TempDir
    Path dir;

    private ProjectFile file;

    @BeforeEach
    void open() throws Exception {
        Path p = dir.resolve("tokachi.kizuna");
        SampleProjects.create("tokachi", p);
        file = ProjectFile.open(p);
    }

    @AfterEach
    void close() {
        file.close();
    }

    private MatrixViewModel vm() {
        return new MatrixViewModel(file.snapshot(), true);
    }

    /** The seed's table, as transcribed in the fixture (test resources, never ../shared). */
    static List<List<String>> fixture() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (var in = MatrixViewModelTest.class.getResourceAsStream("/fixtures/tokachi-management-matrix.tsv")) {
            assertNotNull(in);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                List<String> cells = new ArrayList<>(List.of(line.split("\t", -1)));
                rows.add(cells);
            }
        }
        return rows;
    }

    @Test
    void tokachiReadsLikeTheSeedTable() throws Exception {
        MatrixViewModel vm = vm();
        List<List<String>> seed = fixture();
        List<String> header = seed.get(0);
        assertEquals(header.size() - 2, vm.columns().size());
        for (int c = 0; c < vm.columns().size(); c++) {
            assertEquals(header.get(c + 1), vm.columns().get(c).element().nameJa());
        }
        assertEquals(seed.size() - 1, vm.rows().size());
        for (int r = 1; r < seed.size(); r++) {
            List<String> line = seed.get(r);
            Actor a = vm.rows().get(r - 1);
            assertEquals(line.get(0), a.name());
            for (int c = 0; c < vm.columns().size(); c++) {
                assertEquals(line.get(c + 1), vm.text(a.id(), vm.columns().get(c).id()), a.name() + " × " + header.get(c
                        + 1));
            }
            String note = line.get(line.size() - 1);
            assertEquals(note.isEmpty() ? null : note, a.matrixNote());
        }
        assertFalse(vm.grouped());
    }

    @Test
    void totalsAndUncoveredColumns() {
        MatrixViewModel vm = vm();
        long research = vm.columns().get(2).id();
        assertEquals(new MatrixViewModel.Totals(2, 1, 0), vm.totals(research));
        assertEquals("◎2 ○1 △0", vm.totalsText(research));
        long hr = vm.columns().get(12).id();
        assertEquals(new MatrixViewModel.Totals(1, 2, 1), vm.totals(hr));
        // The gap rule (Coverage): three columns have no mark (red); Leadership has only △ (amber).
        // Before issue 14 the matrix painted all four red while the diagnosis counted three.
        assertEquals(List.of("地元資源との結びつけ", "ネットワーク形成", "資金の循環"),
                vm.uncoveredElements().stream().map(Element::nameJa).toList());
        assertEquals(List.of("リーダーシップ"), vm.weakOnlyElements().stream().map(Element::nameJa).toList());
        assertEquals(Coverage.WEAK_ONLY, vm.coverage(vm.weakOnlyElements().get(0).id()));
        // ...and they are the diagnosis's gaps on the same snapshot: one rule, one answer.
        var diagnosis = ClusterDiagnosis.analyze(file.snapshot(), NetworkFilter.ALL).coverage();
        assertEquals(diagnosis.uncovered(), vm.uncoveredElements());
        assertEquals(diagnosis.weakOnly(), vm.weakOnlyElements());
        Actor univ = vm.rows().get(0);
        assertEquals(3, vm.heat(univ.id(), research));
        assertEquals(0, vm.heat(univ.id(), vm.columns().get(0).id()));
    }

    @Test
    void marksSetAddAndClearAndKeepTheAnnotation() {
        MatrixViewModel vm = vm();
        Actor univ = vm.rows().get(0);
        CellRef research = new CellRef(univ.id(), vm.columns().get(2).id()); // ◎ 畜産
        file.execute(vm.mark(List.of(research), Mark.CONTRIBUTES, false).orElseThrow());
        vm.setProject(file.snapshot());
        assertEquals("○ 畜産", vm.text(univ.id(), research.elementId()));
        file.execute(vm.mark(List.of(research), Mark.WEAK, true).orElseThrow());
        vm.setProject(file.snapshot());
        assertEquals("○△ 畜産", vm.text(univ.id(), research.elementId()));
        // Shift with a mark the cell has takes it away.
        file.execute(vm.mark(List.of(research), Mark.CONTRIBUTES, true).orElseThrow());
        vm.setProject(file.snapshot());
        assertEquals("△ 畜産", vm.text(univ.id(), research.elementId()));
        file.execute(vm.annotate(research, "育種").orElseThrow());
        vm.setProject(file.snapshot());
        assertEquals("△ 育種", vm.text(univ.id(), research.elementId()));
        file.execute(vm.annotate(research, "◎ 畜産").orElseThrow());
        vm.setProject(file.snapshot());
        assertEquals("◎ 畜産", vm.text(univ.id(), research.elementId()));
        assertTrue(vm.mark(List.of(research), Mark.CORE, false).isEmpty(), "nothing changes, no edit");
        file.execute(vm.clear(List.of(research)).orElseThrow());
        vm.setProject(file.snapshot());
        assertEquals("", vm.text(univ.id(), research.elementId()));
        assertNull(file.snapshot().cell(univ.id(), research.elementId()));
    }

    @Test
    void pasteIsOneStepAndRefusesACellThatDoesNotParse() {
        MatrixViewModel vm = vm();
        int before = file.snapshot().cells().size();
        MatrixViewModel.PasteResult bad = vm.paste(3, 0, "◎ 金融\t○\r\n畜産 ◎\t\r\n", List.of());
        assertFalse(bad.ok());
        assertEquals(1, bad.problems().size());
        assertEquals(new MatrixViewModel.PasteProblem("matrix.paste.badCell", 2, 1, "畜産 ◎"), bad.problems().get(0));
        MatrixViewModel.PasteResult outside = vm.paste(4, 12, "◎\t○\n", List.of());
        assertFalse(outside.ok());
        assertEquals("matrix.paste.outside", outside.problems().get(0).key());

        MatrixViewModel.PasteResult ok = vm.paste(3, 0, "◎ 金融\t○\r\n\t◎△\r\n", List.of());
        assertTrue(ok.ok());
        assertEquals(4, ok.cellCount());
        file.execute(ok.command());
        vm.setProject(file.snapshot());
        Actor bank = vm.rows().get(3);
        Actor city = vm.rows().get(4);
        assertEquals("◎ 金融", vm.text(bank.id(), vm.columns().get(0).id()));
        assertEquals("○", vm.text(bank.id(), vm.columns().get(1).id()));
        assertEquals("", vm.text(city.id(), vm.columns().get(0).id()), "an empty pasted cell empties the cell (△ gone)");
        assertEquals("◎△", vm.text(city.id(), vm.columns().get(1).id()));
        file.history().undo();
        assertEquals(before, file.snapshot().cells().size());
        vm.setProject(file.snapshot());
        assertEquals("△", vm.text(city.id(), vm.columns().get(0).id()));
    }

    @Test
    void aSingleValueFillsTheSelection() {
        MatrixViewModel vm = vm();
        Actor bank = vm.rows().get(3);
        List<CellRef> sel = List.of(new CellRef(bank.id(), vm.columns().get(0).id()),
                new CellRef(bank.id(), vm.columns().get(1).id()));
        MatrixViewModel.PasteResult r = vm.paste(3, 0, "△\n", sel);
        assertEquals(2, r.cellCount());
    }

    @Test
    void copyWritesTheSeedFormatAsExcelReadsIt() {
        MatrixViewModel vm = vm();
        assertEquals("\t\t◎ 畜産\r\n△\t○ 食品\t◎\r\n", vm.copy(0, 0, 1, 2));
        assertEquals(List.of(List.of("a\tb", "c"), List.of("x\"y", "")),
                MatrixTsv.parse(MatrixTsv.format(List.of(List.of("a\tb", "c"), List.of("x\"y", "")))));
        assertEquals(List.of(List.of("◎", ""), List.of("○ 食品")), MatrixTsv.parse("◎\t\n○ 食品"));
    }

    @Test
    void filterAndSortRows() {
        MatrixViewModel vm = vm();
        vm.setSectorFilter(Sector.GOVERNMENT);
        assertEquals(List.of("十勝圏地域食品加工技術センター", "農業系の公的研究機関・公設試験研究機関", "自治体"),
                vm.rows().stream().map(Actor::name).toList());
        vm.setSectorFilter(null);
        vm.setKindFilter("university");
        assertEquals(List.of("帯広畜産大学"), vm.rows().stream().map(Actor::name).toList());
        vm.setKindFilter(null);
        vm.setSortOrder(MatrixViewModel.SortOrder.SECTOR);
        assertEquals("帯広畜産大学", vm.rows().get(0).name());
        assertEquals("帯広信用金庫", vm.rows().get(4).name());
        vm.setProject(file.snapshot());
        assertEquals("帯広信用金庫", vm.rows().get(4).name(), "the order survives a new snapshot");
    }

    @Test
    void findingsLinkUnlinkMoveAndDeleteRenumbers() {
        MatrixViewModel vm = vm();
        assertEquals(5, vm.findings().size());
        Finding fifth = vm.findings().get(4);
        assertTrue(fifth.cells().isEmpty());
        Actor city = vm.rows().get(4);
        CellRef leadership = new CellRef(city.id(), vm.columns().get(0).id());
        file.execute(vm.toggleLink(fifth.id(), List.of(leadership)).orElseThrow());
        vm.setProject(file.snapshot());
        assertEquals(Set.of(leadership), vm.finding(fifth.id()).cells());
        assertEquals("⑤", vm.findingLabels(city.id(), leadership.elementId()));
        file.execute(vm.toggleLink(fifth.id(), List.of(leadership)).orElseThrow());
        vm.setProject(file.snapshot());
        assertTrue(vm.finding(fifth.id()).cells().isEmpty());

        file.execute(vm.moveFinding(fifth.id(), -1).orElseThrow());
        vm.setProject(file.snapshot());
        assertEquals(4, vm.finding(fifth.id()).number());
        Finding first = vm.findings().get(0);
        file.execute(vm.deleteFinding(first.id()).orElseThrow());
        vm.setProject(file.snapshot());
        assertEquals(List.of(1, 2, 3, 4), vm.findings().stream().map(Finding::number).toList());
        assertEquals(3, vm.finding(fifth.id()).number());
        file.history().undo();
        vm.setProject(file.snapshot());
        assertEquals(5, vm.findings().size(), "delete and renumber are one step");
        assertEquals(4, vm.finding(fifth.id()).number());
        file.execute(vm.addFinding("危機意識", Set.of()));
        vm.setProject(file.snapshot());
        assertEquals(6, vm.findings().get(5).number());
    }

    @Test
    void theFindingASnapshotAddsIsTheOneThePanelSelects() {
        MatrixViewModel vm = vm();
        assertTrue(vm.appearedFinding().isEmpty(), "the first snapshot adds nothing");
        long id = file.execute(vm.addFinding("危機意識", Set.of())).createdIds().get(0);
        vm.setProject(file.snapshot());
        assertEquals(id, vm.appearedFinding().orElseThrow().id());
        vm.setProject(file.snapshot());
        assertTrue(vm.appearedFinding().isEmpty(), "only the snapshot that added it");
        file.history().undo();
        vm.setProject(file.snapshot());
        assertTrue(vm.appearedFinding().isEmpty());
        file.history().redo();
        vm.setProject(file.snapshot());
        assertEquals(id, vm.appearedFinding().orElseThrow().id(), "redo brings it back");
        assertEquals("危機意識", vm.appearedFinding().orElseThrow().text());
        file.execute(vm.editFinding(id, "危機意識の不足").orElseThrow());
        vm.setProject(file.snapshot());
        assertTrue(vm.appearedFinding().isEmpty(), "an edit adds nothing");
        Finding first = vm.findings().get(0);
        file.execute(vm.deleteFinding(first.id()).orElseThrow());
        vm.setProject(file.snapshot());
        assertTrue(vm.appearedFinding().isEmpty());
        file.history().undo();
        vm.setProject(file.snapshot());
        assertEquals(first.id(), vm.appearedFinding().orElseThrow().id(), "undoing a delete brings it back");
    }

    @Test
    void rowsAddAndDeleteActors() {
        MatrixViewModel vm = vm();
        assertEquals("matrix.addRow.exists", vm.rowNameProblem("自治体"));
        assertEquals("matrix.addRow.empty", vm.rowNameProblem(" "));
        vm.setKindFilter("support_body");
        file.execute(vm.addRow("とかち財団", null));
        Actor added = file.snapshot().actorNamed("とかち財団");
        assertEquals("support_body", added.kind());
        vm.setProject(file.snapshot());
        file.execute(vm.setRowNote(added.id(), "支援機関").orElseThrow());
        assertEquals("支援機関", file.snapshot().actor(added.id()).matrixNote());
        file.execute(vm.deleteRows(List.of(added.id())));
        assertNull(file.snapshot().actorNamed("とかち財団"));
    }

    @Test
    void headersBreakIntoShortBalancedLines() {
        assertEquals("ビジョン、\nクリティ\nカルマス\n達成", MatrixViewModel.headerLines("ビジョン、クリティカルマス達成", 4));
        assertEquals("リーダー\nシップ", MatrixViewModel.headerLines("リーダーシップ", 4));
        assertEquals("メンバー\nの技術\n吸収", MatrixViewModel.headerLines("メンバーの技術吸収", 4));
        assertEquals("能力向上", MatrixViewModel.headerLines("能力向上", 4));
        assertEquals("Members'\ntechnology\nabsorption", MatrixViewModel.headerLines("Members' technology absorption", 4));
    }

    @Test
    void groupedFrameworkHasSpansAndTheEditorMovesWithinAGroup() throws Exception {
        try (ProjectFile kobe = ProjectFile.create(dir.resolve("k.kizuna"), "k")) {
            kobe.execute(new FrameworkEditorModel(kobe.snapshot()).template(FrameworkTemplate.KOBE_8));
            Project p = kobe.snapshot();
            MatrixViewModel vm = new MatrixViewModel(p, true);
            assertTrue(vm.grouped());
            assertEquals(8, vm.groupSpans().size());
            assertEquals(List.of("ビジョン", "リーダーシップ"),
                    vm.groupSpans().get(0).columns().stream().map(c -> c.element().nameJa()).toList());

            FrameworkEditorModel m = new FrameworkEditorModel(p);
            Element leadership = m.ordered().get(1);
            assertTrue(m.move(leadership, 1).isEmpty(), "the next element is in another group");
            kobe.execute(m.move(leadership, -1).orElseThrow());
            m.setProject(kobe.snapshot());
            assertEquals("リーダーシップ", m.ordered().get(0).nameJa());
            Element vision = m.ordered().get(1);
            kobe.execute(m.edit(vision, "ビジョン策定", "Vision making", null).orElseThrow());
            m.setProject(kobe.snapshot());
            assertEquals("ビジョン策定", m.ordered().get(m.ordered().size() - 1).nameJa(),
                    "ungrouped elements come after the groups");
            kobe.execute(m.addElement("地域ブランド", "Regional brand", null));
            m.setProject(kobe.snapshot());
            assertEquals("地域ブランド", m.ordered().get(m.ordered().size() - 1).nameJa());
            kobe.execute(m.delete(m.ordered().get(m.ordered().size() - 1)));
            m.setProject(kobe.snapshot());
            assertEquals(14, m.ordered().size(), "the Kobe template's 14 elements");
        }
    }
}
