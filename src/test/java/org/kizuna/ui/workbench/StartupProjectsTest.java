// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.model.Actor;
import org.kizuna.model.Project;
import org.kizuna.store.Edits;
import org.kizuna.store.ProjectFile;

class StartupProjectsTest {
    @TempDir
    Path dir;

    @Test
    void withoutAFileTheTokachiDemoOpens() {
        assertSame(StartupProjects.TOKACHI_DEMO, StartupProjects.WITHOUT_FILE);
    }

    @Test
    void theDemoIsMadeOnceAndReopenedWithTheUsersEdits() throws Exception {
        Path data = dir.resolve("nested").resolve("kizuna");
        int actors;
        try (ProjectFile first = StartupProjects.demoIn(data, "tokachi")) {
            assertEquals(data.resolve("tokachi-demo.kizuna").toAbsolutePath(), first.path());
            Project p = first.snapshot();
            actors = p.actors().size();
            assertTrue(actors > 0, "the demo has actors");
            assertTrue(p.profile().name().contains("十勝"), p.profile().name());
            first.execute(Edits.addActor(Actor.of("新しい参加者", "company", true)));
        }
        try (ProjectFile again = StartupProjects.demoIn(data, "tokachi")) {
            assertEquals(actors + 1, again.snapshot().actors().size(), "the same file, not a fresh demo");
        }
    }

    @Test
    void theUntitledProjectIsMadeOnceAndReopened() throws Exception {
        Path data = dir.resolve("data");
        try (ProjectFile first = StartupProjects.untitledIn(data)) {
            first.execute(Edits.addActor(Actor.of("帯広市", "local_government", true)));
        }
        assertTrue(Files.isRegularFile(data.resolve("untitled.kizuna")));
        try (ProjectFile again = StartupProjects.untitledIn(data)) {
            assertEquals("帯広市", again.snapshot().actors().get(0).name());
        }
    }
}
