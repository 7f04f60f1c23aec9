// SPDX-License-Identifier: Apache-2.0
package org.kizuna.app;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a command line asks for the workbench window or for the CLI. The window opens with no
 * arguments, or with exactly one argument that names a project: a path ending in {@code .kizuna}
 * (it need not exist: the window then says why it cannot open it), or an existing file that is not
 * also the name of a CLI command. Everything else goes to the CLI, which reports its own usage errors.
 */
public enum LaunchMode {
    GUI, CLI;

    static final String EXTENSION = ".kizuna";

    public static LaunchMode of(String[] args, Set<String> commandNames) {
        if (args.length == 0) {
            return GUI;
        }
        if (args.length > 1) {
            return CLI;
        }
        String arg = args[0];
        if (arg.isBlank() || arg.startsWith("-") || commandNames.contains(arg)) {
            return CLI;
        }
        if (arg.toLowerCase(Locale.ROOT).endsWith(EXTENSION)) {
            return GUI;
        }
        try {
            return Files.isRegularFile(Path.of(arg)) ? GUI : CLI;
        } catch (InvalidPathException e) {
            return CLI;
        }
    }
}
