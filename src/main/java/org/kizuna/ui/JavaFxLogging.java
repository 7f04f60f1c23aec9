// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * JavaFX warns once per start, through its {@code javafx} logger, that it was loaded from the class
 * path ("Unsupported JavaFX configuration"). We run that way on purpose (docs/adr/0003), so that
 * one logger is raised to SEVERE; its children (CSS, layout, bindings, controls...) keep WARNING so
 * real problems still show. The tests do the same with {@code src/test/resources/logging.properties}.
 */
final class JavaFxLogging {
    private static final List<String> KEEP_WARNINGS = List.of("javafx.css", "javafx.scene", "javafx.beans",
            "javafx.fxml", "javafx.concurrent", "javafx.stage", "javafx.accessibility");

    // Held here: java.util.logging keeps loggers weakly, and a collected logger forgets its level.
    private static final List<Logger> HELD = new java.util.ArrayList<>();

    private JavaFxLogging() {
    }

    static synchronized void quietClassPathWarning() {
        if (!HELD.isEmpty()) {
            return;
        }
        Logger root = Logger.getLogger("javafx");
        root.setLevel(Level.SEVERE);
        HELD.add(root);
        for (String name : KEEP_WARNINGS) {
            Logger child = Logger.getLogger(name);
            child.setLevel(Level.WARNING);
            HELD.add(child);
        }
    }
}
