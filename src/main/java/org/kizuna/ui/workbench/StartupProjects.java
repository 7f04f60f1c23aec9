// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.workbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kizuna.store.ProjectFile;
import org.kizuna.store.ProjectFileException;
import org.kizuna.ui.UserDataDir;

/**
 * What the workbench opens when it is started without a file. {@link #WITHOUT_FILE} is the one place
 * to change: today the user's {@code untitled.kizuna}; once the sample projects are in the jar it
 * becomes the bundled Tokachi demo (issue 5), e.g. {@code () -> demoInDataDir("tokachi")}.
 */
public final class StartupProjects {
    /** The project opened when no file is named on the command line. */
    public static final ProjectSource WITHOUT_FILE = StartupProjects::untitledInDataDir;

    static final String UNTITLED = "untitled.kizuna";

    private StartupProjects() {
    }

    /** Opens {@code untitled.kizuna} in the user's data directory, creating both when missing. */
    public static ProjectFile untitledInDataDir() throws ProjectFileException {
        return untitledIn(UserDataDir.current());
    }

    static ProjectFile untitledIn(Path dir) throws ProjectFileException {
        Path file = dir.resolve(UNTITLED);
        if (Files.exists(file)) {
            return ProjectFile.open(file);
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new ProjectFileException(ProjectFileException.Reason.IO, "cannot create the folder " + dir
                    + ": " + e.getMessage(), e);
        }
        return ProjectFile.create(file, null);
    }
}
