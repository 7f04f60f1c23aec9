// SPDX-License-Identifier: Apache-2.0
package org.kizuna.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.model.Actor;
import org.kizuna.model.Project;

class SaveAsTest {
    @TempDir
    Path dir;

    @Test
    void saveAsWritesAFullCopyAndContinuesInIt() throws Exception {
        Path original = dir.resolve("a.kizuna");
        RichProject.build(original);
        Path copy = dir.resolve("sub").resolve("b.kizuna");
        Files.createDirectories(copy.getParent());
        Files.writeString(copy, "an older file that Save As replaces");
        Project expected;
        try (ProjectFile pf = ProjectFile.open(original)) {
            expected = pf.snapshot();
            try (ProjectFile b = pf.saveAs(copy)) {
                assertEquals(copy.toAbsolutePath(), b.path());
                assertEquals(expected, b.snapshot());
                b.execute(Edits.addActor(Actor.of("only in the copy", "company", true)));
            }
        }
        try (ProjectFile a = ProjectFile.open(original)) {
            assertEquals(expected, a.snapshot(), "the original is unchanged by edits to the copy");
        }
        try (var files = Files.list(copy.getParent())) {
            assertEquals(1, files.count(), "no temp file left beside the copy");
        }
    }

    @Test
    void saveCopyOntoItselfIsRefused() throws Exception {
        Path original = dir.resolve("a.kizuna");
        RichProject.build(original);
        try (ProjectFile pf = ProjectFile.open(original)) {
            assertThrows(ProjectFileException.class, () -> pf.saveCopy(original));
            assertFalse(pf.snapshot().actors().isEmpty());
            assertTrue(Files.size(original) > 0);
        }
    }
}
