// SPDX-License-Identifier: Apache-2.0
package org.kizuna.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small generic reads used to take before-images of rows. */
final class Rows {
    private Rows() {
    }

    static List<Map<String, Object>> select(Connection c, String table, String where, Object... params)
            throws SQLException {
        String sql = "SELECT * FROM " + table + (where == null ? "" : " WHERE " + where);
        List<Map<String, Object>> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        row.put(md.getColumnName(i), rs.getObject(i));
                    }
                    out.add(row);
                }
            }
        }
        return out;
    }

    static Map<String, Object> one(Connection c, String table, String where, Object... params) throws SQLException {
        List<Map<String, Object>> rows = select(c, table, where, params);
        return rows.isEmpty() ? null : rows.get(0);
    }

    static long nextId(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static int nextPosition(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(position), -1) + 1 FROM " + table);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    static Map<String, Object> key(String col, Object value) {
        Map<String, Object> k = new LinkedHashMap<>();
        k.put(col, value);
        return k;
    }

    static Map<String, Object> key(String c1, Object v1, String c2, Object v2) {
        Map<String, Object> k = new LinkedHashMap<>();
        k.put(c1, v1);
        k.put(c2, v2);
        return k;
    }

    static Map<String, Object> key(String c1, Object v1, String c2, Object v2, String c3, Object v3) {
        Map<String, Object> k = key(c1, v1, c2, v2);
        k.put(c3, v3);
        return k;
    }

    /** Key columns picked out of a row. */
    static Map<String, Object> keyOf(Map<String, Object> row, String... cols) {
        Map<String, Object> k = new LinkedHashMap<>();
        for (String col : cols) {
            k.put(col, row.get(col));
        }
        return k;
    }

    /** Adds delete changes for every row matching {@code where}, keyed by {@code keyCols}. */
    static void deleteAll(Connection c, ChangeSet cs, String table, String where, Object param, String... keyCols)
            throws SQLException {
        for (Map<String, Object> row : select(c, table, where, param)) {
            cs.add(RowChange.delete(table, keyOf(row, keyCols), row));
        }
    }
}
