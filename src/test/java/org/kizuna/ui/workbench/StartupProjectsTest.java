// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.model.Actor;
import org.kizuna.store.Edits;
import org.kizuna.store.ProjectFile;

class StartupProjectsTest {
    @TempDir
    Path dir;

    @Test
    void createsTheUntitledProjectOnceAndReopensItAfterwards() throws Exception {
        Path data = dir.resolve("nested").resolve("kizuna");
        try (ProjectFile first = StartupProjects.untitledIn(data)) {
            assertEquals(data.resolve("untitled.kizuna").toAbsolutePath(), first.path());
            first.execute(Edits.addActor(Actor.of("帯広市", "local_government", true)));
        }
        assertTrue(Files.isRegularFile(data.resolve("untitled.kizuna")));
        try (ProjectFile again = StartupProjects.untitledIn(data)) {
            assertEquals("帯広市", again.snapshot().actors().get(0).name(), "the same file, not a new one");
        }
    }
}
