// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.workbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kizuna.exchange.sample.SampleProjects;
import org.kizuna.store.ProjectFile;
import org.kizuna.store.ProjectFileException;
import org.kizuna.ui.UserDataDir;

/**
 * What the workbench opens when it is started without a file: {@link #WITHOUT_FILE}, the one line to
 * change. It is the bundled Tokachi demo, made once in the user's data directory and reopened from
 * there afterwards (the file is the document, so the user's edits to it stay).
 * {@link #UNTITLED} is the plain alternative: an empty {@code untitled.kizuna}.
 */
public final class StartupProjects {
    /** The Tokachi sample, as {@code tokachi-demo.kizuna} in the user's data directory. */
    public static final ProjectSource TOKACHI_DEMO = () -> demoIn(UserDataDir.current(), "tokachi");

    /** An empty project, {@code untitled.kizuna} in the user's data directory. */
    public static final ProjectSource UNTITLED = () -> untitledIn(UserDataDir.current());

    /** The project opened when no file is named on the command line. */
    public static final ProjectSource WITHOUT_FILE = TOKACHI_DEMO;

    private StartupProjects() {
    }

    /** Opens {@code <sample>-demo.kizuna} in {@code dir}, creating the folder and the sample when missing. */
    static ProjectFile demoIn(Path dir, String sample) throws ProjectFileException {
        Path file = dir.resolve(SampleProjects.require(sample) + "-demo.kizuna");
        if (!Files.exists(file)) {
            createFolder(dir);
            SampleProjects.create(sample, file);
        }
        return ProjectFile.open(file);
    }

    /** Opens {@code untitled.kizuna} in {@code dir}, creating both when missing. */
    static ProjectFile untitledIn(Path dir) throws ProjectFileException {
        Path file = dir.resolve("untitled.kizuna");
        if (Files.exists(file)) {
            return ProjectFile.open(file);
        }
        createFolder(dir);
        return ProjectFile.create(file, null);
    }

    private static void createFolder(Path dir) throws ProjectFileException {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new ProjectFileException(ProjectFileException.Reason.IO, "cannot create the folder " + dir
                    + ": " + e.getMessage(), e);
        }
    }
}
