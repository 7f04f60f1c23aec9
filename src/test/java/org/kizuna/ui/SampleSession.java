// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kizuna.exchange.sample.SampleProjects;
import org.kizuna.store.ProjectFile;
import org.kizuna.ui.session.ProjectSession;

/**
 * A session on a sample project written to a real file, for view-model tests without a toolkit:
 * background tasks run on the calling thread and error dialogs are recorded. Closing fails the
 * test if any error was shown.
 */
public final class SampleSession {
    private final List<String> errors = new ArrayList<>();
    private final ProjectFile file;
    private final ProjectSession session;

    private SampleSession(Path path, Locale locale) throws Exception {
        this.file = ProjectFile.open(path);
        this.session = new ProjectSession(file, file.snapshot(), BackgroundTasks.sameThread(),
                Messages.forLocale(locale), RecordingDialogs.errorsTo(errors));
    }

    /** Writes the sample ({@code tokachi}, {@code kobe}, {@code hokuriku}) to {@code dir} and opens it. */
    public static SampleSession open(Path dir, String sample, Locale locale) throws Exception {
        Path path = dir.resolve(sample + ".kizuna");
        SampleProjects.create(sample, path);
        return new SampleSession(path, locale);
    }

    public ProjectSession session() {
        return session;
    }

    /** Closes the file (again is harmless) and fails if the session showed an error dialog. */
    public void closeAndCheck() {
        file.close();
        assertTrue(errors.isEmpty(), errors.toString());
    }
}
