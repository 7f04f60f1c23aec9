// SPDX-License-Identifier: Apache-2.0
package org.kizuna.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.model.Actor;
import org.kizuna.model.ClusterType;
import org.kizuna.model.ControlCharacters;
import org.kizuna.model.GovernanceType;
import org.kizuna.model.Judgement;
import org.kizuna.model.LifeCycleStage;
import org.kizuna.model.Novelty;
import org.kizuna.model.Scope;
import org.kizuna.model.Sector;

/**
 * The store's own promises: creation is exclusive and all or nothing, Save As goes through
 * SafeWrite and gives the copy its own id, every write transaction touches the file id's page, the
 * value rules say what the model says, and the version-3 migration refuses bad values.
 */
class ProjectFileSafetyTest {
    @TempDir
    Path dir;

    // --- creation ---

    @Test
    void concurrentCreatesOfOnePathMakeExactlyOneFile() throws Exception {
        for (int round = 0; round < 5; round++) {
            Path target = dir.resolve("race" + round + ".kizuna");
            int threads = 6;
            CountDownLatch start = new CountDownLatch(1);
            AtomicInteger created = new AtomicInteger();
            List<String> refusals = java.util.Collections.synchronizedList(new ArrayList<>());
            List<Thread> all = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                String name = "writer " + i;
                Thread t = new Thread(() -> {
                    try {
                        start.await();
                        try (ProjectFile pf = ProjectFile.create(target, name)) {
                            created.incrementAndGet();
                        }
                    } catch (ProjectFileException e) {
                        refusals.add(e.getMessage());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                t.start();
                all.add(t);
            }
            start.countDown();
            for (Thread t : all) {
                t.join();
            }
            assertEquals(1, created.get(), "one creation wins: " + refusals);
            assertEquals(threads - 1, refusals.size());
            for (String m : refusals) {
                // "in use" when a loser's create reaches open() while the winner holds the new file
                assertTrue(m.contains("already exists") || m.contains("in use"), m);
            }
        }
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(5, s.count(), "five files and no staging file left");
        }
    }

    @Test
    void aFailingBuildLeavesNoFile() throws Exception {
        Path target = dir.resolve("half.kizuna");
        StoreException e = assertThrows(StoreException.class, () -> ProjectFile.create(target, "x", staged -> {
            staged.execute(Edits.addActor(Actor.of("one", "company", true)));
            staged.execute(Edits.addActor(Actor.of("two", "no such kind", true)));
        }));
        assertFalse(e.getMessage().isBlank());
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(), s.toList(), "neither the file nor its staging file exists");
        }
    }

    @Test
    void createRefusesAMissingFolderWithOneLine() {
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> ProjectFile.create(dir.resolve("no/such/p.kizuna"), "x"));
        assertTrue(e.getMessage().contains("folder does not exist"), e.getMessage());
    }

    // --- Save As ---

    @Test
    void saveCopyGivesTheCopyItsOwnFileId() throws Exception {
        Path a = dir.resolve("a.kizuna");
        RichProject.build(a);
        Path b = dir.resolve("b.kizuna");
        try (ProjectFile pf = ProjectFile.open(a)) {
            pf.saveCopy(b);
        }
        assertNotEquals(meta(a, "file_id"), meta(b, "file_id"));
        try (ProjectFile pb = ProjectFile.open(b); ProjectFile pa = ProjectFile.open(a)) {
            assertEquals(pa.snapshot(), pb.snapshot());
        }
    }

    @Test
    void saveCopyRefusesTheProjectItsSideFilesAndOtherProjects() throws Exception {
        Path a = dir.resolve("a.kizuna");
        RichProject.build(a);
        Path other = dir.resolve("other.kizuna");
        ProjectFile.create(other, "other").close();
        Files.createDirectories(dir.resolve("sub"));
        byte[] otherBytes = Files.readAllBytes(other);
        try (ProjectFile pf = ProjectFile.open(a)) {
            for (Path target : List.of(a, dir.resolve("sub/../a.kizuna"), dir.resolve("a.kizuna-journal"), other)) {
                ProjectFileException e = assertThrows(ProjectFileException.class, () -> pf.saveCopy(target));
                assertTrue(e.getMessage().contains("open project") || e.getMessage().contains("is a Kizuna project"),
                        e.getMessage());
                assertTrue(e.getCause() instanceof WriteFailure, "a WriteFailure names the cause");
            }
            assertFalse(pf.snapshot().actors().isEmpty());
        }
        assertTrue(Arrays.equals(otherBytes, Files.readAllBytes(other)), "the other project is untouched");
        assertEquals(Set.of("a.kizuna", "other.kizuna", "sub"), names(dir));
    }

    @Test
    void saveCopyOnAFullDiskIsNoSpaceAndLeavesTheTargetAsItWas() throws Exception {
        Path a = dir.resolve("a.kizuna");
        RichProject.build(a);
        Path target = dir.resolve("copy.kizuna");
        Files.writeString(target, "an earlier file");
        try (ProjectFile pf = ProjectFile.open(a); AutoCloseable full = SafeWrite.simulateFullDisk(1000)) {
            ProjectFileException e = assertThrows(ProjectFileException.class, () -> pf.saveCopy(target));
            assertTrue(e.getMessage().contains("no space left on device"), e.getMessage());
            assertEquals(WriteFailure.Cause.NO_SPACE, ((WriteFailure) e.getCause()).reason());
        }
        assertEquals("an earlier file", Files.readString(target));
        assertEquals(Set.of("a.kizuna", "copy.kizuna"), names(dir), "no staging file left");
    }

    // --- the journal's project_meta page ---

    @Test
    void everyWriteTransactionCountsInTheEditSerial() throws Exception {
        Path a = dir.resolve("a.kizuna");
        ProjectFile.create(a, "x").close();
        long before = Long.parseLong(meta(a, "edit_serial"));
        try (ProjectFile pf = ProjectFile.open(a)) {
            pf.execute(Edits.addActor(Actor.of("one", "company", true)));
            pf.history().undo();
            pf.history().redo();
        }
        assertEquals(before + 3, Long.parseLong(meta(a, "edit_serial")), "execute, undo and redo each touched it");
        assertTrue(meta(a, "file_id").matches("[0-9a-f]{32}"));
    }

    @Test
    void aJournalsProjectMetaPageIsFound() throws Exception {
        Path a = dir.resolve("a.kizuna");
        RichProject.build(a);
        Path caught = dir.resolve("caught");
        Files.createDirectories(caught);
        try (ProjectFile pf = ProjectFile.open(a)) {
            try (Statement st = pf.connectionForReading().createStatement()) {
                st.execute("PRAGMA cache_size = 4");
            }
            assertThrows(StoreException.class, () -> pf.execute(new Command() {
                @Override
                public EditDescription description() {
                    return EditDescription.of("import", "caught");
                }

                @Override
                public Change execute(Connection c) throws SQLException {
                    try (Statement st = c.createStatement()) {
                        st.execute("INSERT INTO actor (name, kind, inside_region) SELECT 'caught ' || i, 'company', 1"
                                + " FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)"
                                + " SELECT i FROM n)");
                    }
                    try {
                        Files.copy(Path.of(a + "-journal"), caught.resolve("a.kizuna-journal"));
                    } catch (java.io.IOException e) {
                        throw new SQLException(e);
                    }
                    throw new SQLException("stopped on purpose");
                }
            }));
        }
        byte[] page = JournalCheck.originalPage(caught.resolve("a.kizuna-journal"), 2);
        assertTrue(page != null && new String(page, java.nio.charset.StandardCharsets.ISO_8859_1)
                .contains(meta(a, "file_id")), "page 2 (project_meta) holds the file id");
    }

    // --- the value rules ---

    @Test
    void enumRulesListExactlyTheModelsCodes() {
        assertEquals(codes(ClusterType.values(), ClusterType::code), allowed("profile", "cluster_type"));
        assertEquals(codes(Novelty.values(), Novelty::code), allowed("profile", "national_novelty"));
        assertEquals(codes(LifeCycleStage.values(), LifeCycleStage::code), allowed("profile", "lifecycle_stage"));
        assertEquals(codes(GovernanceType.values(), GovernanceType::code), allowed("profile", "governance_type"));
        assertEquals(codes(Sector.values(), Sector::code), allowed("actor", "sector"));
        assertEquals(codes(Scope.values(), Scope::code), allowed("tie", "scope"));
        assertEquals(codes(Judgement.values(), Judgement::code), allowed("progress", "judgement"));
    }

    /** Every character, one by one, judged by the SQL rules and by the model's rules. */
    @Test
    void characterRulesAgreeWithControlCharactersAndIsBlank() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            Set<Integer> line = refused(c, ValueRules.line("v"));
            Set<Integer> text = refused(c, ValueRules.text("v"));
            Set<Integer> name = refused(c, ValueRules.name("v"));
            for (int cp = 0; cp <= 0xFFFF; cp++) {
                if (cp >= 0xD800 && cp <= 0xDFFF) {
                    continue;
                }
                char ch = (char) cp;
                boolean badLine = ControlCharacters.bad(ch, ControlCharacters.Field.LINE);
                assertEquals(badLine, line.contains(cp), "line rule, " + ControlCharacters.name(ch));
                assertEquals(ControlCharacters.bad(ch, ControlCharacters.Field.TEXT), text.contains(cp),
                        "text rule, " + ControlCharacters.name(ch));
                assertEquals(badLine || String.valueOf(ch).isBlank(), name.contains(cp),
                        "name rule, " + ControlCharacters.name(ch));
            }
        }
    }

    @Test
    void theVersionThreeMigrationRefusesBadValuesAndLeavesVersionTwo() throws Exception {
        Path file = dir.resolve("v2.kizuna");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            ProjectFile.migrate(c, 0, Schema.MIGRATIONS.subList(0, 2));
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO profile (id, name, cluster_type) VALUES (1, 'x', 'bogus')");
            }
            SQLException e = assertThrows(SQLException.class, () -> ProjectFile.migrate(c, 2));
            assertTrue(e.getMessage().contains("CHECK constraint failed"), e.getMessage());
            assertEquals(2, ProjectFile.pragmaInt(c, "user_version"));
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT cluster_type FROM profile")) {
                assertTrue(rs.next());
                assertEquals("bogus", rs.getString(1), "refused, not mended");
            }
        }
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectFile.open(file));
        assertEquals(ProjectFileException.Reason.BAD_VALUE, e.reason());
        assertTrue(e.getMessage().contains("table profile, row id 1: cluster_type = 'bogus'"), e.getMessage());
    }

    @Test
    void aNewFileAndAnUpgradedOneHaveTheSameSchema() throws Exception {
        Path fresh = dir.resolve("fresh.kizuna");
        ProjectFile.create(fresh, "x").close();
        Path old = dir.resolve("old.kizuna");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + old)) {
            ProjectFile.migrate(c, 0, Schema.MIGRATIONS.subList(0, 1));
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO profile (id, name) VALUES (1, 'x')");
            }
        }
        ProjectFile.open(old).close();
        try (Connection a = DriverManager.getConnection("jdbc:sqlite:" + fresh);
             Connection b = DriverManager.getConnection("jdbc:sqlite:" + old)) {
            assertEquals(ProjectCheck.read(a), ProjectCheck.read(b));
            assertEquals(ProjectCheck.expected(Schema.currentVersion()), ProjectCheck.read(a));
        }
    }

    // --- helpers ---

    private static Set<Integer> refused(Connection c, ValueRules.Rule rule) throws SQLException {
        Set<Integer> out = new TreeSet<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 65535)"
                        + " SELECT i FROM (SELECT i, char(i) AS v FROM n WHERE i NOT BETWEEN 55296 AND 57343)"
                        + " WHERE NOT (" + rule.check() + ")")) {
            while (rs.next()) {
                out.add(rs.getInt(1));
            }
        }
        return out;
    }

    private static Set<String> allowed(String table, String column) {
        ValueRules.Column col = ValueRules.byName().get(table).columns().stream()
                .filter(c -> c.name().equals(column)).findFirst().orElseThrow();
        Set<String> out = new TreeSet<>();
        Matcher m = Pattern.compile("'([a-z_]+)'").matcher(col.rule().check());
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static <E> Set<String> codes(E[] values, java.util.function.Function<E, String> code) {
        return Arrays.stream(values).map(code).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String meta(Path file, String key) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT value FROM project_meta WHERE key = '" + key + "'")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static Set<String> names(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }
}
