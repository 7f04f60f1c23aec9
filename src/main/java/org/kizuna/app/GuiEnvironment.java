// SPDX-License-Identifier: Apache-2.0
package org.kizuna.app;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Tells, before JavaFX is touched, whether a window can be opened here. On X11 systems without a
 * {@code DISPLAY} the toolkit would fail deep inside its start-up with a stack trace and native
 * warnings; checking first lets us say so in one line. Windows and macOS always have a display, and
 * the Monocle platform (headless tests) needs none.
 */
final class GuiEnvironment {
    private GuiEnvironment() {
    }

    static Optional<String> problem(Map<String, String> env, String osName, String glassPlatform) {
        if ("Monocle".equalsIgnoreCase(glassPlatform)) {
            return Optional.empty();
        }
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return Optional.empty();
        }
        String display = env.get("DISPLAY");
        if (display == null || display.isBlank()) {
            return Optional.of("cannot open the workbench window: no display (DISPLAY is not set)."
                    + " The command-line interface works without one: kizuna --help");
        }
        return Optional.empty();
    }
}
