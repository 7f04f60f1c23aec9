// SPDX-License-Identifier: Apache-2.0
package org.kizuna.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LaunchModeTest {
    private static final Set<String> COMMANDS = Main.commandNames();

    @TempDir
    Path dir;

    private static LaunchMode of(String... args) {
        return LaunchMode.of(args, COMMANDS);
    }

    @Test
    void theCommandNamesComeFromTheCli() {
        assertTrue(COMMANDS.containsAll(Set.of("new", "info")), COMMANDS.toString());
    }

    @Test
    void noArgumentsOpensTheWindow() {
        assertEquals(LaunchMode.GUI, of());
    }

    @Test
    void aSingleProjectPathOpensTheWindowEvenWhenMissing() {
        assertEquals(LaunchMode.GUI, of("x.kizuna"));
        assertEquals(LaunchMode.GUI, of("some/dir/X.KIZUNA"));
    }

    @Test
    void anExistingFileOpensTheWindow() throws Exception {
        Path file = Files.writeString(dir.resolve("copy-of-project.bak"), "");
        assertEquals(LaunchMode.GUI, of(file.toString()));
    }

    @Test
    void commandsOptionsAndUnknownWordsGoToTheCli() {
        assertEquals(LaunchMode.CLI, of("info"));
        assertEquals(LaunchMode.CLI, of("--help"));
        assertEquals(LaunchMode.CLI, of("-V"));
        assertEquals(LaunchMode.CLI, of("no-such-command"));
        assertEquals(LaunchMode.CLI, of(""));
        assertEquals(LaunchMode.CLI, of("info", "x.kizuna"));
        assertEquals(LaunchMode.CLI, of("x.kizuna", "y.kizuna"));
    }

    @Test
    void aCommandNameWinsOverAFileOfThatName() throws Exception {
        Path info = Files.writeString(dir.resolve("info"), "");
        assertEquals(LaunchMode.GUI, of(info.toString()), "a path with a folder is a file");
        assertEquals(LaunchMode.CLI, LaunchMode.of(new String[] {"info"}, COMMANDS));
    }
}
