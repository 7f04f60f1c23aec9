// SPDX-License-Identifier: Apache-2.0
package org.kizuna.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.store.ProjectFile;

class ImportCommandTest {
    @TempDir
    Path dir;

    @Test
    void importsAndReportsActorsCreatedFromTies() throws Exception {
        Path file = dir.resolve("c.kizuna");
        ProjectFile.create(file, "c").close();
        Path ties = dir.resolve("ties.csv");
        Files.writeString(ties, "source,target,kind\nA,B,joint_research\nB,C,transaction\n", StandardCharsets.UTF_8);
        AnalyzeCommandTest.Run r = AnalyzeCommandTest.run("import", file.toString(), "--ties", ties.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("imported 3 actors and 2 ties"), r.out());
        assertTrue(r.out().contains("A, B, C"), r.out());
        try (ProjectFile pf = ProjectFile.open(file)) {
            assertEquals(2, pf.snapshot().ties().size());
        }
    }

    @Test
    void aBadFileImportsNothingAndSaysWhere() throws Exception {
        Path file = dir.resolve("c.kizuna");
        ProjectFile.create(file, "c").close();
        Path ties = dir.resolve("ties.csv");
        Files.writeString(ties, "source,target,weight\nA,B,1\nA,C,-3\n", StandardCharsets.UTF_8);
        AnalyzeCommandTest.Run r = AnalyzeCommandTest.run("import", file.toString(), "--ties", ties.toString());
        assertEquals(1, r.code());
        assertEquals("kizuna: ties.csv line 3, column weight: the weight must be a positive number, not -3",
                r.err().strip());
        try (ProjectFile pf = ProjectFile.open(file)) {
            assertEquals(0, pf.snapshot().actors().size());
        }
    }
}
