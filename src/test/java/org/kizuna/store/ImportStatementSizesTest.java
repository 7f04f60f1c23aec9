// SPDX-License-Identifier: Apache-2.0
package org.kizuna.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.model.Actor;
import org.kizuna.model.Project;
import org.kizuna.model.Tie;

/**
 * Imports insert their rows {@value RowInserter#ROWS} to a statement; every row must arrive, in
 * order, with its values, whether the count is below, at or across a statement's size, and undo and
 * redo (which writes the rows back the same way) must give the same project.
 */
class ImportStatementSizesTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {1, 2, RowInserter.ROWS - 1, RowInserter.ROWS, RowInserter.ROWS + 1, 3 * RowInserter.ROWS + 7})
    void everyRowArrivesWithItsValues(int n) throws Exception {
        List<Actor> actors = new ArrayList<>();
        List<Tie> ties = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Actor a = Actor.of("機関 " + i, i % 3 == 0 ? "university" : "company", i % 2 == 0)
                    .withNotes(i % 4 == 0 ? null : "note " + i)
                    .withMemberships(i % 5 == 0 ? List.of("会 " + i, "group " + i) : List.of())
                    .withPosition(i % 2 == 0 ? null : i * 1.5, i % 2 == 0 ? null : -i * 0.5);
            actors.add(a);
            // a chain back to the first actor, then a second tie kind every third row
            if (i > 0) {
                ties.add(new Tie(0, -(i + 1), -i, i % 3 == 0 ? "funding" : "joint_research", i % 2 == 0,
                        1 + i % 4, i % 7 == 0 ? null : 1990 + i % 30, null, null, i % 6 == 0 ? "t" + i : null));
            }
        }
        Path file = dir.resolve("sizes.kizuna");
        try (ProjectFile pf = ProjectFile.create(file, "sizes")) {
            pf.execute(new ImportNetworkCommand(EditDescription.of("import", "sizes"), actors, ties));
            Project imported = pf.snapshot();
            assertImported(actors, ties, imported);
            pf.history().undo();
            assertEquals(0, pf.snapshot().actors().size());
            assertEquals(0, pf.snapshot().ties().size());
            pf.history().redo();
            assertEquals(imported, pf.snapshot());
        }
        try (ProjectFile pf = ProjectFile.open(file)) {
            assertImported(actors, ties, pf.snapshot());
        }
    }

    private static void assertImported(List<Actor> actors, List<Tie> ties, Project p) {
        assertEquals(actors.size(), p.actors().size());
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < actors.size(); i++) {
            Actor want = actors.get(i);
            Actor got = p.actors().get(i);
            ids.add(got.id());
            assertEquals(want.name(), got.name());
            assertEquals(want.kind(), got.kind());
            assertEquals(want.insideRegion(), got.insideRegion());
            assertEquals(want.notes(), got.notes());
            assertEquals(want.memberships(), got.memberships());
            assertEquals(want.x(), got.x());
            assertEquals(want.y(), got.y());
        }
        assertEquals(ties.size(), p.ties().size());
        for (int i = 0; i < ties.size(); i++) {
            Tie want = ties.get(i);
            Tie got = p.ties().get(i);
            assertEquals(ids.get((int) -want.sourceId() - 1), got.sourceId());
            assertEquals(ids.get((int) -want.targetId() - 1), got.targetId());
            assertEquals(want.kind(), got.kind());
            assertEquals(want.directed(), got.directed());
            assertEquals(want.strength(), got.strength());
            assertEquals(want.startYear(), got.startYear());
            assertEquals(want.notes(), got.notes());
        }
    }
}
