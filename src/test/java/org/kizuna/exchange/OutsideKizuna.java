// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;

/**
 * Changes a closed project with plain SQL, as a file edited outside Kizuna (or written by an older
 * version) may be: text the store's edits refuse today, such as a tab in a name, which the
 * exporters must still write so that their output parses.
 */
public final class OutsideKizuna {
    private OutsideKizuna() {
    }

    public static void sql(Path project, String statement, Object... args) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + project);
             PreparedStatement ps = c.prepareStatement(statement)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }
}
