// SPDX-License-Identifier: Apache-2.0
package org.kizuna.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kizuna.store.Change;
import org.kizuna.store.Command;
import org.kizuna.store.EditDescription;
import org.kizuna.store.ProjectFile;
import org.kizuna.store.Schema;

/**
 * Broken, foreign and modified project files, each opened by a real CLI command: every one is
 * refused with its exit code and one {@code kizuna:} line, no stack trace, the project's bytes
 * unchanged and nothing left beside it. The files are made here: a sample project, then cut,
 * flipped, altered with the SQLite driver, or given a journal from a transaction caught half way.
 */
class ProjectFileHostileTest {
    /** What a case does to the project (and its folder) before the command runs. */
    @FunctionalInterface
    interface Setup {
        void apply(Path project) throws Exception;
    }

    private static final String[][] COMMANDS = {
        {"info", "%f"},
        {"show", "%f", "actors"},
        {"analyze", "%f", "--fast"},
        {"import", "%f", "--ties", "%csv"},
        {"export", "%f", "--graphml", "%out"},
    };

    @TempDir
    static Path shared;

    private static byte[] base;
    private static int pageSize;

    @TempDir
    Path dir;

    /** The kobe sample plus a membership, a matrix cell and a finding: a row in every table, no free pages. */
    @BeforeAll
    static void makeBase() throws Exception {
        Path p = shared.resolve("base.kizuna");
        Hostile.Run r = Hostile.run("demo", "kobe", p.toString());
        assertEquals(0, r.code(), r.err());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + p); Statement st = c.createStatement()) {
            st.execute("INSERT INTO actor_membership (actor_id, position, name) SELECT min(id), 0, '十勝経済連合会' FROM actor");
            st.execute("INSERT INTO matrix_cell (actor_id, element_id, marks, annotation)"
                    + " SELECT (SELECT min(id) FROM actor), min(id), '◎△', '畜産' FROM element");
            st.execute("INSERT INTO finding (id, number, text) VALUES (1, 1, '連携が弱い')");
            st.execute("INSERT INTO finding_cell (finding_id, actor_id, element_id)"
                    + " SELECT 1, actor_id, element_id FROM matrix_cell");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + p); Statement st = c.createStatement()) {
            st.executeUpdate("VACUUM");
        }
        base = Files.readAllBytes(p);
        pageSize = ((base[16] & 0xff) << 8) | (base[17] & 0xff);
    }

    private Path project() throws IOException {
        Path p = dir.resolve("p.kizuna");
        Files.write(p, base);
        Files.createDirectories(dir.resolve("in"));
        Files.writeString(dir.resolve("in").resolve("ties.csv"), "source,target\nA社,B社\n", StandardCharsets.UTF_8);
        return p;
    }

    private String[] command(int which, Path project) {
        String[] c = COMMANDS[Math.floorMod(which, COMMANDS.length)].clone();
        for (int i = 0; i < c.length; i++) {
            c[i] = c[i].replace("%f", project.toString()).replace("%csv", dir.resolve("in/ties.csv").toString())
                    .replace("%out", dir.resolve("out.graphml").toString());
        }
        return c;
    }

    // --- the refusal cases ---

    static Stream<Arguments> refusals() {
        List<Arguments> cases = new ArrayList<>();
        int[] n = {0};
        // Truncations: the header, the first page, page boundaries and mid-page cuts.
        for (long at : new long[] {0, 1, 15, 16, 50, 99, 100, 101, 511, 512, 1000, 4095, 4096, 4097, 8191, 8192,
                8193, 3 * 4096, 5 * 4096 + 100, -4096, -4095, -1, -100, -2 * 4096, -5 * 4096}) {
            add(cases, n, "truncated at " + at, p -> truncate(p, at), null);
        }
        // The header's magic, page size, page count, application id and version, byte by byte.
        for (int i = 0; i < 16; i++) {
            int at = i;
            add(cases, n, "magic byte " + at + " flipped", p -> flip(p, at, 1), "not a Kizuna project");
        }
        for (int at : new int[] {16, 17}) {
            add(cases, n, "page size byte " + at + " flipped", p -> flip(p, at, 1), null);
        }
        for (int at = 28; at < 32; at++) {
            int b = at;
            add(cases, n, "page count byte " + b + " flipped", p -> flip(p, b, 1), "truncated");
        }
        for (int at = 68; at < 72; at++) {
            int b = at;
            add(cases, n, "application id byte " + b + " flipped", p -> flip(p, b, 1), "not a Kizuna project");
        }
        for (int at = 61; at < 64; at++) {
            int b = at;
            add(cases, n, "user_version byte " + b + " flipped", p -> flip(p, b, 1), "newer Kizuna");
        }
        add(cases, n, "user_version sign flipped", p -> flip(p, 60, 1), "no schema version");
        // Bytes flipped at the start of every b-tree page (page 1's starts after the 100-byte header).
        for (int page = 0; page < base.length / 4096; page++) {
            int at = page == 0 ? 100 : page * 4096;
            add(cases, n, "page " + (page + 1) + " header flipped", p -> flip(p, at, 8), "damaged");
        }
        // Damage SQLite lists in up to 100 lines: the message carries the first and a count.
        add(cases, n, "many damaged pages", p -> {
            sql(p, "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000)"
                    + " INSERT INTO actor (name, kind, inside_region) SELECT 'firm ' || i, 'company', 1 FROM n");
            int pages = (int) (Files.size(p) / 4096);
            for (int page = pages - 300; page < pages; page++) {
                flip(p, page * 4096 + 5, 2);
            }
        }, "100 or more problems found");
        // Identification.
        for (int id : new int[] {0, 1196444237, 0x4B5A4E42}) {
            add(cases, n, "application_id " + id, p -> pragma(p, "application_id = " + id), "not a Kizuna project");
        }
        add(cases, n, "user_version 0", p -> pragma(p, "user_version = 0"), "no schema version");
        add(cases, n, "user_version -1", p -> pragma(p, "user_version = -1"), "no schema version");
        add(cases, n, "user_version current+1", p -> pragma(p, "user_version = " + (Schema.currentVersion() + 1)),
                "newer Kizuna");
        add(cases, n, "user_version max", p -> pragma(p, "user_version = 2147483647"), "newer Kizuna");
        // A version this Kizuna knows, but not the schema that goes with it.
        add(cases, n, "user_version 1 on a current schema", p -> pragma(p, "user_version = 1"), "modified outside");
        add(cases, n, "user_version 2 on a current schema", p -> pragma(p, "user_version = 2"), "modified outside");
        // Not SQLite at all.
        add(cases, n, "empty file", p -> Files.write(p, new byte[0]), "not a Kizuna project");
        add(cases, n, "text file", p -> Files.writeString(p, "機関,リーダーシップ\n帯広畜産大学,◎\n"), "not a Kizuna project");
        add(cases, n, "zip (xlsx) bytes", p -> Files.write(p, new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0}),
                "not a Kizuna project");
        add(cases, n, "random 8 KiB", p -> Files.write(p, random(8192, 1)), "not a Kizuna project");
        add(cases, n, "magic then zeros", p -> {
            byte[] b = new byte[4096];
            System.arraycopy("SQLite format 3\0".getBytes(StandardCharsets.US_ASCII), 0, b, 0, 16);
            Files.write(p, b);
        }, "damaged");
        add(cases, n, "magic then random", p -> {
            byte[] b = random(8192, 2);
            System.arraycopy("SQLite format 3\0".getBytes(StandardCharsets.US_ASCII), 0, b, 0, 16);
            Files.write(p, b);
        }, null);
        add(cases, n, "plain SQLite database", p -> {
            Files.delete(p);
            sql(p, "CREATE TABLE actor (name TEXT)");
        }, "not a Kizuna project");
        add(cases, n, "a folder", p -> {
            Files.delete(p);
            Files.createDirectory(p);
        }, "folder", true);
        add(cases, n, "a link to a missing file", p -> {
            Files.delete(p);
            Files.createSymbolicLink(p, p.resolveSibling("gone.kizuna"));
        }, "no such project file", true);
        // (import says "no such project" itself, with exit 1, before it opens anything)
        add(cases, n, "no file", Files::delete, "no such project", true);
        // Changed outside Kizuna: the schema.
        String[] schema = {
            "CREATE TRIGGER wipe AFTER INSERT ON tie BEGIN DELETE FROM tie; END",
            "CREATE TRIGGER wipe_findings AFTER UPDATE ON actor BEGIN DELETE FROM finding; END",
            "CREATE TRIGGER temp_looking BEFORE DELETE ON actor BEGIN SELECT 1; END",
            "CREATE VIEW everyone AS SELECT * FROM actor",
            "CREATE VIEW forever AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c",
            "CREATE INDEX actor_kind_idx ON actor (kind)",
            "CREATE UNIQUE INDEX tie_pair ON tie (source_id, target_id, kind, id)",
            "ALTER TABLE actor ADD COLUMN evil TEXT",
            "ALTER TABLE tie ADD COLUMN weight2 REAL DEFAULT 1",
            "CREATE TABLE extra (x)",
            "CREATE TABLE counter (id INTEGER PRIMARY KEY AUTOINCREMENT, x)",
            "CREATE VIRTUAL TABLE search USING fts5(text)",
            "DROP INDEX tie_source",
            "DROP TABLE finding_cell",
            "ALTER TABLE finding RENAME TO findings",
            "ALTER TABLE actor RENAME COLUMN notes TO remarks",
            "PRAGMA writable_schema = ON;;UPDATE sqlite_master SET sql = replace(sql, 'strength > 0',"
                    + " 'strength > -1') WHERE name = 'tie'",
            "PRAGMA writable_schema = ON;;UPDATE sqlite_master SET sql = replace(sql, 'CREATE INDEX tie_target',"
                    + " 'CREATE INDEX tie_target') || ' WHERE source_id > 0' WHERE name = 'tie_target'",
        };
        for (String s : schema) {
            add(cases, n, "schema: " + s, p -> sql(p, s.split(";;")), "modified outside Kizuna");
        }
        // The version-2 schema is checked as such.
        for (String sql : new String[] {"CREATE TRIGGER wipe AFTER INSERT ON tie BEGIN DELETE FROM tie; END",
            "CREATE VIEW everyone AS SELECT * FROM actor", "ALTER TABLE tie ADD COLUMN evil"}) {
            add(cases, n, "version 2 file, schema: " + sql, p -> {
                versionTwo(p);
                sql(p, sql);
            }, "modified outside Kizuna");
        }
        // The file id and edit serial that let a file know its journal.
        add(cases, n, "file id deleted", p -> sql(p, "DELETE FROM project_meta WHERE key = 'file_id'"), "file id");
        add(cases, n, "file id not hex", p -> sql(p, "UPDATE project_meta SET value = 'x' WHERE key = 'file_id'"),
                "file id");
        add(cases, n, "edit serial deleted", p -> sql(p, "DELETE FROM project_meta WHERE key = 'edit_serial'"),
                "edit serial");
        // Changed outside Kizuna: values the schema takes only with its CHECKs switched off.
        for (String[] v : BAD_VALUES) {
            add(cases, n, "value: " + v[0] + " " + v[1], p -> badValue(p, v[1]), "table " + v[0] + ", row ");
        }
        // Files of an earlier version holding values the model rejects: refused before any upgrade.
        for (String[] v : OLD_BAD_VALUES) {
            add(cases, n, "version 2 file, value: " + v[1], p -> {
                versionTwo(p);
                sql(p, v[1]);
            }, "table " + v[0] + ", row ");
        }
        return cases.stream();
    }

    /** {table the message names, SQL run with CHECK constraints off}. */
    static final String[][] BAD_VALUES = {
        {"profile", "UPDATE profile SET cluster_type = 'bogus'"},
        {"profile", "UPDATE profile SET cluster_type = 'Renewal'"},
        {"profile", "UPDATE profile SET national_novelty = 'maybe'"},
        {"profile", "UPDATE profile SET regional_novelty = 1"},
        {"profile", "UPDATE profile SET lifecycle_stage = 'decline'"},
        {"profile", "UPDATE profile SET governance_type = 'anarchy'"},
        {"profile", "UPDATE profile SET field_fusion = 2"},
        {"profile", "UPDATE profile SET potential_realised = 'yes'"},
        {"profile", "UPDATE profile SET name = 'bell' || char(7)"},
        {"profile", "UPDATE profile SET region = 'two' || char(10) || 'lines'"},
        {"profile", "UPDATE profile SET description = 'nul' || char(0) || 'inside'"},
        {"profile", "UPDATE profile SET vision = x'00ff'"},
        {"profile", "INSERT INTO profile (id, name) VALUES (2, 'second')"},
        {"matrix_cell", "UPDATE matrix_cell SET marks = 'X'"},
        {"matrix_cell", "UPDATE matrix_cell SET marks = '◎X'"},
        {"matrix_cell", "UPDATE matrix_cell SET marks = 123"},
        {"matrix_cell", "UPDATE matrix_cell SET annotation = 'esc' || char(27)"},
        {"tie", "UPDATE tie SET strength = 'abc' WHERE id = (SELECT min(id) FROM tie)"},
        {"tie", "UPDATE tie SET strength = -1 WHERE id = (SELECT min(id) FROM tie)"},
        {"tie", "UPDATE tie SET strength = 0 WHERE id = (SELECT min(id) FROM tie)"},
        {"tie", "UPDATE tie SET strength = 9e999 WHERE id = (SELECT min(id) FROM tie)"},
        {"tie", "UPDATE tie SET start_year = 2010, end_year = 2005 WHERE id = (SELECT min(id) FROM tie)"},
        {"tie", "UPDATE tie SET start_year = 'abc' WHERE id = (SELECT min(id) FROM tie)"},
        {"tie", "UPDATE tie SET end_year = 2010.5 WHERE id = (SELECT min(id) FROM tie)"},
        {"tie", "UPDATE tie SET start_year = 99999999999 WHERE id = (SELECT min(id) FROM tie)"},
        {"tie", "UPDATE tie SET directed = 2 WHERE id = (SELECT min(id) FROM tie)"},
        {"tie", "UPDATE tie SET scope = 'galactic' WHERE id = (SELECT min(id) FROM tie)"},
        {"tie", "UPDATE tie SET target_id = source_id WHERE id = (SELECT min(id) FROM tie)"},
        {"tie", "UPDATE tie SET notes = 'x' || char(1) WHERE id = (SELECT min(id) FROM tie)"},
        {"actor", "UPDATE actor SET name = 'two' || char(10) || 'lines' WHERE id = (SELECT min(id) FROM actor)"},
        {"actor", "UPDATE actor SET name = 'tab' || char(9) WHERE id = (SELECT min(id) FROM actor)"},
        {"actor", "UPDATE actor SET name = '   ' WHERE id = (SELECT min(id) FROM actor)"},
        {"actor", "UPDATE actor SET name = char(12288) WHERE id = (SELECT min(id) FROM actor)"},
        {"actor", "UPDATE actor SET name = 'c1' || char(133) WHERE id = (SELECT min(id) FROM actor)"},
        {"actor", "UPDATE actor SET name = 'del' || char(127) WHERE id = (SELECT min(id) FROM actor)"},
        {"actor", "UPDATE actor SET name = 'nonchar' || char(65535) WHERE id = (SELECT min(id) FROM actor)"},
        {"actor", "UPDATE actor SET sector = 'bogus' WHERE id = (SELECT min(id) FROM actor)"},
        {"actor", "UPDATE actor SET inside_region = 2 WHERE id = (SELECT min(id) FROM actor)"},
        {"actor", "UPDATE actor SET pinned = 5 WHERE id = (SELECT min(id) FROM actor)"},
        {"actor", "UPDATE actor SET x = 'left' WHERE id = (SELECT min(id) FROM actor)"},
        {"actor", "UPDATE actor SET y = 9e999 WHERE id = (SELECT min(id) FROM actor)"},
        {"actor", "UPDATE actor SET location = 'tab' || char(9) || 'here' WHERE id = (SELECT min(id) FROM actor)"},
        {"actor", "UPDATE actor SET notes = 'bell' || char(7) WHERE id = (SELECT min(id) FROM actor)"},
        {"actor_kind", "UPDATE actor_kind SET label_ja = 'a' || char(10) || 'b' WHERE code = 'company'"},
        {"actor_kind", "UPDATE actor_kind SET builtin = 3 WHERE code = 'company'"},
        {"actor_kind", "UPDATE actor_kind SET position = 'first' WHERE code = 'company'"},
        {"actor_kind", "INSERT INTO actor_kind (code, label_ja, label_en, position) VALUES (' ', 'x', 'x', 99)"},
        {"tie_kind", "UPDATE tie_kind SET directed_default = 7 WHERE code = 'funding'"},
        {"tie_kind", "UPDATE tie_kind SET label_en = 'esc' || char(27) WHERE code = 'funding'"},
        {"actor_membership", "UPDATE actor_membership SET name = 'cr' || char(13)"},
        {"actor_membership", "UPDATE actor_membership SET position = 1.5"},
        {"element", "UPDATE element SET name_ja = '' WHERE id = (SELECT min(id) FROM element)"},
        {"element", "UPDATE element SET position = 1.5 WHERE id = (SELECT min(id) FROM element)"},
        {"element", "UPDATE element SET name_en = 'x' || char(31) WHERE id = (SELECT min(id) FROM element)"},
        {"element_group", "UPDATE element_group SET name_ja = 'esc' || char(27) WHERE id = (SELECT min(id) FROM element_group)"},
        {"period", "UPDATE period SET name = ' ' WHERE id = (SELECT min(id) FROM period)"},
        {"period", "UPDATE period SET is_plan = 3 WHERE id = (SELECT min(id) FROM period)"},
        {"period", "UPDATE period SET start_year = 'y2k' WHERE id = (SELECT min(id) FROM period)"},
        {"progress", "UPDATE progress SET judgement = 'great' WHERE rowid = (SELECT min(rowid) FROM progress)"},
        {"initiative", "UPDATE initiative SET text = 'nul' || char(0) WHERE rowid = (SELECT min(rowid) FROM initiative)"},
        {"initiative", "UPDATE initiative SET position = 'x' WHERE rowid = (SELECT min(rowid) FROM initiative)"},
        {"finding", "UPDATE finding SET number = 'one'"},
        {"finding", "UPDATE finding SET text = 'bs' || char(8)"},
    };

    /** {table, SQL} on a version-2 file (which has the version-2 CHECKs only). */
    static final String[][] OLD_BAD_VALUES = {
        {"profile", "UPDATE profile SET cluster_type = 'bogus'"},
        {"tie", "UPDATE tie SET strength = 'abc'"},
        {"matrix_cell", "UPDATE matrix_cell SET marks = 'X'"},
        {"actor", "UPDATE actor SET name = 'a' || char(10) || 'b' WHERE id = 1"},
        {"tie", "UPDATE tie SET start_year = 2010, end_year = 2000"},
    };

    private static void add(List<Arguments> cases, int[] n, String name, Setup setup, String words) {
        cases.add(Arguments.of(name, setup, words, n[0]++));
    }

    /** A case run with {@code info}, whatever its turn. */
    private static void add(List<Arguments> cases, int[] n, String name, Setup setup, String words, boolean info) {
        n[0]++;
        cases.add(Arguments.of(name, setup, words, 0));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("refusals")
    void refused(String name, Setup setup, String words, int which) throws Exception {
        Path p = project();
        setup.apply(p);
        TreeMap<String, String> before = Hostile.snapshot(dir);
        String sha = Files.isRegularFile(p) ? Hostile.sha256(p) : "not a file";
        Hostile.Run r = Hostile.run(command(which, p));
        Hostile.assertRefused(r, 3, words);
        assertEquals(sha, Files.isRegularFile(p) ? Hostile.sha256(p) : "not a file", "the project's bytes");
        Hostile.assertUnchanged(before, dir);
    }

    // --- values the schema stops, and values the model accepts ---

    @Test
    void theCurrentSchemaItselfRefusesEachBadValue() throws Exception {
        for (String[] v : BAD_VALUES) {
            Path p = project();
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + p); Statement st = c.createStatement()) {
                SQLException e = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
                        () -> st.executeUpdate(v[1]), v[1]);
                assertTrue(e.getMessage().contains("CHECK constraint failed"), v[1] + ": " + e.getMessage());
            }
        }
    }

    @Test
    void valuesTheModelAcceptsStillOpen() throws Exception {
        Path p = project();
        sql(p, "UPDATE actor SET notes = 'tab' || char(9) || 'and' || char(13, 10) || 'lines'",
                "UPDATE actor SET name = '帯広　畜産' WHERE id = (SELECT min(id) FROM actor)",
                "UPDATE tie SET strength = '2.5', start_year = 2005, end_year = 2005",
                "UPDATE matrix_cell SET marks = '〇◯'", "UPDATE profile SET cluster_type = NULL");
        Hostile.Run r = Hostile.run("info", p.toString());
        assertEquals(0, r.code(), r.err());
        Hostile.assertNoTrace(r);
    }

    @Test
    void analyzeStatisticsAreSQLitesOwnAndAllowed() throws Exception {
        Path p = project();
        sql(p, "ANALYZE");
        assertTrue(tableNames(p).contains("sqlite_stat1"));
        String sha = Hostile.sha256(p);
        Hostile.Run r = Hostile.run("show", p.toString(), "actors");
        assertEquals(0, r.code(), r.err());
        assertEquals(sha, Hostile.sha256(p), "reading leaves the file as it was");
    }

    @Test
    void aGoodVersionTwoFileIsUpgradedAndOpens() throws Exception {
        Path p = project();
        versionTwo(p);
        Hostile.Run r = Hostile.run("info", p.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"schema_version\":" + Schema.currentVersion())
                || r.out().contains("\"schema_version\": " + Schema.currentVersion()), r.out());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + p); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT value FROM project_meta WHERE key = 'file_id'")) {
            assertTrue(rs.next() && rs.getString(1).matches("[0-9a-f]{32}"), "the upgrade gave the file an id");
        }
        assertEquals(List.of("p.kizuna"), names(p.getParent()).stream().filter(s -> !s.equals("in")).toList());
    }

    // --- journals ---

    @Test
    void ownHotJournalAfterAKilledEditRecoversWithoutTheEdit() throws Exception {
        Path p = project();
        long actors = count(p, "actor");
        Path caught = dir.resolve("caught");
        Files.createDirectories(caught);
        catchMidTransaction(p, caught.resolve("p.kizuna"));
        Path q = caught.resolve("p.kizuna");
        assertTrue(hot(caught.resolve("p.kizuna-journal")), "a hot journal was caught");
        assertNotEquals(Hostile.sha256(p), Hostile.sha256(q), "the caught file holds spilled pages of the edit");
        Hostile.Run r = Hostile.run("info", q.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        Hostile.assertNoTrace(r);
        assertEquals(actors, count(q, "actor"), "the half-done edit was rolled back");
        assertFalse(Files.exists(caught.resolve("p.kizuna-journal")), "the journal was played back and removed");
    }

    @Test
    void foreignKizunaJournalIsRefusedAndBothFilesStay() throws Exception {
        Path p = project();
        Path other = dir.resolve("other");
        Files.createDirectories(other);
        Path b = other.resolve("b.kizuna");
        Hostile.Run made = Hostile.run("demo", "tokachi", b.toString());
        assertEquals(0, made.code(), made.err());
        Path caught = dir.resolve("caught");
        Files.createDirectories(caught);
        catchMidTransaction(b, caught.resolve("b.kizuna"));
        Files.copy(caught.resolve("b.kizuna-journal"), dir.resolve("p.kizuna-journal"));
        for (int which = 0; which < COMMANDS.length; which++) {
            TreeMap<String, String> before = Hostile.snapshot(dir);
            Hostile.Run r = Hostile.run(command(which, p));
            Hostile.assertRefused(r, 3, "belongs to another project");
            Hostile.assertUnchanged(before, dir);
        }
    }

    @Test
    void journalFromAnotherToolIsNotRolledIn() throws Exception {
        // A plain SQLite database of the same page size, caught mid-transaction: its journal carries
        // its own page 1 (another header) and no project_meta page.
        Path p = project();
        Path c = dir.resolve("tool.db");
        try (Connection k = DriverManager.getConnection("jdbc:sqlite:" + c); Statement st = k.createStatement()) {
            st.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)");
            st.execute("INSERT INTO notes (text) SELECT hex(randomblob(200)) FROM"
                    + " (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300) SELECT i FROM n)");
        }
        Path caught = dir.resolve("caught");
        Files.createDirectories(caught);
        try (Connection k = DriverManager.getConnection("jdbc:sqlite:" + c); Statement st = k.createStatement()) {
            st.execute("PRAGMA cache_size = 2");
            k.setAutoCommit(false);
            st.execute("UPDATE notes SET text = hex(randomblob(300))");
            Files.copy(Path.of(c + "-journal"), dir.resolve("p.kizuna-journal"));
            k.rollback();
        }
        assertTrue(hot(dir.resolve("p.kizuna-journal")));
        Files.delete(c);
        TreeMap<String, String> before = Hostile.snapshot(dir);
        Hostile.Run r = Hostile.run("info", p.toString());
        Hostile.assertRefused(r, 3, "belongs to another");
        Hostile.assertUnchanged(before, dir);
    }

    @Test
    void journalFromAnotherToolWithoutPageTwoIsJudgedByTheRecoveredCopy() throws Exception {
        // The tool's first table stays empty, so its journal has no page 2 to compare; playing it back
        // into the copy brings the tool's page 1 (another header), and the copy is refused.
        Path p = project();
        Path c = dir.resolve("tool.db");
        sql(c, "CREATE TABLE pad (x)", "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)",
                "INSERT INTO notes (text) SELECT hex(randomblob(200)) FROM (WITH RECURSIVE n(i) AS (SELECT 1"
                        + " UNION ALL SELECT i + 1 FROM n WHERE i < 300) SELECT i FROM n)");
        try (Connection k = DriverManager.getConnection("jdbc:sqlite:" + c); Statement st = k.createStatement()) {
            st.execute("PRAGMA cache_size = 2");
            k.setAutoCommit(false);
            st.execute("UPDATE notes SET text = hex(randomblob(300))");
            Files.copy(Path.of(c + "-journal"), dir.resolve("p.kizuna-journal"));
            k.rollback();
        }
        Files.delete(c);
        assertTrue(hot(dir.resolve("p.kizuna-journal")));
        TreeMap<String, String> before = Hostile.snapshot(dir);
        Hostile.Run r = Hostile.run("info", p.toString());
        Hostile.assertRefused(r, 3, "would not give a sound project");
        Hostile.assertUnchanged(before, dir);
    }

    @Test
    void garbageJournalIsNoJournal() throws Exception {
        // A "journal" without SQLite's journal header plays back nothing: SQLite deletes it, the file stays.
        Path p = project();
        Files.write(dir.resolve("p.kizuna-journal"), random(4096, 3));
        String sha = Hostile.sha256(p);
        Hostile.Run r = Hostile.run("info", p.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(sha, Hostile.sha256(p));
    }

    @Test
    void ownHotJournalOnAReadOnlyFileIsRefused() throws Exception {
        Path p = project();
        Path caught = dir.resolve("caught");
        Files.createDirectories(caught);
        catchMidTransaction(p, caught.resolve("p.kizuna"));
        Path q = caught.resolve("p.kizuna");
        q.toFile().setWritable(false);
        TreeMap<String, String> before = Hostile.snapshot(dir);
        Hostile.Run r = Hostile.run("info", q.toString());
        Hostile.assertRefused(r, 3, "read-only");
        Hostile.assertUnchanged(before, dir);
    }

    // --- creation ---

    @Test
    void twoConcurrentNewOnOnePathCreateOneFile() throws Exception {
        for (String[] kinds : new String[][] {{"new", "new"}, {"demo", "demo"}, {"new", "demo"}}) {
            Path target = dir.resolve(kinds[0] + "-" + kinds[1] + ".kizuna");
            Process a = cli(kinds[0], target);
            Process b = cli(kinds[1], target);
            String[] ra = finish(a);
            String[] rb = finish(b);
            int created = (ra[0].equals("0") ? 1 : 0) + (rb[0].equals("0") ? 1 : 0);
            assertEquals(1, created, "exactly one creation succeeds: " + String.join(" | ", ra) + " || "
                    + String.join(" | ", rb));
            String[] lost = ra[0].equals("0") ? rb : ra;
            String[] won = ra[0].equals("0") ? ra : rb;
            assertTrue(won[2].startsWith("created "), won[2]);
            List<String> errLines = lost[1].lines().filter(l -> !l.isBlank()).toList();
            assertEquals(1, errLines.size(), lost[1]);
            assertTrue(errLines.get(0).startsWith("kizuna: ") && errLines.get(0).contains("already exists"),
                    errLines.get(0));
            Hostile.Run r = Hostile.run("info", target.toString());
            assertEquals(0, r.code(), r.err());
        }
        assertTrue(names(dir).stream().allMatch(s -> s.endsWith(".kizuna")), "no staging file left: " + names(dir));
    }

    @Test
    void newRefusesAnExistingFileAndLeavesIt() throws Exception {
        Path p = project();
        TreeMap<String, String> before = Hostile.snapshot(dir);
        Hostile.assertRefused(Hostile.run("new", p.toString(), "--name", "x"), 3, "already exists");
        Hostile.assertRefused(Hostile.run("demo", "kobe", p.toString()), 1, "already exists");
        Hostile.assertRefused(Hostile.run("new", dir.resolve("in/ties.csv").toString(), "--name", "x"), 3,
                "already exists");
        Hostile.assertRefused(Hostile.run("new", dir.resolve("no/such/x.kizuna").toString(), "--name", "x"), 3,
                "folder does not exist");
        Hostile.assertUnchanged(before, dir);
    }

    // --- helpers ---

    /**
     * Runs an edit on {@code project} with a tiny page cache, so SQLite writes pages of the
     * unfinished transaction into the file; copies file and hot journal to {@code to} at that
     * moment (what a kill -9 leaves), then lets the edit fail and roll back.
     */
    static void catchMidTransaction(Path project, Path to) throws Exception {
        try (ProjectFile pf = ProjectFile.open(project)) {
            try (Statement st = pf.connectionForReading().createStatement()) {
                st.execute("PRAGMA cache_size = 4");
            }
            try {
                pf.execute(new Command() {
                    @Override
                    public EditDescription description() {
                        return EditDescription.of("import", "caught");
                    }

                    @Override
                    public Change execute(Connection c) throws SQLException {
                        try (PreparedStatement ps = c.prepareStatement(
                                "INSERT INTO actor (name, kind, inside_region) VALUES (?, 'company', 1)")) {
                            for (int i = 0; i < 400; i++) {
                                ps.setString(1, "caught " + i + " " + "x".repeat(200));
                                ps.executeUpdate();
                            }
                        }
                        try {
                            Files.copy(project, to, StandardCopyOption.REPLACE_EXISTING);
                            Files.copy(Path.of(project + "-journal"), Path.of(to + "-journal"),
                                    StandardCopyOption.REPLACE_EXISTING);
                        } catch (IOException e) {
                            throw new SQLException(e);
                        }
                        throw new SQLException("stopped here on purpose");
                    }
                });
            } catch (RuntimeException expected) {
                // the edit was rolled back
            }
        }
    }

    private static Process cli(String kind, Path target) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "org.kizuna.app.Main"));
        if (kind.equals("new")) {
            cmd.addAll(List.of("new", target.toString(), "--name", "race"));
        } else {
            cmd.addAll(List.of("demo", "tokachi", target.toString()));
        }
        return new ProcessBuilder(cmd).start();
    }

    private static String[] finish(Process p) throws Exception {
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new String[] {String.valueOf(p.waitFor()), err, out};
    }

    static boolean hot(Path journal) throws IOException {
        byte[] b = Files.readAllBytes(journal);
        return b.length >= 8 && (b[0] & 0xff) == 0xd9 && (b[1] & 0xff) == 0xd5;
    }

    private static void truncate(Path p, long at) throws IOException {
        long size = Files.size(p);
        try (RandomAccessFile raf = new RandomAccessFile(p.toFile(), "rw")) {
            raf.setLength(at >= 0 ? at : size + at);
        }
    }

    private static void flip(Path p, int at, int length) throws IOException {
        byte[] b = Files.readAllBytes(p);
        for (int i = at; i < at + length; i++) {
            b[i] = (byte) ~b[i];
        }
        Files.write(p, b);
    }

    private static byte[] random(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        b[0] = (byte) (b[0] | 1);
        return b;
    }

    private static void pragma(Path p, String pragma) throws SQLException {
        sql(p, "PRAGMA " + pragma);
    }

    private static void sql(Path p, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + p); Statement st = c.createStatement()) {
            for (String s : statements) {
                try (Statement one = c.createStatement()) {
                    one.execute(s);
                }
            }
        }
    }

    /** Stores a value past the CHECKs, as a tool that switched them off would; the row must change. */
    private static void badValue(Path p, String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + p); Statement st = c.createStatement()) {
            st.execute("PRAGMA ignore_check_constraints = ON");
            assertTrue(st.executeUpdate(statement) > 0, "the case changed a row: " + statement);
        }
    }

    /**
     * Turns the project into the version-2 file an earlier Kizuna wrote: the version-2 schema, the
     * same rows (minus what version 3 added to project_meta).
     */
    private static void versionTwo(Path p) throws Exception {
        Path v2 = p.resolveSibling("v2.tmp");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + v2); Statement st = c.createStatement()) {
            migrateTo(c, 2);
            st.execute("PRAGMA foreign_keys = OFF");
            st.execute("ATTACH DATABASE '" + p + "' AS cur");
            for (String t : tableNames(p)) {
                if (t.startsWith("sqlite_")) {
                    continue;
                }
                st.execute("INSERT INTO main." + t + " SELECT * FROM cur." + t);
            }
            st.execute("DELETE FROM project_meta WHERE key IN ('file_id', 'edit_serial')");
            st.execute("DETACH DATABASE cur");
        }
        Files.move(v2, p, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void migrateTo(Connection c, int version) throws Exception {
        // Schema.MIGRATIONS is public; the runner is package-private, so run the steps as it does.
        try (Statement st = c.createStatement()) {
            for (var m : Schema.MIGRATIONS.subList(0, version)) {
                m.run(c);
            }
            st.execute("PRAGMA application_id = " + Schema.APPLICATION_ID);
            st.execute("PRAGMA user_version = " + version);
        }
    }

    private static List<String> tableNames(Path p) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + p); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static long count(Path p, String table) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + p); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
