// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.exchange.xlsx.ExportOptions;
import org.kizuna.exchange.xlsx.WorkbookExporter;
import org.kizuna.exchange.xlsx.WorkbookImporter;
import org.kizuna.model.Actor;
import org.kizuna.model.Element;
import org.kizuna.model.ElementGroup;
import org.kizuna.model.Mark;
import org.kizuna.model.MatrixCell;
import org.kizuna.model.Project;
import org.kizuna.store.Edits;
import org.kizuna.store.ProjectFile;

/**
 * The smallest failing case, on the path with foreign-key checks ON (an import that also
 * sets matrix cells runs the bulk insert inside a composite command): 2 new actors and 100 ties,
 * and actors with more memberships than one insert statement holds. New actors must be written
 * before the ties and memberships that name them.
 */
class ImportPlanReferencesTest {
    @TempDir
    Path dir;

    @Test
    void twoNewActorsAndAHundredTiesWithAMatrix() throws Exception {
        ImportPlan plan = new ImportPlan();
        plan.actors.add(Actor.of("P", "other", true));
        plan.actors.add(new Actor(0, "Q", "other", null, null, null, true, null, memberships(250), null, null, null,
                null));
        for (int i = 0; i < 100; i++) {
            plan.ties.add(new ImportPlan.TieSpec(ImportPlan.Ref.created(i % 2), ImportPlan.Ref.created(1 - i % 2),
                    "other", false, 1.0, null, null, null, "tie " + i));
        }
        plan.groups.add(new ImportPlan.GroupSpec("G", null));
        plan.elements.add(new ImportPlan.ElementSpec("E", null, ImportPlan.Ref.created(0)));
        plan.cells.add(new ImportPlan.CellSpec(ImportPlan.Ref.created(1), ImportPlan.Ref.created(0),
                List.of(Mark.CORE), null));
        try (ProjectFile pf = ProjectFile.create(dir.resolve("p.kizuna"), "p")) {
            pf.execute(plan.toCommand("plan"));
            Project p = pf.snapshot();
            assertEquals(2, p.actors().size());
            assertEquals(100, p.ties().size());
            assertEquals(250, p.actors().get(1).memberships().size());
            assertEquals(1, p.cells().size());
            pf.history().undo();
            assertEquals(0, pf.snapshot().actors().size());
            pf.history().redo();
            assertEquals(100, pf.snapshot().ties().size());
        }
    }

    @Test
    void aWorkbookWithAMatrixComesBack() throws Exception {
        Path original = dir.resolve("o.kizuna");
        Project source;
        try (ProjectFile pf = ProjectFile.create(original, "o")) {
            pf.execute(Edits.addActor(Actor.of("P", "company", true)));
            pf.execute(Edits.addActor(new Actor(0, "Q", "university", null, null, null, true, null, memberships(150),
                    null, null, null, null)));
            long p = pf.snapshot().actors().get(0).id();
            long q = pf.snapshot().actors().get(1).id();
            for (int i = 0; i < 101; i++) {
                pf.execute(Edits.addTie(new org.kizuna.model.Tie(0, i % 2 == 0 ? p : q, i % 2 == 0 ? q : p,
                        "joint_research", false, 1 + i, null, null, null, null)));
            }
            long g = pf.execute(Edits.addGroup(new ElementGroup(0, "グループ", null, -1))).createdIds().get(0);
            long e = pf.execute(Edits.addElement(new Element(0, g, "要素", null, -1))).createdIds().get(0);
            pf.execute(Edits.setCell(new MatrixCell(q, e, List.of(Mark.CONTRIBUTES), "注記")));
            source = pf.snapshot();
        }
        Path xlsx = dir.resolve("o.xlsx");
        WorkbookExporter.export(source, xlsx, ExportOptions.defaults(Lang.JA));
        try (ProjectFile pf = ProjectFile.create(dir.resolve("c.kizuna"), "c")) {
            WorkbookImporter.importInto(pf, xlsx, ImportOptions.STRICT);
            Project copy = pf.snapshot();
            assertEquals(ProjectComparison.actors(source), ProjectComparison.actors(copy));
            assertEquals(ProjectComparison.ties(source), ProjectComparison.ties(copy));
            assertEquals(ProjectComparison.matrix(source), ProjectComparison.matrix(copy));
        }
    }

    private static List<String> memberships(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add("club " + i);
        }
        return out;
    }
}
