// SPDX-License-Identifier: Apache-2.0
package org.kizuna.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.kizuna.model.Kind;
import org.kizuna.model.Vocabulary;

/** Writes the default actor and tie kinds into a new project. */
final class Vocabularies {
    private Vocabularies() {
    }

    static void insertDefaults(Connection c) throws SQLException {
        insert(c, "actor_kind", Vocabulary.ACTOR_KINDS);
        insert(c, "tie_kind", Vocabulary.TIE_KINDS);
    }

    private static void insert(Connection c, String table, List<Kind> kinds) throws SQLException {
        boolean tie = table.equals("tie_kind");
        String sql = "INSERT INTO " + table + " (code, label_ja, label_en, position, builtin"
                + (tie ? ", directed_default) VALUES (?, ?, ?, ?, ?, ?)" : ") VALUES (?, ?, ?, ?, ?)");
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int pos = 0;
            for (Kind k : kinds) {
                ps.setString(1, k.code());
                ps.setString(2, k.labelJa());
                ps.setString(3, k.labelEn());
                ps.setInt(4, pos++);
                ps.setInt(5, 1);
                if (tie) {
                    ps.setInt(6, k.directedByDefault() ? 1 : 0);
                }
                ps.executeUpdate();
            }
        }
    }
}
