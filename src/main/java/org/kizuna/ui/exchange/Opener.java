// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.exchange;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Opens an exported file or its folder with the system's program. A seam: tests record the paths
 * instead of launching anything.
 */
public interface Opener {
    /** Whether opening is possible at all here (the buttons hide otherwise). */
    boolean supported();

    /** Opens {@code path}; a failure is handed to {@code onError} (on any thread). */
    void open(Path path, Consumer<String> onError);

    /** java.awt.Desktop, called on a thread of its own (it may block while the program starts). */
    static Opener desktop() {
        return new Opener() {
            @Override
            public boolean supported() {
                try {
                    return Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN);
                } catch (RuntimeException | LinkageError e) {
                    return false;
                }
            }

            @Override
            public void open(Path path, Consumer<String> onError) {
                Thread t = new Thread(() -> {
                    try {
                        Desktop.getDesktop().open(path.toFile());
                    } catch (IOException | RuntimeException e) {
                        onError.accept(e.getMessage() == null ? e.toString() : e.getMessage());
                    }
                }, "kizuna-open");
                t.setDaemon(true);
                t.start();
            }
        };
    }
}
