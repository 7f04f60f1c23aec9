// SPDX-License-Identifier: Apache-2.0
package org.kizuna.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.model.Actor;
import org.kizuna.model.Project;

/**
 * Pinned actors (schema version 2): a version-1 file is upgraded in place with every actor
 * unpinned and its data kept; pinning is saved in the file, survives a reopen, is one undoable
 * step, and an edit of the actor's fields leaves the pin alone. A file newer than version 2 is
 * still refused untouched.
 */
class PinnedActorsTest {
    @TempDir
    Path dir;

    /** A project file exactly as Kizuna wrote it before version 2: the version-1 schema and two actors. */
    private Path versionOneFile() throws Exception {
        Path file = dir.resolve("v1.kizuna");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            ProjectFile.migrate(c, 0, Schema.MIGRATIONS.subList(0, 1));
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO profile (id, name) VALUES (1, '十勝')");
                st.execute("INSERT INTO actor_kind (code, label_ja, label_en, position, builtin)"
                        + " VALUES ('university', '大学', 'University', 1, 1)");
                st.execute("INSERT INTO actor (id, name, kind, inside_region, x, y)"
                        + " VALUES (1, '帯広畜産大学', 'university', 1, 120.5, 80)");
                st.execute("INSERT INTO actor (id, name, kind, inside_region) VALUES (2, '北海道大学', 'university', 0)");
            }
            assertEquals(1, ProjectFile.pragmaInt(c, "user_version"));
        }
        return file;
    }

    private static int userVersion(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            return ProjectFile.pragmaInt(c, "user_version");
        }
    }

    @Test
    void aVersionOneFileIsUpgradedWithItsActorsUnpinned() throws Exception {
        Path file = versionOneFile();
        try (ProjectFile f = ProjectFile.open(file)) {
            assertEquals(Schema.currentVersion(), f.schemaVersion());
            Project p = f.snapshot();
            Actor obihiro = p.actorNamed("帯広畜産大学");
            assertEquals(120.5, obihiro.x());
            assertEquals(80.0, obihiro.y());
            assertFalse(obihiro.pinned());
            assertFalse(p.actorNamed("北海道大学").pinned());
            assertFalse(p.actorNamed("北海道大学").insideRegion());
        }
        assertEquals(Schema.currentVersion(), userVersion(file), "the upgrade is in the file");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            assertThrows(java.sql.SQLException.class, () -> st.execute("UPDATE actor SET pinned = 2 WHERE id = 1"),
                    "the column only takes 0 and 1");
        }
    }

    @Test
    void aFileNewerThanThisKizunaIsStillRefusedUntouched() throws Exception {
        Path file = versionOneFile();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = " + (Schema.currentVersion() + 1));
        }
        byte[] before = Files.readAllBytes(file);
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectFile.open(file));
        assertEquals(ProjectFileException.Reason.TOO_NEW, e.reason());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)), "the file is left as it was");
    }

    @Test
    void pinningIsSavedUndoableAndKeptByOtherEdits() throws Exception {
        Path file = versionOneFile();
        try (ProjectFile f = ProjectFile.open(file)) {
            f.execute(Edits.pinActors(List.of(1L), true));
            assertTrue(f.snapshot().actor(1L).pinned());
            assertEquals("pinActor 帯広畜産大学", f.history().undoDescription().orElseThrow().toString());
            // Editing the actor's fields (the properties panel) does not unpin it.
            Actor a = f.snapshot().actor(1L);
            f.execute(Edits.updateActor(new Actor(a.id(), "帯広畜産大学", a.kind(), a.sector(), "帯広市", null,
                    true, null, List.of(), null, null, a.x(), a.y())));
            assertTrue(f.snapshot().actor(1L).pinned());
            assertEquals("帯広市", f.snapshot().actor(1L).location());
        }
        try (ProjectFile f = ProjectFile.open(file)) {
            assertTrue(f.snapshot().actor(1L).pinned(), "still pinned after a reopen");
            assertFalse(f.snapshot().actor(2L).pinned());
            f.execute(Edits.pinActors(List.of(1L, 2L), false));
            assertFalse(f.snapshot().actor(1L).pinned());
            f.history().undo();
            assertTrue(f.snapshot().actor(1L).pinned(), "undo brings the pin back");
            assertFalse(f.snapshot().actor(2L).pinned());
            f.history().redo();
            assertFalse(f.snapshot().actor(1L).pinned());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM actor WHERE pinned = 1")) {
            rs.next();
            assertEquals(0, rs.getInt(1), "the redone unpin is in the file");
        }
    }
}
