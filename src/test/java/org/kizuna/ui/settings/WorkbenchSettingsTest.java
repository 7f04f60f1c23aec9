// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbenchSettingsTest {
    @TempDir
    Path dir;

    @Test
    void aMissingFileGivesTheDefaults() {
        WorkbenchSettings s = WorkbenchSettings.load(dir.resolve("none.properties"));
        assertEquals(Optional.empty(), s.windowBounds());
        assertFalse(s.maximized());
        assertEquals("", s.language());
        assertEquals(Optional.empty(), s.lastFile());
        assertEquals(List.of(), s.recentFiles());
    }

    @Test
    void whatIsSavedIsReadBack() {
        Path file = dir.resolve("sub").resolve(WorkbenchSettings.FILE_NAME);
        WorkbenchSettings s = WorkbenchSettings.load(file);
        s.setWindowBounds(new WindowBounds(12, 34, 1000, 700));
        s.setMaximized(true);
        s.setLanguage("en");
        s.fileOpened(dir.resolve("a.kizuna"));
        s.fileOpened(dir.resolve("十勝.kizuna"));
        s.save();

        WorkbenchSettings again = WorkbenchSettings.load(file);
        assertEquals(Optional.of(new WindowBounds(12, 34, 1000, 700)), again.windowBounds());
        assertTrue(again.maximized());
        assertEquals("en", again.language());
        assertEquals(Optional.of(dir.resolve("十勝.kizuna").toAbsolutePath()), again.lastFile());
        assertEquals(List.of(dir.resolve("十勝.kizuna").toAbsolutePath(), dir.resolve("a.kizuna").toAbsolutePath()),
                again.recentFiles());
    }

    @Test
    void recentFilesKeepTheLatestTenWithoutDuplicates() {
        WorkbenchSettings s = WorkbenchSettings.load(dir.resolve("s.properties"));
        IntStream.range(0, 12).forEach(i -> s.fileOpened(dir.resolve("p" + i + ".kizuna")));
        s.fileOpened(dir.resolve("p5.kizuna"));
        List<Path> recent = s.recentFiles();
        assertEquals(WorkbenchSettings.MAX_RECENT, recent.size());
        assertEquals(dir.resolve("p5.kizuna").toAbsolutePath(), recent.get(0));
        assertEquals(dir.resolve("p11.kizuna").toAbsolutePath(), recent.get(1));
        assertFalse(recent.contains(dir.resolve("p0.kizuna").toAbsolutePath()), "the oldest fell off");
        assertEquals(recent.size(), recent.stream().distinct().count());
    }

    @Test
    void aDamagedFileGivesDefaultsForWhatCannotBeRead() throws Exception {
        Path file = dir.resolve("bad.properties");
        Files.writeString(file, "window.x=left\nwindow.y=1\nlanguage=fr\nfile.recent.0=/tmp/x.kizuna\n",
                StandardCharsets.UTF_8);
        WorkbenchSettings s = WorkbenchSettings.load(file);
        assertEquals(Optional.empty(), s.windowBounds());
        assertEquals("", s.language(), "an unknown language follows the system");
        assertEquals(List.of(Path.of("/tmp/x.kizuna")), s.recentFiles());
    }

    @Test
    void aWindowOnAScreenThatIsGoneComesBackOnThePrimaryScreen() {
        List<WindowBounds> laptop = List.of(new WindowBounds(0, 0, 1366, 728));
        WindowBounds onProjector = new WindowBounds(1920, 100, 1280, 720);
        assertEquals(new WindowBounds(86, 8, 1280, 720), onProjector.clampTo(laptop));
    }

    @Test
    void aWindowLargerThanTheScreenShrinksToIt() {
        List<WindowBounds> screen = List.of(new WindowBounds(0, 0, 1366, 728));
        assertEquals(new WindowBounds(0, 0, 1366, 728), new WindowBounds(-50, -20, 1920, 1080).clampTo(screen));
    }

    @Test
    void aWindowOnTheSecondScreenStaysThere() {
        List<WindowBounds> two = List.of(new WindowBounds(0, 0, 1366, 768), new WindowBounds(1366, 0, 1920, 1080));
        WindowBounds b = new WindowBounds(1500, 50, 1200, 800);
        assertEquals(b, b.clampTo(two));
        WindowBounds straddling = new WindowBounds(1300, 50, 1200, 800);
        assertEquals(new WindowBounds(1366, 50, 1200, 800), straddling.clampTo(two), "moved onto the screen showing most");
    }

    /** A full disk while saving keeps the earlier settings whole and leaves no staging file. */
    @Test
    void aFailedSaveKeepsTheEarlierSettings() throws Exception {
        Path file = dir.resolve(WorkbenchSettings.FILE_NAME);
        WorkbenchSettings s = WorkbenchSettings.load(file);
        s.setLanguage("ja");
        s.save();
        byte[] earlier = Files.readAllBytes(file);
        s.setLanguage("en");
        try (AutoCloseable full = org.kizuna.store.SafeWrite.simulateFullDisk(10)) {
            s.save(); // logged, not thrown: losing a window position must not disturb the work
        }
        assertTrue(java.util.Arrays.equals(earlier, Files.readAllBytes(file)), "the earlier file, byte for byte");
        try (var left = Files.list(dir)) {
            assertEquals(List.of(WorkbenchSettings.FILE_NAME), left.map(p -> p.getFileName().toString()).toList());
        }
        assertEquals("ja", WorkbenchSettings.load(file).language());
        s.save();
        assertEquals("en", WorkbenchSettings.load(file).language());
    }
}
