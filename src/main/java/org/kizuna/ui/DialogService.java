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
}
