// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.progress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.model.ElementGroup;
import org.kizuna.model.Judgement;
import org.kizuna.model.Period;
import org.kizuna.model.ProgressCell;
import org.kizuna.ui.SampleSession;
import org.kizuna.ui.session.ProjectSession;

/** The progress table's decisions without a toolkit, on a real Kobe demo file. */
class ProgressViewModelTest {
    @TempDir
    Path dir;

    private SampleSession sample;
    private ProjectSession session;
    private ProgressViewModel vm;

    private ProgressViewModel open(Locale locale) throws Exception {
        sample = SampleSession.open(dir, "kobe", locale);
        session = sample.session();
        vm = new ProgressViewModel(session);
        return vm;
    }

    @AfterEach
    void close() {
        if (vm != null) {
            vm.dispose();
        }
        if (sample != null) {
            sample.closeAndCheck();
        }
    }

    private ElementGroup group(int row) {
        return vm.grid().groups().get(row);
    }

    private Period period(int column) {
        return vm.grid().periods().get(column);
    }

    private ProgressCell cell(int row, int column) {
        return vm.grid().cell(group(row).id(), period(column).id());
    }

    @Test
    void cellsReadAsTheSeedPrintsThem() throws Exception {
        open(Locale.JAPANESE);
        assertEquals(List.of("2000年まで", "2001～2005年度", "2006年度～", "未定、'10以降"),
                vm.grid().periods().stream().map(Period::name).toList());
        assertTrue(period(3).plan());
        assertEquals("○理研 発生・再生科学設置\n○研究プロジェクト実施", vm.cellText(cell(1, 1)));
        assertEquals("○分子イメージング拠点\n（かなり進展）", vm.cellText(cell(1, 2)));
        assertEquals("", vm.cellText(cell(2, 0)));
        assertEquals("2001–2005", ProgressViewModel.yearsText(period(1)));
        assertEquals("–2000", ProgressViewModel.yearsText(period(0)));
        assertEquals("2010–", ProgressViewModel.yearsText(period(3)));
    }

    @Test
    void englishShowsTheJudgementInEnglish() throws Exception {
        open(Locale.ENGLISH);
        assertEquals("○分子イメージング拠点\n(considerable progress)", vm.cellText(cell(1, 2)));
        assertEquals("none", vm.judgementLabel(null));
    }

    @Test
    void initiativesAreAddedEditedMovedAndDeletedEachAsOneUndoableStep() throws Exception {
        open(Locale.JAPANESE);
        long g = group(2).id();
        long p = period(0).id();
        vm.addInitiative(g, p, "技術移転の試行");
        vm.addInitiative(g, p, "○交流会");
        assertEquals(List.of("技術移転の試行", "交流会"), vm.grid().cell(g, p).initiatives());
        vm.moveInitiative(g, p, 1, -1);
        assertEquals(List.of("交流会", "技術移転の試行"), vm.grid().cell(g, p).initiatives());
        vm.editInitiative(g, p, 0, "研究交流会");
        vm.setJudgement(g, p, Judgement.INSUFFICIENT);
        assertEquals(new ProgressCell(g, p, List.of("研究交流会", "技術移転の試行"), Judgement.INSUFFICIENT),
                vm.grid().cell(g, p));
        vm.deleteInitiative(g, p, 1);
        assertEquals(List.of("研究交流会"), vm.grid().cell(g, p).initiatives());
        session.undo();
        assertEquals(List.of("研究交流会", "技術移転の試行"), vm.grid().cell(g, p).initiatives());
        long revision = session.revisionProperty().get();
        vm.setCell(g, p, List.of("研究交流会", " 技術移転の試行 "), Judgement.INSUFFICIENT);
        assertEquals(revision, session.revisionProperty().get(), "an unchanged cell writes nothing");
        vm.clearCell(g, p);
        assertTrue(vm.grid().cell(g, p).isEmpty());
    }

    @Test
    void periodsAreAddedRenamedMovedAndOnePlanIsKept() throws Exception {
        open(Locale.JAPANESE);
        List<Long> created = new ArrayList<>();
        vm.addPeriod("'15以降", created::add);
        assertEquals(1, created.size());
        assertEquals("'15以降", period(4).name());
        assertTrue(vm.setPeriodYears(created.get(0), "2015-"));
        assertEquals(2015, period(4).startYear());
        assertNull(period(4).endYear());
        assertFalse(vm.setPeriodYears(created.get(0), "2020-2015"));
        assertFalse(vm.errorProperty().get().isEmpty());
        assertFalse(vm.renamePeriod(created.get(0), "  "));
        assertTrue(vm.renamePeriod(created.get(0), "2015年以降"));
        assertTrue(vm.errorProperty().get().isEmpty());
        vm.togglePlan(created.get(0));
        assertEquals(List.of(false, false, false, false, true),
                vm.grid().periods().stream().map(Period::plan).toList(), "one plan only");
        session.undo();
        assertTrue(period(3).plan(), "marking the plan is one step");
        assertFalse(period(4).plan());
        vm.movePeriod(created.get(0), -1);
        assertEquals("2015年以降", period(3).name());
        vm.movePeriodTo(created.get(0), 0);
        assertEquals("2015年以降", period(0).name());
        vm.movePeriod(created.get(0), -1); // at the left end already
        assertEquals("2015年以降", period(0).name());
        vm.deletePeriod(period(2).id());
        assertEquals(4, vm.grid().periods().size());
        session.undo();
        assertEquals("○分子イメージング拠点\n（かなり進展）", vm.cellText(cell(1, 3)), "deleting is undone with its cells");
    }

    @Test
    void rowsAreAddedRenamedInTheUiLanguageAndMoved() throws Exception {
        open(Locale.JAPANESE);
        List<Long> created = new ArrayList<>();
        vm.addGroup("評価の仕組み", created::add);
        assertEquals("評価の仕組み", group(8).nameJa());
        vm.renameGroup(created.get(0), "評価・改善の仕組み");
        assertEquals("評価・改善の仕組み", group(8).nameJa());
        vm.moveGroup(created.get(0), -1);
        assertEquals("評価・改善の仕組み", group(7).nameJa());
        assertFalse(vm.renameGroup(created.get(0), ""));
    }

    @Test
    void yearsAndEditorTextAreParsedForgivingly() {
        assertArrayEquals(new Integer[] {2001, 2005}, ProgressViewModel.parseYears("2001～2005"));
        assertArrayEquals(new Integer[] {null, 2000}, ProgressViewModel.parseYears("-2000"));
        assertArrayEquals(new Integer[] {2010, null}, ProgressViewModel.parseYears("2010 -"));
        assertArrayEquals(new Integer[] {2003, 2003}, ProgressViewModel.parseYears("2003"));
        assertArrayEquals(new Integer[] {null, null}, ProgressViewModel.parseYears(" "));
        assertNull(ProgressViewModel.parseYears("soon"));
        assertEquals(List.of("a", "b c"), ProgressViewModel.parseInitiatives("○a\n\n  ○ b c \n"));
        ProgressViewModel.TextEdit moved = ProgressViewModel.moveLine("one\ntwo\nthree", 5, -1);
        assertEquals("two\none\nthree", moved.text());
        assertEquals(1, moved.caret());
        assertEquals("one\ntwo\nthree", ProgressViewModel.moveLine("one\ntwo\nthree", 0, -1).text());
        assertEquals("one\nthree\ntwo", ProgressViewModel.moveLine("one\ntwo\nthree", 13, -1).text());
    }
}
