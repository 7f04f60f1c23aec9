// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange.xlsx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.kizuna.store.SafeWrite;
import org.kizuna.store.WriteFailure;

/**
 * The process's own temporary folder for workbook files (POI's SXSSF sheets, {@link StreamedRows}).
 * POI's default, {@code /tmp/poifiles}, is one folder shared by every user of the machine: the first
 * user to export owns it and everyone else's export fails. This folder is made with
 * {@link Files#createTempDirectory} (mode 0700 on POSIX), so nobody else can read or plant files in
 * it, and is removed when the process ends. A missing or unwritable {@code java.io.tmpdir} is a
 * one-line {@link WriteFailure} naming it.
 */
public final class PrivateTemp {
    private static Path folder;
    private static String madeIn;
    private static boolean hooked;

    private PrivateTemp() {
    }

    /** The folder, made (and handed to POI) on first use, or again if it vanished or tmpdir changed. */
    public static synchronized Path folder() throws WriteFailure {
        String tmpdir = System.getProperty("java.io.tmpdir");
        if (folder != null && tmpdir != null && tmpdir.equals(madeIn)
                && Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return folder;
        }
        Path base = Path.of(tmpdir == null || tmpdir.isBlank() ? "." : tmpdir);
        Path made;
        try {
            made = Files.createTempDirectory(base, "kizuna-");
        } catch (IOException | SecurityException | IllegalArgumentException e) {
            WriteFailure.Cause cause = SafeWrite.classify(e);
            if (cause == WriteFailure.Cause.IO && !Files.isDirectory(base)) {
                cause = WriteFailure.Cause.FOLDER_MISSING;
            }
            throw new WriteFailure(base, cause, "the temporary folder, java.io.tmpdir", e);
        }
        Path old = folder;
        folder = made;
        madeIn = tmpdir;
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(made.toFile()));
        if (old != null) {
            SafeWrite.deleteTree(old);
        }
        if (!hooked) {
            hooked = true;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                synchronized (PrivateTemp.class) {
                    if (folder != null) {
                        SafeWrite.deleteTree(folder);
                    }
                }
            }, "kizuna-temp-cleanup"));
        }
        return made;
    }

    /** A new temporary file in the folder (the caller deletes it). */
    static Path newFile(String prefix, String suffix) throws IOException {
        return Files.createTempFile(folder(), prefix, suffix);
    }

}
