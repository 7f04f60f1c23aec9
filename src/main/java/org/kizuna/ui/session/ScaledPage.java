// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.session;

/**
 * A form-like page (Matrix, Progress, Profile, Diagnosis) whose zoom and presentation mode are its
 * {@link PageScale}: the window's zoom commands and F5 reach the scale through these defaults.
 */
public interface ScaledPage extends WorkbenchPage {
    /** The page's text scale. */
    PageScale scale();

    @Override
    default void zoomIn() {
        scale().zoomIn();
    }

    @Override
    default void zoomOut() {
        scale().zoomOut();
    }

    @Override
    default void zoomReset() {
        scale().zoomReset();
    }

    /** The zoom step the page is at (1 = normal size, presentation not counted). */
    default double zoom() {
        return scale().zoom();
    }

    @Override
    default void setPresentationMode(boolean on) {
        scale().setPresentationMode(on);
    }
}
