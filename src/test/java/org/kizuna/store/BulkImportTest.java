// SPDX-License-Identifier: Apache-2.0
package org.kizuna.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.model.Actor;
import org.kizuna.model.Project;
import org.kizuna.model.Tie;

/**
 * A large import rebuilds the tie indexes inside its transaction; the indexes must be there after
 * the import, after its undo, and after an import that failed half-way through its inserts.
 */
class BulkImportTest {
    @TempDir
    Path dir;

    private static final int N = 30_000;

    private static List<Actor> actors() {
        List<Actor> out = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            out.add(Actor.of("firm " + i, "company", i % 2 == 0));
        }
        return out;
    }

    private static List<Tie> chain(long lastTarget) {
        List<Tie> ties = new ArrayList<>();
        for (int i = 1; i < N; i++) {
            ties.add(Tie.of(-i, -(i + 1), "transaction", true));
        }
        ties.add(Tie.of(-1, lastTarget, "transaction", true));
        return ties;
    }

    @Test
    void largeImportKeepsTheIndexesThroughUndoAndRedo() throws Exception {
        Path file = dir.resolve("b.kizuna");
        try (ProjectFile pf = ProjectFile.create(file, "b")) {
            pf.execute(new ImportNetworkCommand(EditDescription.of("import", "chain"), actors(), chain(-N)));
            assertEquals(N, pf.snapshot().ties().size());
            pf.history().undo();
            assertEquals(0, pf.snapshot().ties().size());
            pf.history().redo();
            assertEquals(N, pf.snapshot().actors().size());
        }
        assertEquals(List.of("tie_source", "tie_target"), tieIndexes(file));
    }

    @Test
    void importFailingMidInsertLeavesProjectAndIndexesAsTheyWere() throws Exception {
        Path file = dir.resolve("b.kizuna");
        Project before;
        try (ProjectFile pf = ProjectFile.create(file, "b")) {
            before = pf.snapshot();
            // The last tie points at an actor id that does not exist: the foreign key fails after
            // every other row (and the index drop) has been written inside the transaction.
            assertThrows(StoreException.class, () -> pf.execute(new ImportNetworkCommand(
                    EditDescription.of("import", "broken"), actors(), chain(999_999))));
            assertEquals(before, pf.snapshot());
        }
        assertEquals(List.of("tie_source", "tie_target"), tieIndexes(file));
    }

    private static List<String> tieIndexes(Path file) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(
                     "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'tie' ORDER BY name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
