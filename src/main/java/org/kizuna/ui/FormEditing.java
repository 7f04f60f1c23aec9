// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * How Kizuna's forms commit text: when the field loses focus (never per keystroke), Escape brings
 * back the stored value, and in a multi-line area Ctrl/Cmd+Enter commits (plain Enter is a new line).
 */
public final class FormEditing {
    private FormEditing() {
    }

    public static void commitOnFocusLossAndRevertOnEscape(TextInputControl c, Runnable commit, Runnable revert) {
        c.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit.run();
            }
        });
        c.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                revert.run();
                e.consume();
            }
        });
    }

    public static void commitOnShortcutEnter(TextInputControl c, Runnable commit) {
        c.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                commit.run();
                e.consume();
            }
        });
    }

    /** A path typed into a field, or null when the field is blank or holds no valid path. */
    public static Path pathOf(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Path.of(text.strip());
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
