// SPDX-License-Identifier: Apache-2.0
package org.kizuna.hostile;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;

/** Row counts of a project read through a read-only connection (it writes nothing, not even a journal). */
final class HostileRows {
    private static final String[] TABLES = {"actor", "tie", "actor_kind", "tie_kind", "actor_membership"};

    private HostileRows() {
    }

    /** Actors, ties, actor kinds, tie kinds and memberships, in that order. */
    static long[] count(Path project) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = config.createConnection("jdbc:sqlite:" + project);
             Statement st = c.createStatement()) {
            long[] out = new long[TABLES.length];
            for (int i = 0; i < TABLES.length; i++) {
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + TABLES[i])) {
                    out[i] = rs.getLong(1);
                }
            }
            return out;
        } catch (SQLException e) {
            throw new AssertionError("cannot count the rows of " + project + ": " + e.getMessage(), e);
        }
    }
}
