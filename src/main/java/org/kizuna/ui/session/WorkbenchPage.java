// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.session;

import javafx.scene.Node;

/**
 * A view the workbench shows in its centre (Network, Matrix, Progress, Diagnosis, Profile). The
 * window's menus and shortcuts act on the page shown; what a page cannot do it leaves as the
 * defaults (nothing). Data-level actions that do not depend on the page — Delete, Cut, Copy and
 * Paste of the selected actors, Undo/Redo — are the shell's, through the {@link ProjectSession}.
 */
public interface WorkbenchPage {
    /** The page's content; created once, refreshed from the session's snapshot. */
    Node root();

    default void selectAll() {
    }

    /** Shows the session's selected actors (and their neighbours) prominently, e.g. after Find. */
    default void reveal() {
    }

    default void zoomIn() {
    }

    default void zoomOut() {
    }

    default void zoomReset() {
    }

    /** Large labels and a high-contrast palette for a projector; the shell hides its own chrome. */
    default void setPresentationMode(boolean on) {
    }

    /** Releases listeners on the session when the project is closed. */
    default void dispose() {
    }
}
