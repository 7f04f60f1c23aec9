// SPDX-License-Identifier: Apache-2.0
package org.kizuna.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeWriteTest {
    @TempDir
    Path dir;

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesTheWholeFileAndLeavesNoStagingBehind() throws Exception {
        Path out = dir.resolve("out.graphml");
        Files.write(out, bytes("old"));
        SafeWrite.write(out, SafeWrite.Guard.NONE, os -> os.write(bytes("new content")));
        assertEquals("new content", Files.readString(out));
        assertEquals(List.of("out.graphml"), names());
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 5, 4096})
    void aFullDiskKeepsTheEarlierFileAndSaysSo(long space) throws Exception {
        Path out = dir.resolve("out.gexf");
        Files.write(out, bytes("good earlier export"));
        byte[] big = new byte[10_000];
        WriteFailure f;
        try (AutoCloseable full = SafeWrite.simulateFullDisk(space)) {
            f = assertThrows(WriteFailure.class, () -> SafeWrite.write(out, SafeWrite.Guard.NONE, os -> os.write(big)));
        }
        assertEquals(WriteFailure.Cause.NO_SPACE, f.reason());
        assertTrue(f.getMessage().contains("no space left on device"), f.getMessage());
        assertTrue(f.getMessage().contains("out.gexf") && !f.getMessage().contains("staging"), f.getMessage());
        assertEquals("good earlier export", Files.readString(out));
        assertEquals(List.of("out.gexf"), names());
    }

    @Test
    void aFailingWriterLeavesTheTargetAsItWas() throws Exception {
        Path out = dir.resolve("o.csv");
        WriteFailure f = assertThrows(WriteFailure.class, () -> SafeWrite.write(out, SafeWrite.Guard.NONE, os -> {
            os.write(bytes("half"));
            throw new IOException("Input/output error");
        }));
        assertEquals(WriteFailure.Cause.IO, f.reason());
        assertEquals(List.of(), names());
    }

    @Test
    void theProjectAndItsSideFilesAreRefusedByIdentity() throws Exception {
        Path project = dir.resolve("p.kizuna");
        Files.write(project, bytes("SQLite format 3\0 pretend"));
        Path sub = Files.createDirectory(dir.resolve("sub"));
        Path link = Files.createSymbolicLink(dir.resolve("link.xlsx"), project);
        Path hard = Files.createLink(dir.resolve("hard.xlsx"), project);
        Files.write(dir.resolve("p.kizuna-journal"), bytes("j"));
        Path journalHard = Files.createLink(dir.resolve("j.graphml"), dir.resolve("p.kizuna-journal"));
        SafeWrite.Guard guard = SafeWrite.Guard.of(project);
        for (Path target : List.of(project, sub.resolve("../p.kizuna"), dir.resolve("./p.kizuna"), link, hard,
                dir.resolve("p.kizuna-journal"), dir.resolve("p.kizuna-wal"), dir.resolve("p.kizuna-shm"),
                journalHard, dir.resolve("sub/../p.kizuna-wal"))) {
            WriteFailure f = assertThrows(WriteFailure.class, () -> SafeWrite.checkFile(target, guard), target::toString);
            assertEquals(WriteFailure.Cause.IS_THE_PROJECT, f.reason(), target.toString());
        }
        Path linkedFolder = Files.createSymbolicLink(dir.resolve("alias"), dir);
        assertEquals(WriteFailure.Cause.IS_THE_PROJECT, assertThrows(WriteFailure.class,
                () -> SafeWrite.checkFile(linkedFolder.resolve("p.kizuna"), guard)).reason());
        assertEquals(WriteFailure.Cause.IS_THE_PROJECT, assertThrows(WriteFailure.class,
                () -> SafeWrite.checkFolder(dir.resolve("p.kizuna-journal"), guard)).reason());
        SafeWrite.checkFile(dir.resolve("p.xlsx"), guard);
    }

    @Test
    void targetsAreCheckedForTheirFolderAndKind() throws Exception {
        Path db = dir.resolve("other.kizuna");
        Files.write(db, bytes("SQLite format 3\0 another project"));
        assertEquals(WriteFailure.Cause.IS_A_PROJECT,
                assertThrows(WriteFailure.class, () -> SafeWrite.checkFile(db, SafeWrite.Guard.NONE)).reason());
        assertEquals(WriteFailure.Cause.FOLDER_MISSING, assertThrows(WriteFailure.class,
                () -> SafeWrite.checkFile(dir.resolve("none/out.xlsx"), SafeWrite.Guard.NONE)).reason());
        assertEquals(WriteFailure.Cause.IS_A_FOLDER, assertThrows(WriteFailure.class,
                () -> SafeWrite.checkFile(dir, SafeWrite.Guard.NONE)).reason());
        Path file = Files.write(dir.resolve("plain.txt"), bytes("x"));
        assertEquals(WriteFailure.Cause.NOT_A_FOLDER, assertThrows(WriteFailure.class,
                () -> SafeWrite.checkFile(file.resolve("out.xlsx"), SafeWrite.Guard.NONE)).reason());
        assertEquals(WriteFailure.Cause.NOT_A_FOLDER, assertThrows(WriteFailure.class,
                () -> SafeWrite.checkFolder(file, SafeWrite.Guard.NONE)).reason());
        assertEquals(WriteFailure.Cause.FOLDER_MISSING, assertThrows(WriteFailure.class,
                () -> SafeWrite.checkFolder(dir.resolve("a/b"), SafeWrite.Guard.NONE)).reason());
        SafeWrite.checkFolder(dir.resolve("new-folder"), SafeWrite.Guard.NONE);
        assertFalse(Files.exists(dir.resolve("new-folder")), "a check creates nothing");
    }

    @Test
    void aLinkAtTheTargetIsReplacedNotFollowed() throws Exception {
        Path victim = Files.write(dir.resolve("victim.txt"), bytes("precious"));
        Path out = Files.createSymbolicLink(dir.resolve("out.graphml"), victim);
        SafeWrite.write(out, SafeWrite.Guard.NONE, os -> os.write(bytes("export")));
        assertEquals("precious", Files.readString(victim));
        assertFalse(Files.isSymbolicLink(out));
        assertEquals("export", Files.readString(out));
    }

    @Test
    void stagingNamesAreUnpredictableAndExclusive() throws Exception {
        Path out = dir.resolve("o.xlsx");
        try (SafeWrite.Staging a = SafeWrite.Staging.beside(out); SafeWrite.Staging b = SafeWrite.Staging.beside(out)) {
            assertFalse(a.path().equals(b.path()));
            assertTrue(a.path().getFileName().toString().startsWith(".o.xlsx."));
            assertEquals(dir, a.path().getParent());
        }
        assertEquals(List.of(), names(), "closed without a commit: nothing left");
    }

    @Test
    void aNewFileIsPlacedOnlyOnce() throws Exception {
        Path out = dir.resolve("new.kizuna");
        int n = 6;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<String>> results = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                int id = i;
                results.add(pool.submit(() -> {
                    try (SafeWrite.Staging s = SafeWrite.Staging.beside(out)) {
                        s.stream().write(bytes("writer " + id));
                        go.await();
                        s.commitNew(out);
                        return "created " + id;
                    } catch (WriteFailure e) {
                        return e.reason().name();
                    }
                }));
            }
            go.countDown();
            List<String> outcomes = new java.util.ArrayList<>();
            for (Future<String> f : results) {
                outcomes.add(f.get());
            }
            assertEquals(1, outcomes.stream().filter(o -> o.startsWith("created")).count(), outcomes.toString());
            assertEquals(n - 1, outcomes.stream().filter("EXISTS"::equals).count(), outcomes.toString());
            String winner = outcomes.stream().filter(o -> o.startsWith("created")).findFirst().orElseThrow();
            assertEquals("writer " + winner.substring(8), Files.readString(out));
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of("new.kizuna"), names());
    }

    @Test
    void aFolderOfFilesAppearsWholeOrNotAtAll() throws Exception {
        Path target = dir.resolve("csv");
        try (SafeWrite.StagingFolder f = SafeWrite.StagingFolder.beside(target)) {
            f.write("a.csv", os -> os.write(bytes("a")));
            assertFalse(Files.exists(target), "nothing at the target before the commit");
            f.write("b.csv", os -> os.write(bytes("b")));
            assertEquals(List.of(target.resolve("a.csv"), target.resolve("b.csv")), f.commit());
        }
        assertEquals("a", Files.readString(target.resolve("a.csv")));
        assertEquals(List.of("csv"), names());

        Files.write(target.resolve("a.csv"), bytes("old a"));
        Files.write(target.resolve("keep.txt"), bytes("mine"));
        try (AutoCloseable full = SafeWrite.simulateFullDisk(3);
             SafeWrite.StagingFolder f = SafeWrite.StagingFolder.beside(target)) {
            f.write("a.csv", os -> os.write(bytes("new")));
            assertEquals(WriteFailure.Cause.NO_SPACE, assertThrows(WriteFailure.class,
                    () -> f.write("b.csv", os -> os.write(bytes("new b")))).reason());
        }
        assertEquals("old a", Files.readString(target.resolve("a.csv")));
        assertEquals("b", Files.readString(target.resolve("b.csv")));
        try (Stream<Path> s = Files.list(target)) {
            assertEquals(List.of("a.csv", "b.csv", "keep.txt"), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aRealFullFileSystemIsReportedAsSuch() throws Exception {
        Path mount = Files.createDirectory(dir.resolve("small"));
        if (!SmallDisk.mount(mount, 64 * 1024)) {
            // No small file system can be mounted here (not root): the simulated disk above covers the path.
            return;
        }
        try {
            Path out = mount.resolve("out.bin");
            Files.write(out, bytes("earlier"));
            byte[] big = new byte[256 * 1024];
            WriteFailure f = assertThrows(WriteFailure.class,
                    () -> SafeWrite.write(out, SafeWrite.Guard.NONE, os -> os.write(big)));
            assertEquals(WriteFailure.Cause.NO_SPACE, f.reason(), f.getMessage());
            assertArrayEquals(bytes("earlier"), Files.readAllBytes(out));
            try (Stream<Path> s = Files.list(mount)) {
                assertEquals(1, s.count());
            }
        } finally {
            SmallDisk.unmount(mount);
        }
    }
}
