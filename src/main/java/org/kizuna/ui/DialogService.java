// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What a view-model may ask of the person at the screen, without touching controls itself (tests
 * pass a recording implementation).
 */
public interface DialogService {
    /** Shows an error; returns at once (the dialog stays until dismissed). */
    void showError(String title, String message);

    /** Asks for a project file to open; empty when cancelled. */
    Optional<Path> chooseProjectToOpen();

    /** A new project's cluster name and file, as File → New asks for them. */
    record NewProject(String name, Path file) {
    }

    /** Asks for a new project's name and then its file; empty when cancelled. */
    default Optional<NewProject> askNewProject() {
        return Optional.empty();
    }

    /** Asks where to save a copy of the project (File → Save As…); empty when cancelled. */
    default Optional<Path> chooseSaveAs(String suggestedFileName) {
        return Optional.empty();
    }
}
