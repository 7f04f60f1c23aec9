// SPDX-License-Identifier: Apache-2.0
package org.kizuna.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** One forward step of the schema: from {@code version - 1} to {@code version}, run in one transaction. */
public record Migration(int version, String description, String sql) {
    public void run(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String stmt : sql.split(";\\s*\\n")) {
                if (!stmt.isBlank()) {
                    st.executeUpdate(stmt);
                }
            }
        }
    }
}
