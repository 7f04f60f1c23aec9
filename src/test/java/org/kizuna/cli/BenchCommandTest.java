// SPDX-License-Identifier: Apache-2.0
package org.kizuna.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.store.ProjectFile;

/** Checks what the benchmark writes and prints, never how fast it is. */
class BenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void keepsTheSameGraphAsProjectAndEdgeList() throws Exception {
        AnalyzeCommandTest.Run r = AnalyzeCommandTest.run("bench", "--sizes", "60,120", "--seed", "3", "--keep",
                dir.toString());
        assertEquals(0, r.code(), r.err());
        List<String> csv = Files.readAllLines(dir.resolve("bench-120.csv"));
        assertEquals("source,target", csv.get(0));
        try (ProjectFile pf = ProjectFile.open(dir.resolve("bench-120.kizuna"))) {
            assertEquals(120, pf.snapshot().actors().size());
            assertEquals(csv.size() - 1, pf.snapshot().ties().size());
            assertTrue(pf.snapshot().ties().stream().allMatch(t -> t.directed()));
        }
        // Mean out-degree 5: 5 per newcomer, except the first five actors who have fewer predecessors.
        assertEquals(5 * 120 - 15, csv.size() - 1);
        assertTrue(r.out().lines().anyMatch(l -> l.trim().startsWith("120 ")), r.out());
    }
}
