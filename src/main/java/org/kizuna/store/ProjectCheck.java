// SPDX-License-Identifier: Apache-2.0
package org.kizuna.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.kizuna.model.ControlCharacters;

/**
 * The checks a project file passes before Kizuna writes to it, all by reading: its schema is the
 * one its version should have (nothing added or changed outside Kizuna, so no trigger can fire and
 * no view is ever queried), SQLite finds it sound, every reference resolves and every value is one
 * the model accepts. Each failure is one line that names what is wrong.
 */
final class ProjectCheck {
    private ProjectCheck() {
    }

    /** What kind of failure: damage, a schema changed outside Kizuna, or a value the model rejects. */
    enum Kind {
        DAMAGED, MODIFIED, VALUE
    }

    /** One failed check: why, in words that finish "cannot be opened: …". */
    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;
        private final Kind kind;

        Failure(String why, Kind kind) {
            super(why);
            this.kind = kind;
        }

        Kind kind() {
            return kind;
        }
    }

    /** One entry of sqlite_master, without its root page (which differs between files). */
    record Entry(String type, String name, String tableName, String sql) {
    }

    private static final Map<Integer, Map<String, Entry>> EXPECTED = new ConcurrentHashMap<>();

    /**
     * Everything: schema first (before anything else reads a table), then soundness and references
     * on {@code c} while a second read-only connection scans the values beside them (the two scans
     * of a large file take about as long as each other; SQLite's quick_check does not verify CHECK
     * constraints on a read-only connection, so the value scan is needed for every version).
     */
    static void all(Path file, Connection c, int version, boolean thorough) throws SQLException, Failure {
        schema(c, version);
        FutureTask<Void> valueScan = new FutureTask<>(() -> {
            try (Connection v = ProjectFile.connect(file, true)) {
                values(v);
            }
            return null;
        });
        Thread scanner = new Thread(valueScan, "kizuna-value-check");
        scanner.setDaemon(true);
        scanner.start();
        List<String> checkFailures;
        try {
            checkFailures = soundness(c, thorough);
            references(c);
        } finally {
            // Damage is reported before values, but the scan is waited for: no connection outlives the check.
            try {
                scanner.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            valueScan.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Failure f) {
                throw f;
            }
            if (e.getCause() instanceof SQLException se) {
                throw se;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted", e);
        }
        if (!checkFailures.isEmpty()) {
            throw new Failure(oneLine(checkFailures.get(0), 120), Kind.VALUE);
        }
        meta(c, version);
    }

    // --- schema ---

    /** The schema a file of {@code version} has: the migrations up to it, run on an empty database. */
    static Map<String, Entry> expected(int version) throws SQLException {
        Map<String, Entry> cached = EXPECTED.get(version);
        if (cached != null) {
            return cached;
        }
        try (Connection mem = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            ProjectFile.migrate(mem, 0, Schema.MIGRATIONS.subList(0, version));
            Map<String, Entry> m = read(mem);
            EXPECTED.put(version, m);
            return m;
        }
    }

    static Map<String, Entry> read(Connection c) throws SQLException {
        Map<String, Entry> m = new TreeMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT type, name, tbl_name, sql FROM sqlite_master")) {
            while (rs.next()) {
                // Whitespace around a statement is not part of it (SQLite keeps what the statement was given).
                String sql = rs.getString(4);
                Entry e = new Entry(rs.getString(1), rs.getString(2), rs.getString(3), sql == null ? null : sql.strip());
                m.put(e.type() + " " + e.name(), e);
            }
        }
        return m;
    }

    /**
     * Compares sqlite_master with the expected schema. SQLite's own statistics tables (ANALYZE in
     * the sqlite3 shell) are allowed: they steer query plans, run nothing, and only SQLite can create
     * tables whose names start with "sqlite_".
     */
    static void schema(Connection c, int version) throws SQLException, Failure {
        Map<String, Entry> expected = expected(version);
        Map<String, Entry> actual = read(c);
        for (Entry e : actual.values()) {
            Entry want = expected.get(e.type() + " " + e.name());
            if (want == null) {
                if (e.type().equals("table") && e.name().matches("sqlite_stat[1-4]")) {
                    continue;
                }
                throw new Failure("it has an extra " + e.type() + " " + shown(e.name()), Kind.MODIFIED);
            }
            if (!want.equals(e)) {
                throw new Failure("its " + e.type() + " " + shown(e.name()) + " differs from Kizuna's", Kind.MODIFIED);
            }
        }
        for (Entry want : expected.values()) {
            if (!actual.containsKey(want.type() + " " + want.name())) {
                throw new Failure("its " + want.type() + " " + shown(want.name()) + " is missing", Kind.MODIFIED);
            }
        }
    }

    // --- soundness and references ---

    /**
     * PRAGMA quick_check (or integrity_check when {@code thorough}). It answers with up to 100 rows
     * of problems; the message carries the first and how many there were, never all of them. Returns
     * the failed CHECK constraints when they are the only problems.
     */
    static List<String> soundness(Connection c, boolean thorough) throws SQLException, Failure {
        List<String> problems = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(thorough ? "PRAGMA integrity_check" : "PRAGMA quick_check")) {
            while (rs.next()) {
                String row = String.valueOf(rs.getString(1));
                // A row may hold several lines, and the first names the database, not a problem.
                row.lines().filter(l -> !l.isBlank() && !l.matches("\\*\\*\\* in database .* \\*\\*\\*"))
                        .forEach(problems::add);
            }
        }
        if (problems.size() == 1 && "ok".equals(problems.get(0))) {
            return List.of();
        }
        // A value that breaks a CHECK is a modification, not damage: the caller names its row.
        if (problems.stream().allMatch(p -> p.startsWith("CHECK constraint failed in "))) {
            return problems;
        }
        problems.removeIf(p -> p.startsWith("CHECK constraint failed in "));
        String first = problems.isEmpty() ? "no answer" : oneLine(problems.get(0), 120);
        int count = problems.size();
        // SQLite stops listing at 100 problems.
        throw new Failure("the database is damaged (" + first + (count > 1 ? "; " + (count >= 100 ? "100 or more"
                : String.valueOf(count)) + " problems found" : "") + ")", Kind.DAMAGED);
    }

    static void references(Connection c) throws SQLException, Failure {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA foreign_key_check")) {
            if (rs.next()) {
                throw new Failure("a " + shown(rs.getString(1)) + " row (rowid " + rs.getLong(2)
                        + ") points at a missing " + shown(rs.getString(3)), Kind.DAMAGED);
            }
        }
    }

    // --- values ---

    /**
     * Runs every value rule over every row, one scan per table. The expressions are those of
     * version 3's CHECKs: a row fails exactly when SQLite would refuse to store it.
     */
    static void values(Connection c) throws SQLException, Failure {
        for (ValueRules.Table t : ValueRules.V3) {
            // A file before version 3 may lack a column a rule reads (actor.pinned came in version 2).
            java.util.Set<String> present = new java.util.HashSet<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT name FROM pragma_table_info('" + t.name() + "')")) {
                while (rs.next()) {
                    present.add(rs.getString(1));
                }
            }
            List<ValueRules.Rule> rules = t.rules().stream().filter(r -> present.containsAll(r.shown())).toList();
            if (rules.isEmpty()) {
                continue;
            }
            StringBuilder cases = new StringBuilder("CASE");
            StringBuilder where = new StringBuilder();
            for (int i = 0; i < rules.size(); i++) {
                cases.append(" WHEN NOT (").append(rules.get(i).check()).append(") THEN ").append(i);
                where.append(i == 0 ? "" : " OR ").append("NOT (").append(rules.get(i).check()).append(")");
            }
            cases.append(" END");
            long rowid;
            int which;
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT rowid, " + cases + " FROM " + t.name() + " WHERE " + where + " LIMIT 1")) {
                if (!rs.next()) {
                    continue;
                }
                rowid = rs.getLong(1);
                which = rs.getInt(2);
            }
            throw new Failure(describe(c, t, rules.get(which), rowid), Kind.VALUE);
        }
    }

    private static String describe(Connection c, ValueRules.Table t, ValueRules.Rule rule, long rowid)
            throws SQLException {
        List<String> cols = new ArrayList<>(t.key());
        cols.addAll(rule.shown());
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < cols.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("quote(").append(cols.get(i)).append(")");
        }
        sql.append(" FROM ").append(t.name()).append(" WHERE rowid = ?");
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            ps.setLong(1, rowid);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                StringBuilder key = new StringBuilder();
                for (int i = 0; i < t.key().size(); i++) {
                    key.append(i == 0 ? "" : ", ").append(t.key().get(i)).append(' ')
                            .append(oneLine(rs.getString(i + 1), 40));
                }
                StringBuilder value = new StringBuilder();
                for (int i = 0; i < rule.shown().size(); i++) {
                    value.append(i == 0 ? "" : ", ").append(rule.shown().get(i)).append(" = ")
                            .append(oneLine(rs.getString(t.key().size() + i + 1), 40));
                }
                return "table " + t.name() + ", row " + key + ": " + value + " (must be " + rule.what() + ")";
            }
        }
    }

    // --- project_meta ---

    /** From version 3 a file carries its id and edit serial; without them its journal cannot be told apart. */
    static void meta(Connection c, int version) throws SQLException, Failure {
        if (version < Schema.FILE_ID_VERSION) {
            return;
        }
        String id = fileId(c);
        if (id == null || !id.matches("[0-9a-f]{32}")) {
            throw new Failure("its file id in project_meta is missing or wrong", Kind.MODIFIED);
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT count(*) FROM project_meta WHERE key = 'edit_serial' AND CAST(value AS INTEGER) >= 0")) {
            if (!rs.next() || rs.getInt(1) != 1) {
                throw new Failure("its edit serial in project_meta is missing or wrong", Kind.MODIFIED);
            }
        }
    }

    /** The file id, or null when the file has none (before version 3) or it cannot be read. */
    static String fileId(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT value FROM project_meta WHERE key = 'file_id'")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    // --- text ---

    /** A name from the file as a message may show it: quoted, one line, control characters named. */
    static String shown(String text) {
        return "\"" + oneLine(text, 60) + "\"";
    }

    /** Control characters written as U+XXXX, cut to {@code max} characters: messages stay one line. */
    static String oneLine(String text, int max) {
        if (text == null) {
            return "NULL";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length() && sb.length() < max; i++) {
            char ch = text.charAt(i);
            if (ControlCharacters.bad(ch, ControlCharacters.Field.LINE) || ch == '\u2028' || ch == '\u2029') {
                sb.append(ControlCharacters.name(ch));
            } else {
                sb.append(ch);
            }
        }
        if (sb.length() >= max && !Objects.equals(sb.toString(), text)) {
            sb.setLength(Math.min(sb.length(), max));
            sb.append('…');
        }
        return sb.toString();
    }
}
