// SPDX-License-Identifier: Apache-2.0
package org.kizuna.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The migration runner: every step from each earlier version runs forward in its own transaction
 * and bumps {@code user_version}; a failing step rolls back and leaves the file at the version
 * before it. Schema history so far has one real version, so the runner is also exercised with
 * extra steps written here.
 */
class MigrationTest {
    @TempDir
    Path dir;

    private static final Migration ADD_COLOUR = new Migration(Schema.currentVersion() + 1, "actor colour",
            "ALTER TABLE actor ADD COLUMN colour TEXT;\nUPDATE actor SET colour = 'red'");
    private static final Migration BROKEN = new Migration(Schema.currentVersion() + 2, "broken",
            "CREATE TABLE half_done (x);\nINSERT INTO no_such_table VALUES (1)");

    @Test
    void everyEarlierVersionMigratesToTheCurrentOne() throws Exception {
        for (int from = 0; from < Schema.currentVersion(); from++) {
            Path file = dir.resolve("v" + from + ".db");
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
                ProjectFile.migrate(c, 0, Schema.MIGRATIONS.subList(0, from));
                assertEquals(from, ProjectFile.pragmaInt(c, "user_version"));
                ProjectFile.migrate(c, from);
                assertEquals(Schema.currentVersion(), ProjectFile.pragmaInt(c, "user_version"));
                assertEquals(Schema.APPLICATION_ID, ProjectFile.pragmaInt(c, "application_id"));
                assertTrue(tables(c).containsAll(List.of("actor", "tie", "matrix_cell", "finding_cell", "progress")));
            }
        }
    }

    @Test
    void aLaterStepRunsOnARealProjectAndKeepsItsData() throws Exception {
        Path file = dir.resolve("p.kizuna");
        RichProject.build(file);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            List<Migration> plus = new ArrayList<>(Schema.MIGRATIONS);
            plus.add(ADD_COLOUR);
            ProjectFile.migrate(c, Schema.currentVersion(), plus);
            assertEquals(ADD_COLOUR.version(), ProjectFile.pragmaInt(c, "user_version"));
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM actor WHERE colour = 'red'")) {
                rs.next();
                assertEquals(5, rs.getInt(1));
            }
        }
    }

    @Test
    void aFailingStepRollsBackToTheVersionBeforeIt() throws Exception {
        Path file = dir.resolve("p.kizuna");
        RichProject.build(file);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            List<Migration> plus = new ArrayList<>(Schema.MIGRATIONS);
            plus.add(ADD_COLOUR);
            plus.add(BROKEN);
            assertThrows(SQLException.class, () -> ProjectFile.migrate(c, Schema.currentVersion(), plus));
            assertEquals(ADD_COLOUR.version(), ProjectFile.pragmaInt(c, "user_version"),
                    "the good step stays, the broken one is undone");
            assertTrue(!tables(c).contains("half_done"), "nothing of the broken step remains");
        }
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
