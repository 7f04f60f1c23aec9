// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserDataDirTest {
    private static final Path HOME = Path.of("/home/aiko");

    @Test
    void linuxFollowsXdg() {
        assertEquals(Path.of("/home/aiko/.local/share/kizuna"), UserDataDir.resolve(null, "Linux", Map.of(), HOME));
        assertEquals(Path.of("/data/kizuna"),
                UserDataDir.resolve(null, "Linux", Map.of("XDG_DATA_HOME", "/data"), HOME));
        assertEquals(Path.of("/home/aiko/.local/share/kizuna"),
                UserDataDir.resolve(null, "Linux", Map.of("XDG_DATA_HOME", "relative"), HOME),
                "a relative XDG_DATA_HOME is ignored");
    }

    @Test
    void windowsAndMac() {
        assertEquals(Path.of("C:/Users/aiko/AppData/Local").resolve("Kizuna"),
                UserDataDir.resolve(null, "Windows 11", Map.of("LOCALAPPDATA", "C:/Users/aiko/AppData/Local"), HOME));
        assertEquals(HOME.resolve("Library/Application Support/Kizuna"),
                UserDataDir.resolve(null, "Mac OS X", Map.of(), HOME));
    }

    @Test
    void thePropertyWins() {
        assertEquals(Path.of("/tmp/k"), UserDataDir.resolve("/tmp/k", "Linux", Map.of(), HOME));
    }
}
