// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.settings;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.kizuna.store.SafeWrite;
import org.kizuna.ui.UserDataDir;

/**
 * What the workbench remembers between runs: the window's bounds, the last and the recent project
 * files, and the preferred UI language. Kept in a small UTF-8 properties file in the user's data
 * directory ({@value #FILE_NAME}); a missing or unreadable file gives the defaults, and a failed
 * write is logged, never shown: losing a window position must not disturb the user's work.
 */
public final class WorkbenchSettings {
    public static final String FILE_NAME = "workbench.properties";
    public static final int MAX_RECENT = 10;

    private static final System.Logger LOG = System.getLogger(WorkbenchSettings.class.getName());

    private final Path file;
    private WindowBounds bounds;
    private boolean maximized;
    private String language = "";
    private Path lastFile;
    private final List<Path> recent = new ArrayList<>();

    private WorkbenchSettings(Path file) {
        this.file = file;
    }

    /** The settings in the user's data directory ({@code kizuna.data.dir} in tests). */
    public static WorkbenchSettings inUserDataDir() {
        return load(UserDataDir.current().resolve(FILE_NAME));
    }

    /** Reads {@code file}; what is missing or malformed keeps its default. */
    public static WorkbenchSettings load(Path file) {
        WorkbenchSettings s = new WorkbenchSettings(file);
        if (!Files.isRegularFile(file)) {
            return s;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "ignoring unreadable settings " + file + ": " + e.getMessage());
            return s;
        }
        try {
            s.bounds = new WindowBounds(Double.parseDouble(p.getProperty("window.x")),
                    Double.parseDouble(p.getProperty("window.y")), Double.parseDouble(p.getProperty("window.width")),
                    Double.parseDouble(p.getProperty("window.height")));
        } catch (RuntimeException e) {
            s.bounds = null;
        }
        s.maximized = Boolean.parseBoolean(p.getProperty("window.maximized"));
        s.language = normaliseLanguage(p.getProperty("language"));
        s.lastFile = path(p.getProperty("file.last"));
        for (int i = 0; i < MAX_RECENT; i++) {
            Path r = path(p.getProperty("file.recent." + i));
            if (r != null && !s.recent.contains(r)) {
                s.recent.add(r);
            }
        }
        return s;
    }

    public Path file() {
        return file;
    }

    /** Writes the settings through {@link SafeWrite}; failures are logged. */
    public void save() {
        Properties p = new Properties();
        if (bounds != null) {
            p.setProperty("window.x", Double.toString(bounds.x()));
            p.setProperty("window.y", Double.toString(bounds.y()));
            p.setProperty("window.width", Double.toString(bounds.width()));
            p.setProperty("window.height", Double.toString(bounds.height()));
        }
        p.setProperty("window.maximized", Boolean.toString(maximized));
        p.setProperty("language", language);
        if (lastFile != null) {
            p.setProperty("file.last", lastFile.toString());
        }
        for (int i = 0; i < recent.size(); i++) {
            p.setProperty("file.recent." + i, recent.get(i).toString());
        }
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            // exclusive staging, fsync, atomic move: a crash or full disk never leaves half a settings file
            SafeWrite.write(file, SafeWrite.Guard.NONE, os -> {
                Writer out = new OutputStreamWriter(os, StandardCharsets.UTF_8);
                p.store(out, "Kizuna workbench settings");
                out.flush();
            });
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "cannot save the settings " + file + ": " + e.getMessage());
        }
    }

    public Optional<WindowBounds> windowBounds() {
        return Optional.ofNullable(bounds);
    }

    public void setWindowBounds(WindowBounds b) {
        bounds = b;
    }

    public boolean maximized() {
        return maximized;
    }

    public void setMaximized(boolean m) {
        maximized = m;
    }

    /** {@code "ja"}, {@code "en"}, or {@code ""} to follow the operating system. */
    public String language() {
        return language;
    }

    public void setLanguage(String code) {
        language = normaliseLanguage(code);
    }

    /** The project open when the window last closed (or last opened), if any. */
    public Optional<Path> lastFile() {
        return Optional.ofNullable(lastFile);
    }

    /** Clears the last file (it was closed, so the next start begins without it). */
    public void clearLastFile() {
        lastFile = null;
    }

    /** Most recent first, at most {@value #MAX_RECENT}, no duplicates. */
    public List<Path> recentFiles() {
        return List.copyOf(recent);
    }

    /** Records that {@code path} was opened: it becomes the last file and the first recent one. */
    public void fileOpened(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        lastFile = abs;
        recent.remove(abs);
        recent.add(0, abs);
        while (recent.size() > MAX_RECENT) {
            recent.remove(recent.size() - 1);
        }
    }

    /** Drops a file from the recent list (it could not be opened any more). */
    public void forget(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        recent.remove(abs);
        if (abs.equals(lastFile)) {
            lastFile = null;
        }
    }

    private static String normaliseLanguage(String code) {
        if (code == null) {
            return "";
        }
        String c = code.strip().toLowerCase(Locale.ROOT);
        return c.equals("ja") || c.equals("en") ? c : "";
    }

    private static Path path(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Path.of(s);
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
