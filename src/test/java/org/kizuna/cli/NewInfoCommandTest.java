// SPDX-License-Identifier: Apache-2.0
package org.kizuna.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.store.ProjectFile;

class NewInfoCommandTest {
    @TempDir
    Path dir;

    @Test
    void newCreatesAProjectThatInfoDescribes() throws Exception {
        Path file = dir.resolve("t.kizuna");
        CliTestSupport r = CliTestSupport.run("new", file.toString(), "--name", "十勝", "--framework", "tokachi13");
        assertEquals(0, r.code(), r.err());
        try (ProjectFile pf = ProjectFile.open(file)) {
            assertEquals("十勝", pf.profile().name());
            assertEquals(13, pf.snapshot().elements().size());
            assertFalse(pf.history().canUndo());
        }
        CliTestSupport info = CliTestSupport.run("info", file.toString(), "--json");
        assertEquals(0, info.code(), info.err());
        assertTrue(info.out().contains("\"name\": \"十勝\""), info.out());
        assertTrue(info.out().contains("\"elements\": 13"), info.out());
        assertTrue(info.out().contains("\"schema_version\": " + org.kizuna.store.Schema.currentVersion()), info.out());
        CliTestSupport text = CliTestSupport.run("info", file.toString());
        assertTrue(text.out().contains("name: 十勝"), text.out());
    }

    @Test
    void userErrorsAreOneLineOnStderrWithNonZeroExit() throws Exception {
        Path text = dir.resolve("notes.kizuna");
        Files.writeString(text, "hello");
        CliTestSupport r = CliTestSupport.run("info", text.toString());
        assertEquals(3, r.code());
        assertTrue(r.err().startsWith("kizuna: notes.kizuna is not a Kizuna project"), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line, no stack trace: " + r.err());

        Path file = dir.resolve("t.kizuna");
        assertEquals(0, CliTestSupport.run("new", file.toString(), "--name", "x").code());
        CliTestSupport again = CliTestSupport.run("new", file.toString(), "--name", "x");
        assertEquals(3, again.code());
        assertTrue(again.err().contains("already exists"), again.err());

        CliTestSupport badTemplate = CliTestSupport.run("new", dir.resolve("u.kizuna").toString(), "--name", "x",
                "--framework", "nope");
        assertEquals(1, badTemplate.code());
        assertTrue(badTemplate.err().contains("tokachi13"), badTemplate.err());
        assertFalse(Files.exists(dir.resolve("u.kizuna")), "nothing created on a bad template");

        for (String name : new String[] {"bell\u0007", "two\nlines", "tab\there"}) {
            CliTestSupport badName = CliTestSupport.run("new", dir.resolve("v.kizuna").toString(), "--name", name);
            assertEquals(1, badName.code());
            assertTrue(badName.err().startsWith("kizuna: the name holds the control character U+00"), badName.err());
            assertEquals(1, badName.err().strip().lines().count(), badName.err());
            assertFalse(Files.exists(dir.resolve("v.kizuna")), "nothing created for a bad name");
        }
        org.junit.jupiter.api.Assertions.assertThrows(org.kizuna.store.ProjectFileException.class,
                () -> ProjectFile.create(dir.resolve("w.kizuna"), "a\u0085b"), "the workbench's New is held to it too");
        assertFalse(Files.exists(dir.resolve("w.kizuna")));

        CliTestSupport usage = CliTestSupport.run("frobnicate");
        assertEquals(2, usage.code());
    }
}
