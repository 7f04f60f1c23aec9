// SPDX-License-Identifier: Apache-2.0
package org.kizuna.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.hostile.Hostile;

/** The CLI's last line of defence: whatever fails, one line that names the cause. */
class FailuresTest {
    @TempDir
    Path dir;

    @Test
    void anUnforeseenFailureIsOneLineWithAHintAndExitFive() {
        StringWriter err = new StringWriter();
        RuntimeException bug = new IllegalStateException("first line\nsecond line\n\tat somewhere",
                new NullPointerException());
        int code = KizunaCommand.fail(bug, new PrintWriter(err), false);
        assertEquals(KizunaCommand.INTERNAL, code);
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertTrue(err.toString().startsWith("kizuna: internal error: "), err.toString());
        assertTrue(err.toString().contains("--verbose"), err.toString());
    }

    @Test
    void verboseAddsTheDetails() {
        StringWriter err = new StringWriter();
        KizunaCommand.fail(new IllegalStateException("boom"), new PrintWriter(err), true);
        assertTrue(err.toString().lines().count() > 2, err.toString());
        assertTrue(err.toString().contains("\tat "), err.toString());
    }

    @Test
    void causesAreNamedWhereverTheyHide() {
        assertEquals("no space left on device", Failures.oneLine(new RuntimeException("write failed",
                new SQLException("[SQLITE_FULL] Insertion failed because database is full (database or disk is full)"))));
        assertEquals("permission denied", Failures.oneLine(new java.io.UncheckedIOException(
                new java.nio.file.AccessDeniedException("/x/.o.writing"))));
        assertTrue(Failures.oneLine(new OutOfMemoryError("Java heap space")).startsWith("out of memory"));
        assertEquals(1, KizunaCommand.exitCode(new OutOfMemoryError()));
        String longOne = Failures.oneLine(new UserException("x".repeat(5000)));
        assertTrue(longOne.length() < 500, "a message is cut to a line a terminal shows");
    }

    @Test
    void aMissingTemporaryFolderIsOneLine() {
        String old = System.getProperty("java.io.tmpdir");
        Hostile.Run r;
        try {
            System.setProperty("java.io.tmpdir", dir.resolve("gone").toString());
            r = Hostile.run("info", dir.resolve("any.kizuna").toString());
        } finally {
            System.setProperty("java.io.tmpdir", old);
        }
        Hostile.assertRefused(r, 1, "temporary folder");
        assertTrue(r.err().contains(dir.resolve("gone").toString()), r.err());
    }

    @Test
    void verboseIsAcceptedAnywhereAndKeepsTheFirstLine() {
        Hostile.Run quiet = Hostile.run("info", dir.resolve("none.kizuna").toString());
        Hostile.assertRefused(quiet, 3, "no such project file");
        Hostile.Run loud = Hostile.run("info", "--verbose", dir.resolve("none.kizuna").toString());
        assertEquals(3, loud.code());
        assertEquals(quiet.errLines().get(0), loud.errLines().get(0));
        assertFalse(loud.errLines().size() == 1, "details follow with --verbose: " + loud.err());
    }
}
