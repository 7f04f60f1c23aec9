// SPDX-License-Identifier: Apache-2.0
package org.kizuna.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kizuna.store.ProjectFile;
import org.kizuna.store.SafeWrite;
import org.kizuna.store.StoreException;
import org.kizuna.store.WriteFailure;

/**
 * A CSV import onto a full disk, for real: the project lives on a small tmpfs mounted for the test
 * (the test machine runs as root), so SQLite itself meets ENOSPC/SQLITE_FULL while the pipelined
 * import writes. The user sees one line naming the cause, no stack trace from either thread, no
 * "no transaction is active", and the project keeps its bytes.
 */
class ImportFullDiskTest {
    @TempDir
    Path dir;
    private Path mount;

    @AfterEach
    void unmount() throws Exception {
        if (mount != null) {
            new ProcessBuilder("umount", mount.toString()).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Mounts a tmpfs of {@code size} at a fresh folder, or returns null where the test may not. */
    private Path tmpfs(String size) throws Exception {
        Path m = Files.createDirectory(dir.resolve("small"));
        try {
            Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", m.toString())
                    .redirectErrorStream(true).start();
            if (p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0) {
                mount = m;
                return m;
            }
        } catch (java.io.IOException e) {
            // no mount command
        }
        return null;
    }

    /**
     * 1 MB and 60k ties: the disk fills as the transaction commits. 3 MB and 300k ties: it fills while
     * the rows are inserted (SQLite spills pages into the file, the reading thread is still at work)
     * and the file's own bytes change until its journal is rolled back.
     */
    @ParameterizedTest(name = "{0} file system, {1} ties")
    @CsvSource({"1m, 60000", "3m, 300000"})
    void aFullDiskDuringACsvImportSaysSoInOneLineAndChangesNothing(String size, int tieCount) throws Exception {
        Path small = tmpfs(size);
        Assumptions.assumeTrue(small != null, "cannot mount a tmpfs here (needs root); "
                + "SQLITE_FULL's mapping is checked by sqliteFullIsNamedAsNoSpace");
        Path project = small.resolve("p.kizuna");
        ProjectFile.create(project, "p").close();
        // ties with notes: several MB of rows and indexes, far more than the file system holds
        Path ties = dir.resolve("ties.csv");
        try (BufferedWriter w = Files.newBufferedWriter(ties, StandardCharsets.UTF_8)) {
            w.write("source,target,notes\n");
            for (int i = 0; i < tieCount; i++) {
                int s = i % 20_000;
                w.write("actor number " + s + ",actor number " + (s + 1 + i % 7) % 20_000 + ",notes of tie " + i + "\n");
            }
        }
        String before = Hostile.sha256(project);
        java.util.TreeMap<String, String> folder = Hostile.snapshot(small);
        long[] rows = HostileRows.count(project);
        Hostile.Run r = Hostile.run("import", project.toString(), "--ties", ties.toString());
        assertEquals(1, r.code(), r::err);
        List<String> refusals = r.errLines().stream().filter(l -> !l.startsWith("import: ")).toList();
        assertEquals(1, refusals.size(), r::err);
        assertTrue(refusals.get(0).startsWith("kizuna: "), r::err);
        assertTrue(refusals.get(0).contains("no space left on device"), r::err);
        assertTrue(!r.err().contains("no transaction is active"), r::err);
        Hostile.assertNoTrace(r);
        assertEquals(before, Hostile.sha256(project), "the project must keep its bytes");
        Hostile.assertUnchanged(folder, small);
        assertEquals(List.of(rows[0], rows[1]), List.of(HostileRows.count(project)[0], HostileRows.count(project)[1]));
        // and the project still opens and takes a small import once space is back
        Path one = dir.resolve("one.csv");
        Files.writeString(one, "source,target\nA,B\n", StandardCharsets.UTF_8);
        Hostile.Run ok = Hostile.run("import", project.toString(), "--ties", one.toString());
        assertEquals(0, ok.code(), ok::err);
        assertEquals(2L, HostileRows.count(project)[0]);
    }

    /** The window's path: the project stays open after the failure and must read as before, then close clean. */
    @Test
    void anOpenProjectReadsAsBeforeAfterAFullDisk() throws Exception {
        Path small = tmpfs("3m");
        Assumptions.assumeTrue(small != null, "cannot mount a tmpfs here (needs root)");
        Path project = small.resolve("p.kizuna");
        ProjectFile.create(project, "p").close();
        Path ties = dir.resolve("ties.csv");
        try (BufferedWriter w = Files.newBufferedWriter(ties, StandardCharsets.UTF_8)) {
            w.write("source,target,notes\n");
            for (int i = 0; i < 300_000; i++) {
                w.write("actor " + i % 20_000 + ",actor " + (i % 20_000 + 1 + i % 7) % 20_000 + ",notes " + i + "\n");
            }
        }
        String before = Hostile.sha256(project);
        try (ProjectFile pf = ProjectFile.open(project)) {
            org.kizuna.store.StoreException e = org.junit.jupiter.api.Assertions.assertThrows(
                    org.kizuna.store.StoreException.class,
                    () -> org.kizuna.exchange.csv.CsvNetworkImporter.importFiles(pf, ties, null));
            assertEquals(WriteFailure.Cause.NO_SPACE, SafeWrite.classify(e), e.getMessage());
            assertEquals(0, pf.snapshot().actors().size(), "the open project reads as it was");
            assertTrue(!pf.history().canUndo(), "nothing on the undo stack");
        }
        ProjectFile.open(project).close();
        assertEquals(before, Hostile.sha256(project), "the project must keep its bytes");
    }

    @Test
    void sqliteFullIsNamedAsNoSpace() {
        StoreException e = new StoreException("could not import t.csv: [SQLITE_FULL] database or disk is full",
                new SQLException("[SQLITE_FULL] Insertion failed because database is full (database or disk is full)"));
        assertEquals(WriteFailure.Cause.NO_SPACE, SafeWrite.classify(e));
        assertTrue(SafeWrite.failure(Path.of("p.kizuna"), e).getMessage().contains("no space left on device"));
    }
}
