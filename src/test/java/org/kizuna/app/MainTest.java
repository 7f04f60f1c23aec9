// SPDX-License-Identifier: Apache-2.0
package org.kizuna.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher as a user starts it: a separate JVM on the test class path, with no DISPLAY. */
class MainTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private Run main(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), "-Dkizuna.data.dir=" + dir.resolve("data"),
                Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().remove("DISPLAY");
        pb.redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the launcher finished");
        return new Run(p.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void withoutADisplayTheWindowSaysSoInOneLine() throws Exception {
        Run run = main("x.kizuna");
        assertEquals(Main.NO_WINDOW, run.exit());
        assertEquals(List.of("kizuna: cannot open the workbench window: no display (DISPLAY is not set)."
                + " The command-line interface works without one: kizuna --help"), run.err().lines().toList());
        assertFalse(Files.exists(dir.resolve("x.kizuna")));
        assertFalse(Files.exists(dir.resolve("data")), "the untitled project is not created either");
    }

    @Test
    void commandsRunTheCliAndExitWithItsCode() throws Exception {
        Run created = main("new", "p.kizuna", "--name", "十勝");
        assertEquals(0, created.exit(), created.err());
        Run info = main("info", "p.kizuna", "--json");
        assertEquals(0, info.exit(), info.err());
        assertTrue(info.out().contains("十勝"), info.out());
        Run unknown = main("no-such-command");
        assertEquals(2, unknown.exit());
        assertFalse(unknown.err().contains("Exception"), unknown.err());
    }
}
