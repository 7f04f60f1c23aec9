// SPDX-License-Identifier: Apache-2.0
package org.kizuna.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kizuna.model.Actor;
import org.kizuna.model.CellRef;
import org.kizuna.model.Element;
import org.kizuna.model.ElementGroup;
import org.kizuna.model.Finding;
import org.kizuna.model.FrameworkTemplate;
import org.kizuna.model.FujitaAxis;
import org.kizuna.model.Judgement;
import org.kizuna.model.Kind;
import org.kizuna.model.LifeCycleStage;
import org.kizuna.model.Mark;
import org.kizuna.model.MatrixCell;
import org.kizuna.model.Period;
import org.kizuna.model.ProgressCell;
import org.kizuna.model.Project;
import org.kizuna.model.Sector;
import org.kizuna.model.Tie;

/**
 * Every kind of edit: execute changes the file, undo brings back exactly the project before it
 * (compared as whole snapshots read from the file), redo brings back exactly the project after it,
 * and all of it is in the file, not only in memory.
 */
class UndoRedoTest {
    @TempDir
    Path dir;

    Path file;
    RichProject r;

    @BeforeEach
    void setUp() throws Exception {
        file = dir.resolve("p.kizuna");
        r = RichProject.build(file);
    }

    static Stream<Arguments> edits() {
        return Stream.of(
                edit("add actor", x -> Edits.addActor(new Actor(0, "新得町", "local_government", Sector.GOVERNMENT,
                        "新得町", null, true, null, List.of("十勝町村会"), null, null, 1.0, 2.0))),
                edit("edit actor", x -> Edits.updateActor(new Actor(x.university, "国立大学法人帯広畜産大学", "university",
                        Sector.ACADEMIA, "帯広市", null, false, "獣医", List.of("新しい協議会"), "メモ", "行の注記",
                        5.0, 6.0))),
                edit("move actors", x -> Edits.moveActors(Map.of(x.university, new double[] {1, 2}, x.bank,
                        new double[] {3, 4}))),
                edit("delete actor with ties, cells, links", x -> Edits.deleteActors(List.of(x.university))),
                edit("delete two actors sharing a tie", x -> Edits.deleteActors(List.of(x.university, x.centre))),
                edit("add tie", x -> Edits.addTie(new Tie(0, x.bank, x.abroad, "transaction", true, 3, 2001, 2003,
                        null, "輸出"))),
                edit("edit tie", x -> Edits.updateTie(new Tie(x.tie1, x.centre, x.university, "personnel", true, 0.5,
                        null, null, org.kizuna.model.Scope.INTERNATIONAL, null))),
                edit("delete ties", x -> Edits.deleteTies(List.of(x.tie1, x.tie2))),
                edit("set cell", x -> Edits.setCell(new MatrixCell(x.bank, x.elemNetwork, List.of(Mark.CORE), "資金"))),
                edit("change cell", x -> Edits.setCell(new MatrixCell(x.university, x.elemLeadership,
                        List.of(Mark.CONTRIBUTES), "変更"))),
                edit("clear cell", x -> Edits.setCell(new MatrixCell(x.university, x.elemLeadership, List.of(), null))),
                edit("paste cells", x -> Edits.setCells(List.of(
                        new MatrixCell(x.bank, x.elemVision, List.of(Mark.WEAK), null),
                        new MatrixCell(x.centre, x.elemVision, List.of(), null),
                        new MatrixCell(x.abroad, x.elemNetwork, List.of(Mark.CORE, Mark.CONTRIBUTES), "国際")))),
                edit("row note", x -> Edits.setRowNote(x.bank, null)),
                edit("add group", x -> Edits.addGroup(new ElementGroup(0, "資金の循環", "Funding", -1))),
                edit("rename group", x -> Edits.updateGroup(new ElementGroup(x.groupVision, "ビジョン", "Vision", 0))),
                edit("delete group", x -> Edits.deleteGroup(x.groupVision)),
                edit("move group", x -> Edits.composite(EditDescription.of("two"), List.of(
                        Edits.addGroup(new ElementGroup(0, "後", null, -1)),
                        Edits.moveGroup(x.groupVision, 1)))),
                edit("add element", x -> Edits.addElement(new Element(0, x.groupVision, "新要素", "New", -1))),
                edit("rename and regroup element", x -> Edits.updateElement(new Element(x.elemNetwork, x.groupVision,
                        "ネットワーク形成・拡大", "Network", 99))),
                edit("delete element with cells and links", x -> Edits.deleteElement(x.elemLeadership)),
                edit("reorder element", x -> Edits.moveElement(x.elemNetwork, 0)),
                edit("add template", x -> Edits.addFramework(FrameworkTemplate.KOBE_8)),
                edit("add period", x -> Edits.addPeriod(new Period(0, "2001～2005年度", 1, false, 2001, 2005))),
                edit("edit period", x -> Edits.updatePeriod(new Period(x.periodPlan, "2010年以降", 0, false, 2010,
                        2020))),
                edit("delete period with progress", x -> Edits.deletePeriod(x.period2000)),
                edit("move period", x -> Edits.movePeriod(x.periodPlan, 0)),
                edit("set progress", x -> Edits.setProgress(new ProgressCell(x.groupVision, x.periodPlan,
                        List.of("A", "B", "C"), Judgement.INSUFFICIENT))),
                edit("clear progress", x -> Edits.setProgress(new ProgressCell(x.groupVision, x.period2000, List.of(),
                        null))),
                edit("add finding", x -> Edits.addFinding(new Finding(0, 0, "新しい課題",
                        Set.of(new CellRef(x.bank, x.elemVision))))),
                edit("edit finding links", x -> Edits.updateFinding(new Finding(x.finding1, 3, "書き換え",
                        Set.of(new CellRef(x.centre, x.elemVision))))),
                edit("delete finding", x -> Edits.deleteFinding(x.finding1)),
                edit("edit profile", x -> Edits.updateProfile(org.kizuna.model.ClusterProfile.named("新しい名前")
                        .withStage(LifeCycleStage.MATURITY, null)
                        .withAssessment(FujitaAxis.DOMESTIC, "国内の評価"))),
                edit("add actor kind", x -> Edits.addActorKind(new Kind("ngo", "NPO", "NGO", false, false))),
                edit("add tie kind", x -> Edits.addTieKind(new Kind("mou", "協定", "MoU", false, false))),
                edit("bulk import", x -> new ImportNetworkCommand(EditDescription.of("import", "x.csv"),
                        List.of(Actor.of("A社", "company", true), Actor.of("B社", "company", false)),
                        List.of(Tie.of(-1, -2, "transaction", true), Tie.of(-2, x.university, "joint_research", false)))));
    }

    private static Arguments edit(String name, Function<RichProject, Command> command) {
        return Arguments.of(name, command);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void undoAndRedoRestoreExactlyTheProject(String name, Function<RichProject, Command> make) throws Exception {
        Project before;
        Project after;
        try (ProjectFile pf = ProjectFile.open(file)) {
            before = pf.snapshot();
            pf.execute(make.apply(r));
            after = pf.snapshot();
            assertNotEquals(before, after, name + " changed nothing");
            pf.history().undo();
            assertEquals(before, pf.snapshot(), "undo of " + name);
            assertTrue(pf.history().canRedo());
            pf.history().redo();
            assertEquals(after, pf.snapshot(), "redo of " + name + " (same rows, same ids)");
            pf.history().undo();
            assertEquals(before, pf.snapshot(), "second undo of " + name);
        }
        try (ProjectFile pf = ProjectFile.open(file)) {
            assertEquals(before, pf.snapshot(), "the undo reached the file");
            pf.execute(make.apply(r));
        }
        try (ProjectFile pf = ProjectFile.open(file)) {
            assertEquals(after, pf.snapshot(), "the edit is in the file as soon as it is made");
        }
    }

    @Test
    void deletingAnActorAndUndoingBringsBackTiesCellsAndFindingLinks() throws Exception {
        try (ProjectFile pf = ProjectFile.open(file)) {
            pf.execute(Edits.deleteActors(List.of(r.university)));
            Project p = pf.snapshot();
            assertNull(p.actor(r.university));
            assertTrue(p.ties().stream().noneMatch(t -> t.sourceId() == r.university || t.targetId() == r.university));
            assertTrue(p.cells().stream().noneMatch(c -> c.actorId() == r.university));
            assertTrue(p.findings().get(0).cells().isEmpty());
            pf.history().undo();
            p = pf.snapshot();
            assertEquals(List.of("十勝産業振興会", "食クラスター連携協議体"), p.actor(r.university).memberships());
            assertEquals(3, p.ties().size());
            assertEquals(2, p.findings().get(0).cells().size());
            assertEquals("◎△", p.cell(r.university, r.elemLeadership).display());
        }
    }

    @Test
    void historyNamesTheEditAndANewEditClearsRedo() throws Exception {
        try (ProjectFile pf = ProjectFile.open(file)) {
            assertFalse(pf.history().canUndo(), "a freshly opened file has no history");
            long rev = pf.history().revision();
            long[] heard = {0};
            pf.history().addListener(v -> heard[0] = v);
            pf.execute(Edits.addTie(Tie.of(r.bank, r.university, "funding", true)));
            assertEquals(rev + 1, heard[0]);
            assertEquals(EditDescription.of("addTie", "帯広信用金庫", "帯広畜産大学"),
                    pf.history().undoDescription().orElseThrow(), "the edit is named with the actors' names");
            pf.execute(Edits.deleteActors(java.util.List.of(r.abroad)));
            assertEquals(EditDescription.of("deleteActor", "Wageningen University"),
                    pf.history().undoDescription().orElseThrow());
            pf.history().undo();
            pf.history().undo();
            assertTrue(pf.history().redoDescription().isPresent());
            pf.execute(Edits.setRowNote(r.bank, "x"));
            assertFalse(pf.history().canRedo());
        }
    }

    @Test
    void undoStackIsBounded() throws Exception {
        try (ProjectFile pf = ProjectFile.open(file)) {
            for (int i = 0; i < EditHistory.DEFAULT_LIMIT + 20; i++) {
                pf.execute(Edits.setRowNote(r.bank, "note " + i));
            }
            int undone = 0;
            while (pf.history().canUndo()) {
                pf.history().undo();
                undone++;
            }
            assertEquals(EditHistory.DEFAULT_LIMIT, undone);
            assertEquals("note 19", pf.snapshot().actor(r.bank).matrixNote());
        }
    }
}
