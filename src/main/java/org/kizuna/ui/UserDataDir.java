// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Kizuna keeps the user's own files (the untitled project, later preferences and recent
 * files): {@code kizuna.data.dir} when set, else the operating system's convention —
 * {@code %LOCALAPPDATA%\Kizuna} on Windows, {@code ~/Library/Application Support/Kizuna} on macOS,
 * {@code $XDG_DATA_HOME/kizuna} or {@code ~/.local/share/kizuna} elsewhere.
 */
public final class UserDataDir {
    public static final String PROPERTY = "kizuna.data.dir";

    private UserDataDir() {
    }

    public static Path current() {
        return resolve(System.getProperty(PROPERTY), System.getProperty("os.name"), System.getenv(),
                Path.of(System.getProperty("user.home")));
    }

    public static Path resolve(String override, String osName, Map<String, String> env, Path home) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            return (present(local) ? Path.of(local) : home.resolve("AppData").resolve("Local")).resolve("Kizuna");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Kizuna");
        }
        String xdg = env.get("XDG_DATA_HOME");
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        if (present(xdg) && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg).resolve("kizuna");
        }
        return home.resolve(".local").resolve("share").resolve("kizuna");
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
