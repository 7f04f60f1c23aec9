// SPDX-License-Identifier: Apache-2.0
package org.kizuna.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.model.Actor;
import org.kizuna.model.Project;

/**
 * Files Kizuna must refuse, with a clear reason and without writing a byte; read-only files; a
 * second process; a killed writer.
 */
class ProjectFileRefusalTest {
    @TempDir
    Path dir;

    private ProjectFileException refused(Path file, ProjectFileException.Reason reason) throws Exception {
        byte[] before = Files.readAllBytes(file);
        List<String> siblings = listing();
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectFile.open(file));
        assertEquals(reason, e.reason(), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file), "the refused file was not touched");
        assertEquals(siblings, listing(), "no journal or other side file was left");
        return e;
    }

    private List<String> listing() throws Exception {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private Path realProject() throws Exception {
        Path file = dir.resolve("real.kizuna");
        RichProject.build(file);
        return file;
    }

    @Test
    void textFileRenamedKizunaIsNotAProject() throws Exception {
        Path file = dir.resolve("notes.kizuna");
        Files.writeString(file, "機関,リーダーシップ\n帯広畜産大学,◎\n");
        ProjectFileException e = refused(file, ProjectFileException.Reason.NOT_SQLITE);
        assertTrue(e.getMessage().contains("not a Kizuna project"), e.getMessage());
    }

    @Test
    void emptyFileIsNotAProject() throws Exception {
        Path file = dir.resolve("empty.kizuna");
        Files.write(file, new byte[0]);
        refused(file, ProjectFileException.Reason.NOT_SQLITE);
    }

    @Test
    void foreignSqliteDatabaseIsRefused() throws Exception {
        Path file = dir.resolve("other.kizuna");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA application_id = 1196444237"); // GeoPackage's 'GPKG'
            st.execute("CREATE TABLE t (x)");
        }
        ProjectFileException e = refused(file, ProjectFileException.Reason.FOREIGN);
        assertTrue(e.getMessage().contains("not a Kizuna project"), e.getMessage());
    }

    @Test
    void plainSqliteDatabaseWithoutApplicationIdIsRefused() throws Exception {
        Path file = dir.resolve("plain.kizuna");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE actor (name)");
        }
        refused(file, ProjectFileException.Reason.FOREIGN);
    }

    @Test
    void newerSchemaVersionIsRefusedWithAHint() throws Exception {
        Path file = realProject();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = " + (Schema.currentVersion() + 1));
        }
        ProjectFileException e = refused(file, ProjectFileException.Reason.TOO_NEW);
        assertTrue(e.getMessage().contains("newer Kizuna"), e.getMessage());
    }

    @Test
    void truncatedProjectIsRefused() throws Exception {
        Path file = realProject();
        long size = Files.size(file);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(size / 2);
        }
        ProjectFileException e = refused(file, ProjectFileException.Reason.CORRUPT);
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void truncatedMidPageIsRefused() throws Exception {
        Path file = realProject();
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(Files.size(file) - 100);
        }
        refused(file, ProjectFileException.Reason.CORRUPT);
    }

    @Test
    void flippedBytesInsideTheDatabaseAreRefused() throws Exception {
        Path file = realProject();
        byte[] bytes = Files.readAllBytes(file);
        int pageSize = ((bytes[16] & 0xff) << 8) | (bytes[17] & 0xff);
        // Damage every page after the first (schema page kept, so SQLite gets as far as reading data).
        for (int page = 1; page * pageSize < bytes.length; page++) {
            for (int i = 0; i < 64; i++) {
                int at = page * pageSize + 8 + i * 7;
                bytes[at] = (byte) ~bytes[at];
            }
        }
        Files.write(file, bytes);
        ProjectFileException e = refused(file, ProjectFileException.Reason.CORRUPT);
        assertTrue(e.getMessage().contains("left untouched"), e.getMessage());
    }

    @Test
    void damagedHeaderIsRefused() throws Exception {
        Path file = realProject();
        byte[] bytes = Files.readAllBytes(file);
        bytes[16] = 0;
        bytes[17] = 3; // page size 3: impossible
        Files.write(file, bytes);
        refused(file, ProjectFileException.Reason.CORRUPT);
    }

    @Test
    void missingFileIsReported() {
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> ProjectFile.open(dir.resolve("nowhere.kizuna")));
        assertEquals(ProjectFileException.Reason.NOT_FOUND, e.reason());
    }

    @Test
    void createRefusesToOverwrite() throws Exception {
        Path file = realProject();
        byte[] before = Files.readAllBytes(file);
        assertThrows(ProjectFileException.class, () -> ProjectFile.create(file, "x"));
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void readOnlyFileOpensReadOnlyAndRefusesEdits() throws Exception {
        Path file = realProject();
        Project expected;
        try (ProjectFile pf = ProjectFile.open(file)) {
            expected = pf.snapshot();
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        byte[] before = Files.readAllBytes(file);
        try (ProjectFile pf = ProjectFile.open(file)) {
            assertTrue(pf.readOnly());
            assertEquals(expected, pf.snapshot());
            StoreException e = assertThrows(StoreException.class,
                    () -> pf.execute(Edits.addActor(Actor.of("新規", "company", true))));
            assertTrue(e.getMessage().contains("read-only"), e.getMessage());
        }
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void secondProcessIsToldTheFileIsInUse() throws Exception {
        Path file = realProject();
        Process holder = ChildProcess.start("hold", file);
        try {
            var reader = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("open", reader.readLine(), "the first process opened the file");
            // In this process too: a second open is refused, not interleaved.
            ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectFile.open(file));
            assertEquals(ProjectFileException.Reason.IN_USE, e.reason());
            // And through the real CLI in a third process.
            String[] cli = ChildProcess.cli("info", file.toString());
            assertEquals("4", cli[0], cli[1]);
            assertTrue(cli[1].contains("in use"), cli[1]);
            assertFalse(cli[1].contains("Exception"), "no stack trace: " + cli[1]);
        } finally {
            holder.getOutputStream().write('\n');
            holder.getOutputStream().flush();
            assertEquals(0, holder.waitFor());
        }
        try (ProjectFile pf = ProjectFile.open(file)) {
            assertEquals(5, pf.snapshot().actors().size(), "free again once the first process closed it");
        }
    }

    @Test
    void killedWriterLeavesAValidFileWithoutTheHalfDoneEdit() throws Exception {
        Path file = realProject();
        Project expected;
        try (ProjectFile pf = ProjectFile.open(file)) {
            expected = pf.snapshot();
        }
        Process writer = ChildProcess.start("import", file);
        var reader = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("importing", reader.readLine());
        // Wait until the transaction has started writing pages (its journal gets a hot header), then kill -9.
        Path journal = dir.resolve("real.kizuna-journal");
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!hot(journal) && writer.isAlive() && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(2_000_000);
        }
        assertTrue(writer.isAlive(), "the import should still be running when killed");
        writer.destroyForcibly();
        writer.waitFor();
        try (ProjectFile pf = ProjectFile.open(file)) {
            assertEquals(expected, pf.snapshot(), "the killed import left nothing behind");
            pf.execute(Edits.addActor(Actor.of("after the crash", "company", true)));
        }
        try (ProjectFile pf = ProjectFile.open(file)) {
            assertEquals(6, pf.snapshot().actors().size());
        }
    }

    private static boolean hot(Path journal) {
        try {
            byte[] head = Files.readAllBytes(journal);
            return head.length >= 8 && (head[0] & 0xff) == 0xd9 && (head[1] & 0xff) == 0xd5;
        } catch (Exception e) {
            return false;
        }
    }
}
