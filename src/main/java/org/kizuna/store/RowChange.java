// SPDX-License-Identifier: Apache-2.0
package org.kizuna.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One row's before and after image. {@code before == null} is an insert, {@code after == null} a
 * delete. Undo is the same change with the images swapped, so there is no second code path.
 */
public record RowChange(String table, Map<String, Object> key, Map<String, Object> before,
                        Map<String, Object> after) {

    public static RowChange insert(String table, Map<String, Object> key, Map<String, Object> row) {
        return new RowChange(table, key, null, row);
    }

    public static RowChange delete(String table, Map<String, Object> key, Map<String, Object> row) {
        return new RowChange(table, key, row, null);
    }

    public RowChange inverse() {
        return new RowChange(table, key, after, before);
    }

    public void apply(Connection c) throws SQLException {
        if (before == null && after == null) {
            return;
        }
        if (before == null) {
            insert(c, after);
        } else if (after == null) {
            delete(c);
        } else {
            update(c);
        }
    }

    private void insert(Connection c, Map<String, Object> row) throws SQLException {
        List<String> cols = new ArrayList<>(row.keySet());
        String sql = "INSERT INTO " + table + " (" + String.join(", ", cols) + ") VALUES ("
                + String.join(", ", cols.stream().map(x -> "?").toList()) + ")";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            for (String col : cols) {
                ps.setObject(i++, row.get(col));
            }
            ps.executeUpdate();
        }
    }

    private void delete(Connection c) throws SQLException {
        List<String> keys = new ArrayList<>(key.keySet());
        String sql = "DELETE FROM " + table + " WHERE " + where(keys);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            for (String k : keys) {
                ps.setObject(i++, key.get(k));
            }
            check(ps.executeUpdate());
        }
    }

    private void update(Connection c) throws SQLException {
        List<String> cols = new ArrayList<>(after.keySet());
        List<String> keys = new ArrayList<>(key.keySet());
        String sql = "UPDATE " + table + " SET " + String.join(", ", cols.stream().map(x -> x + " = ?").toList())
                + " WHERE " + where(keys);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            for (String col : cols) {
                ps.setObject(i++, after.get(col));
            }
            for (String k : keys) {
                ps.setObject(i++, key.get(k));
            }
            check(ps.executeUpdate());
        }
    }

    private void check(int rows) {
        if (rows != 1) {
            throw new StoreException("the project changed under an edit: " + table + " " + key + " matched " + rows
                    + " rows");
        }
    }

    private static String where(List<String> keys) {
        return String.join(" AND ", keys.stream().map(k -> k + " = ?").toList());
    }
}
