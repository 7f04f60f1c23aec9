// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.poi.util.TempFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.exchange.Lang;
import org.kizuna.exchange.sample.SampleProjects;
import org.kizuna.store.ProjectFile;
import org.kizuna.store.WriteFailure;

/** POI's temporary files go to a folder of this process's own (0700), not the shared /tmp/poifiles. */
class PrivateTempTest {
    @TempDir
    Path dir;

    @Test
    void poiWritesIntoAPrivateFolderEvenWhenTheSharedOneIsUnusable() throws Exception {
        String old = System.getProperty("java.io.tmpdir");
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        // what a second user meets: a poifiles they cannot use (here a plain file, which fails POI alike)
        Files.writeString(tmp.resolve("poifiles"), "someone else's");
        System.setProperty("java.io.tmpdir", tmp.toString());
        try {
            Path file = dir.resolve("t.kizuna");
            SampleProjects.create("tokachi", file);
            Path out = dir.resolve("t.xlsx");
            try (ProjectFile pf = ProjectFile.open(file)) {
                WorkbookExporter.export(pf.snapshot(), out, ExportOptions.defaults(Lang.JA));
            }
            assertTrue(Files.size(out) > 0);
            Path folder = PrivateTemp.folder();
            assertEquals(tmp, folder.getParent(), "made in java.io.tmpdir");
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
            File poi = TempFile.createTempFile("probe", ".tmp");
            assertEquals(folder, poi.toPath().getParent(), "POI's temporary files go there");
            Files.delete(poi.toPath());
            try (var left = Files.list(folder)) {
                assertEquals(0, left.count(), "the sheets' temporary files are deleted after the export");
            }
            assertTrue(Files.isRegularFile(tmp.resolve("poifiles")), "the shared folder is never used");

            System.setProperty("java.io.tmpdir", dir.resolve("missing").toString());
            WriteFailure e = assertThrows(WriteFailure.class, PrivateTemp::folder);
            assertEquals(WriteFailure.Cause.FOLDER_MISSING, e.reason());
            assertTrue(e.getMessage().contains("java.io.tmpdir"), e.getMessage());
            assertFalse(e.getMessage().contains("\n"));
        } finally {
            System.setProperty("java.io.tmpdir", old);
            PrivateTemp.folder(); // back in the real temporary folder for the tests that follow
        }
    }
}
